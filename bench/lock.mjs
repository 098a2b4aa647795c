// Prints how long the journal lock takes with 10,000 entries, in Debian's Chromium: turning it on
// (every entry sealed) and unlocking until the journal's first page and the mood chart are readable.
// Figures only, no pass or fail (goals: on ≤ 3 s, unlock ≤ 1 s). Build first, then
// `BENCH_DIR=dist node bench/lock.mjs`; this serves that folder with vite preview (on BENCH_PORT, 4331 by default).
import { chromium } from '@playwright/test'
import { preview } from 'vite'

const PORT = Number(process.env.BENCH_PORT) || 4331
const RUNS = 3
const COUNT = 10_000
const DAY_MS = 24 * 60 * 60 * 1000
const PASSCODE = 'river lamp quiet'

// The same flags as tests/e2e/chromium.ts (kept off the network, quiet); that file is TypeScript.
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
})
const server = await preview({
  build: { outDir: process.env.BENCH_DIR || 'dist' },
  preview: { host: '127.0.0.1', port: PORT, strictPort: true },
  logLevel: 'silent',
})
const baseURL = `http://127.0.0.1:${PORT}`

async function seed(page, count) {
  await page.evaluate(async (count) => {
    const db = await new Promise((resolve, reject) => {
      const request = indexedDB.open('cocoon')
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error)
    })
    const end = Date.now() - 60_000
    const step = (360 * 24 * 60 * 60 * 1000) / count
    await new Promise((resolve, reject) => {
      const tx = db.transaction('journal', 'readwrite')
      const store = tx.objectStore('journal')
      for (let index = 0; index < count; index++) {
        const at = Math.round(end - (count - index) * step)
        const text = `Entry ${index}: a long night, some sleep in the morning, a walk with the pram.`
        store.add({
          at,
          mood: (index % 5) + 1,
          feelings: index % 3 ? [] : ['exhausted'],
          helped: [],
          sleepHours: 4,
          text,
          createdAt: at,
          updatedAt: at,
        })
      }
      tx.oncomplete = resolve
      tx.onerror = () => reject(tx.error)
    })
    db.close()
  }, count)
}

async function journalWith(count) {
  const context = await browser.newContext({ baseURL, serviceWorkers: 'block', locale: 'en-GB' })
  const page = await context.newPage()
  const birth = new Date(Date.now() - 362 * DAY_MS).toISOString().slice(0, 10)
  await page.goto('/welcome')
  await page.getByLabel('Yes, my baby is here').check()
  await page.getByLabel('Date of birth').fill(birth)
  await page.getByLabel('Time of birth').fill('04:30')
  await page.getByRole('button', { name: 'Start' }).click()
  await page.waitForURL(/\/$/)
  await page.goto('/journal')
  await page.getByRole('heading', { level: 1, name: 'Journal' }).waitFor()
  await seed(page, count)
  return { context, page }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

async function turnOn(page) {
  await page.goto('/settings')
  await page.getByLabel('New passcode', { exact: true }).fill(PASSCODE)
  await page.getByLabel('New passcode again').fill(PASSCODE)
  const start = Date.now()
  await page.getByRole('button', { name: 'Turn the lock on' }).click()
  await page.getByText('The lock is on.', { exact: false }).first().waitFor({ timeout: 120_000 })
  return Date.now() - start
}

/** From the Unlock press until 30 entries show their text and the chart has its line. */
async function unlockOnce(page) {
  await page.goto('/journal')
  await page.getByTestId('lock-screen').waitFor()
  await page.getByLabel('Passcode').fill(PASSCODE)
  const start = await page.evaluate(() => performance.now())
  await page.getByRole('button', { name: 'Unlock' }).click()
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('article.entry')].filter((entry) => entry.textContent.includes('a long night'))
        .length >= 30 && document.querySelector('.mood-chart__svg polyline'),
    undefined,
    { timeout: 60_000, polling: 'raf' },
  )
  return (await page.evaluate(() => performance.now())) - start
}

const ons = []
const unlocks = []
for (let run = 0; run < RUNS; run++) {
  const { context, page } = await journalWith(COUNT)
  ons.push(await turnOn(page))
  unlocks.push(await unlockOnce(page))
  await context.close()
}

const ms = (value) => `${value.toFixed(0).padStart(6)} ms`
console.log(`Journal lock in Chromium with ${COUNT.toLocaleString('en')} entries, median of ${RUNS} runs`)
console.log(
  `${'turning the lock on (goal: at most 3 s)'.padEnd(52)} ${ms(median(ons))}   runs: ${ons.map((v) => v.toFixed(0)).join(', ')}`,
)
console.log(
  `${'unlocking to list and mood chart (goal: at most 1 s)'.padEnd(52)} ${ms(median(unlocks))}   runs: ${unlocks.map((v) => v.toFixed(0)).join(', ')}`,
)

await browser.close()
await new Promise((resolve) => server.httpServer.close(resolve))
