// Prints how fast the journal is with 10, 1,000 and 10,000 entries, in Debian's Chromium:
// time to its first screen, time to save one entry, and the mood chart's time with 10,000 entries.
// Figures only, no pass or fail. Run `npm run build` first; this serves dist/ with vite preview.
import { chromium } from '@playwright/test'
import { preview } from 'vite'

const PORT = 4329
const RUNS = 5
const SIZES = [10, 1_000, 10_000]
const DAY_MS = 24 * 60 * 60 * 1000

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
const server = await preview({ preview: { host: '127.0.0.1', port: PORT, strictPort: true }, logLevel: 'silent' })
const baseURL = `http://127.0.0.1:${PORT}`

// Records, against the page's own clock, when the first page of entries and the chart are on screen.
function watchFirstScreen(expected) {
  const marks = {}
  window.__journalMarks = marks
  new MutationObserver(() => {
    if (!marks.list && document.querySelectorAll('article.entry').length >= expected) marks.list = performance.now()
    if (!marks.chart && document.querySelector('.mood-chart__svg polyline')) marks.chart = performance.now()
  }).observe(document, { childList: true, subtree: true })
}

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
  // A year with the baby: the journal's entries are spread over the 360 days since the birth.
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
  await page.addInitScript(watchFirstScreen, Math.min(count, 30))
  return { context, page }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

async function firstScreen(page) {
  const lists = []
  const charts = []
  for (let run = 0; run < RUNS; run++) {
    await page.reload()
    await page.waitForFunction(() => window.__journalMarks?.list && window.__journalMarks?.chart)
    const marks = await page.evaluate(() => window.__journalMarks)
    lists.push(marks.list)
    charts.push(marks.chart)
  }
  return { list: median(lists), chart: median(charts) }
}

async function saveOnce(page) {
  const times = []
  for (let run = 0; run < RUNS; run++) {
    await page.locator('label.mood-picker__option').nth(2).click()
    await page.getByLabel('In your own words (optional)').fill(`Bench entry ${run}`)
    times.push(
      await page.evaluate(
        () =>
          new Promise((resolve) => {
            const status = document.querySelector('.entry-form__saved')
            const start = performance.now()
            new MutationObserver((_, observer) => {
              if (status.textContent.trim()) {
                observer.disconnect()
                resolve(performance.now() - start)
              }
            }).observe(status, { childList: true, subtree: true, characterData: true })
            document.querySelector('.entry-form button[type="submit"]').click()
          }),
      ),
    )
  }
  return median(times)
}

const rows = []
let chartWith10k
for (const count of SIZES) {
  const { context, page } = await journalWith(count)
  const { list, chart } = await firstScreen(page)
  const save = await saveOnce(page)
  rows.push({ count, list, save })
  if (count === 10_000) chartWith10k = { chart, afterList: chart - list }
  await context.close()
}

const ms = (value) => `${value.toFixed(0).padStart(6)} ms`
console.log(`Journal in Chromium, median of ${RUNS} runs (time from navigation start, page's own clock)`)
for (const { count, list, save } of rows) {
  console.log(
    `${`first screen with ${count.toLocaleString('en')} entries`.padEnd(44)} ${ms(list)}   save one entry: ${ms(save)}`,
  )
}
const ratio = rows.at(-1).list / rows[0].list
console.log(`${'first screen 10,000 / 10 (goal: at most 1.20)'.padEnd(44)} ${ratio.toFixed(2).padStart(9)}`)
console.log(
  `${'mood chart drawn with 10,000 entries'.padEnd(44)} ${ms(chartWith10k.chart)}   (${ms(chartWith10k.afterList).trim()} after the first screen)`,
)

await browser.close()
await new Promise((resolve) => server.httpServer.close(resolve))
