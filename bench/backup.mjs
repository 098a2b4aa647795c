// Prints how long Chromium takes to check, restore (import) and save (export) a backup of 10,000
// journal entries through the app's own settings screens. Needs a production build (`npm run build`;
// BENCH_DIST picks another build folder) and Debian's Chromium (CHROME_PATH overrides).
import { chromium } from '@playwright/test'
import { preview } from 'vite'

const ENTRIES = Number(process.env.BENCH_ENTRIES ?? 10_000)
const PORT = 4339
const outDir = process.env.BENCH_DIST ?? 'dist'

function backupFile() {
  const start = Date.UTC(2026, 0, 1)
  const feelings = ['tearful', 'anxious', 'calm', 'happy', 'overwhelmed', 'irritable', 'exhausted', 'connected', 'lonely']
  const journal = Array.from({ length: ENTRIES }, (_, index) => {
    const at = start + index * 40 * 60_000
    return {
      id: index + 1,
      at,
      mood: (index % 5) + 1,
      feelings: [feelings[index % 9], feelings[(index + 4) % 9]],
      helped: index % 3 ? ['rest'] : ['walk', 'talking'],
      sleepHours: index % 4 ? 4.5 : null,
      text: `Night ${index}: fed at two and at five, slept a little in between. Feeling tired but calmer than yesterday; the walk in the afternoon helped. åäö ë 🌙`,
      createdAt: at,
      updatedAt: at,
    }
  })
  const backup = {
    format: 'cocoon-backup',
    version: 2,
    exportedAt: Date.now(),
    profile: { birthAt: start - 86_400_000, dueDate: null, country: 'SE', birthMode: 'vaginal', epidural: false, oxytocinDrip: false, feeding: 'breast' },
    settings: { locale: 'en', theme: 'system' },
    lock: null,
    journal,
  }
  return Buffer.from(JSON.stringify(backup))
}

async function timed(action, done) {
  const started = performance.now()
  await action()
  await done()
  return performance.now() - started
}

const server = await preview({ build: { outDir }, preview: { port: PORT, strictPort: true, host: '127.0.0.1' }, logLevel: 'silent' })
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
})
try {
  const page = await browser.newPage({ baseURL: `http://127.0.0.1:${PORT}`, locale: 'en-GB', acceptDownloads: true })
  const file = backupFile()
  await page.goto('/restore')

  const check = await timed(
    () => page.getByLabel('Backup file').setInputFiles({ name: 'bench.json', mimeType: 'application/json', buffer: file }),
    () => page.getByTestId('backup-summary').waitFor(),
  )
  await page.getByLabel('Replace everything on this device with the backup').check()
  await page.getByLabel('Yes, remove what is on this device now and use the backup instead').check()
  const restore = await timed(
    () => page.getByRole('button', { name: 'Restore' }).click(),
    () => page.getByTestId('restore-result').waitFor(),
  )

  await page.goto('/settings')
  let download
  const save = await timed(
    () => page.getByRole('button', { name: 'Save a backup' }).click(),
    async () => (download = await page.waitForEvent('download')),
  )
  const saved = (await (await download.createReadStream()).toArray()).reduce((total, chunk) => total + chunk.length, 0)

  const ms = (value) => `${Math.round(value)} ms`
  console.log(`backup of ${ENTRIES.toLocaleString('en')} journal entries (${(file.length / 1024 / 1024).toFixed(1)} MiB file), Chromium`)
  console.log(`  check the file (import, validation):      ${ms(check)}`)
  console.log(`  restore (import, one transaction):         ${ms(restore)}`)
  console.log(`  import total:                              ${ms(check + restore)}`)
  console.log(`  save a backup (export, until the download): ${ms(save)} (${(saved / 1024 / 1024).toFixed(1)} MiB)`)
} finally {
  await browser.close()
  await server.close()
}
