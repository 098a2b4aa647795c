// Prints how long Chromium takes to check, restore (import) and save (export) a backup of 10,000
// journal entries through the app's own settings screens. Needs a production build (`npm run build`;
// BENCH_DIST picks another build folder) and Debian's Chromium (CHROME_PATH overrides).
// Two figures per step: what the test driver waits (including Playwright handing the 3 MiB file to the
// page and noticing the result), and the app's own time, measured inside the page from the event
// that starts the step (the file input's change, the form's submit, the button's click) to its result
// being in the document (or, for a backup, to the file being handed to the download).
import { chromium } from '@playwright/test'
import { preview } from 'vite'

const ENTRIES = Number(process.env.BENCH_ENTRIES ?? 10_000)
const PORT = 4339
const outDir = process.env.BENCH_DIST ?? 'dist'

function backupFile() {
  const start = Date.UTC(2026, 0, 1)
  const feelings = [
    'tearful',
    'anxious',
    'calm',
    'happy',
    'overwhelmed',
    'irritable',
    'exhausted',
    'connected',
    'lonely',
  ]
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
    profile: {
      birthAt: start - 86_400_000,
      dueDate: null,
      country: 'SE',
      birthMode: 'vaginal',
      epidural: false,
      oxytocinDrip: false,
      feeding: 'breast',
    },
    settings: { locale: 'en', theme: 'system' },
    lock: null,
    journal,
  }
  return Buffer.from(JSON.stringify(backup))
}

/** Runs in the page: resolves window.__benchApp with the ms from the starting event to the result. */
function watchApp({ event, starter, startText, done }) {
  window.__benchApp = new Promise((resolve) => {
    let started = null
    const finish = () => {
      if (started === null) return
      resolve(performance.now() - started)
      started = null
    }
    document.addEventListener(
      event,
      (action) => {
        const target = action.target.closest?.(starter)
        if (started === null && target && (!startText || target.textContent.trim() === startText))
          started = performance.now()
      },
      { capture: true },
    )
    if (done === 'download') {
      const createObjectURL = URL.createObjectURL
      URL.createObjectURL = (blob) => {
        finish()
        return createObjectURL(blob)
      }
    } else {
      new MutationObserver(() => document.querySelector(done) && finish()).observe(document.body, {
        childList: true,
        subtree: true,
      })
    }
  })
}

async function appTime(page) {
  return page.evaluate(() => window.__benchApp)
}

async function timed(action, done) {
  const started = performance.now()
  await action()
  await done()
  return performance.now() - started
}

const server = await preview({
  build: { outDir },
  preview: { port: PORT, strictPort: true, host: '127.0.0.1' },
  logLevel: 'silent',
})
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
})
try {
  const page = await browser.newPage({ baseURL: `http://127.0.0.1:${PORT}`, locale: 'en-GB', acceptDownloads: true })
  const file = backupFile()
  await page.goto('/restore')

  await page.evaluate(watchApp, { event: 'change', starter: '#backup-file', done: '[data-testid="backup-summary"]' })
  const check = await timed(
    () =>
      page.getByLabel('Backup file').setInputFiles({ name: 'bench.json', mimeType: 'application/json', buffer: file }),
    () => page.getByTestId('backup-summary').waitFor(),
  )
  await page.getByLabel('Replace everything on this device with the backup').check()
  await page.getByLabel('Yes, remove what is on this device now and use the backup instead').check()
  const checkApp = await appTime(page)
  await page.evaluate(watchApp, { event: 'submit', starter: 'form', done: '[data-testid="restore-result"]' })
  const restore = await timed(
    () => page.getByRole('button', { name: 'Restore' }).click(),
    () => page.getByTestId('restore-result').waitFor(),
  )

  const restoreApp = await appTime(page)

  await page.goto('/settings')
  await page.evaluate(watchApp, { event: 'click', starter: 'button', startText: 'Save a backup', done: 'download' })
  let download
  const save = await timed(
    () => page.getByRole('button', { name: 'Save a backup' }).click(),
    async () => (download = await page.waitForEvent('download')),
  )
  const saveApp = await appTime(page)
  const saved = (await (await download.createReadStream()).toArray()).reduce((total, chunk) => total + chunk.length, 0)

  const ms = (value) => `${Math.round(value)} ms`
  console.log(
    `backup of ${ENTRIES.toLocaleString('en')} journal entries (${(file.length / 1024 / 1024).toFixed(1)} MiB file), Chromium`,
  )
  console.log('                                              driver     app')
  console.log(`  check the file (import, validation):      ${ms(check).padStart(8)} ${ms(checkApp).padStart(8)}`)
  console.log(`  restore (import, one transaction):        ${ms(restore).padStart(8)} ${ms(restoreApp).padStart(8)}`)
  console.log(
    `  import total:                             ${ms(check + restore).padStart(8)} ${ms(checkApp + restoreApp).padStart(8)}`,
  )
  console.log(
    `  save a backup (export, until the download): ${ms(save).padStart(6)} ${ms(saveApp).padStart(8)} (${(saved / 1024 / 1024).toFixed(1)} MiB)`,
  )
} finally {
  await browser.close()
  await server.close()
}
