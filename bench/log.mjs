// Prints how fast the baby's log opens with 10 entries and with 20,000 (a year of twins), in Debian's
// Chromium: the time until the list and today's counts are painted, measured on two pages side by side
// with their runs alternating (so a busy machine weighs on both alike), and the time a save takes to
// commit. Figures only, no pass or fail. Builds into BENCH_OUT_DIR (or E2E_OUT_DIR, or dist) first;
// BENCH_NO_BUILD=1 serves what is there.
import { chromium } from '@playwright/test'
import { build, preview } from 'vite'

const PORT = Number(process.env.BENCH_PORT ?? process.env.E2E_PORT ?? 4330)
const OUT_DIR = process.env.BENCH_OUT_DIR ?? process.env.E2E_OUT_DIR ?? 'dist'
const RUNS = Number(process.env.BENCH_RUNS ?? 9)
const SAVES = 7
const SMALL = 10
const LARGE = 20_000
const DAY_MS = 24 * 60 * 60 * 1000
const PAGE_SIZE = 30 // src/domain/logWindow.ts

if (!process.env.BENCH_NO_BUILD) await build({ logLevel: 'warn', build: { outDir: OUT_DIR, emptyOutDir: true } })

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
  build: { outDir: OUT_DIR },
  preview: { host: '127.0.0.1', port: PORT, strictPort: true },
  logLevel: 'silent',
})
const baseURL = `http://127.0.0.1:${PORT}`

/**
 * Runs in the page before the app: marks, on the page's own clock, the frame after the list shows its
 * first entries and today's feed count shows the seeded figure; and when a write to the log commits.
 */
function watchLog() {
  const expected = JSON.parse(localStorage.getItem('bench:expected') ?? 'null')
  const marks = { commits: [], added: [] }
  window.__logMarks = marks
  const painted = (name) => requestAnimationFrame(() => (marks[name] ??= performance.now()))
  new MutationObserver((records) => {
    if (!expected) return
    if (!marks.listSeen && document.querySelectorAll('.log-item').length >= expected.list) {
      marks.listSeen = true
      painted('list')
    }
    const feeds = document.querySelector('[data-row="feeds"] [data-column="calendar"]')
    if (!marks.countsSeen && feeds && feeds.textContent.trim() === String(expected.feeds)) {
      marks.countsSeen = true
      painted('counts')
    }
    if (!marks.chartSeen && document.querySelector('rect.log-chart__bar')) {
      marks.chartSeen = true
      painted('chart')
    }
    for (const record of records)
      for (const node of record.addedNodes)
        if (node.nodeType === 1 && node.matches('li.log-item')) marks.added.push(performance.now())
  }).observe(document, { childList: true, subtree: true, characterData: true })
  // A save's commit: the first read-write transaction on the log's table that completes.
  const transaction = IDBDatabase.prototype.transaction
  IDBDatabase.prototype.transaction = function (stores, mode, ...rest) {
    const tx = transaction.call(this, stores, mode, ...rest)
    const names = typeof stores === 'string' ? [stores] : [...stores]
    if (mode === 'readwrite' && names.includes('logEvents'))
      tx.addEventListener('complete', () => marks.commits.push(performance.now()))
    return tx
  }
}

/** Two babies and `count` entries between them, evenly over the time up to now, written with the raw API. */
async function seed(page, count, spanMs) {
  await page.evaluate(
    async ({ count, spanMs, pageSize }) => {
      const db = await new Promise((resolve, reject) => {
        const request = indexedDB.open('cocoon')
        request.onsuccess = () => resolve(request.result)
        request.onerror = () => reject(request.error)
      })
      const stamp = (at, counter = 0) => `${String(at).padStart(15, '0')}:${String(counter).padStart(6, '0')}:bench`
      const end = Date.now() - 5 * 60_000
      const step = spanMs / count
      const babies = ['bench-a', 'bench-b']
      const rows = []
      for (let index = 0; index < count; index++) {
        const at = Math.round(end - (count - 1 - index) * step)
        const babyId = babies[index % 2]
        const base = {
          id: `bench-${index}`,
          babyId,
          at,
          note: '',
          createdAt: stamp(at),
          updatedAt: stamp(at),
          deleted: false,
        }
        const kind = Math.floor(index / 2) % 5
        if (kind === 0) {
          const side = index % 4 < 2 ? 'left' : 'right'
          rows.push({
            ...base,
            kind: 'breastfeed',
            segments: [{ side, start: at, end: at + 12 * 60_000 }],
            paused: false,
          })
        } else if (kind === 1) rows.push({ ...base, kind: 'nappy', contents: 'wet', stool: null })
        else if (kind === 2) rows.push({ ...base, kind: 'bottle', milk: 'expressed', ml: 60 })
        else if (kind === 3) rows.push({ ...base, kind: 'nappy', contents: 'both', stool: 'yellow' })
        else rows.push({ ...base, kind: 'sleep', end: Math.min(at + 40 * 60_000, end) })
      }
      await new Promise((resolve, reject) => {
        const tx = db.transaction(['babies', 'logEvents'], 'readwrite')
        babies.forEach((id, index) =>
          tx.objectStore('babies').put({
            id,
            name: null,
            colour: index === 0 ? 'orange' : 'sky',
            birthWeightGrams: null,
            createdAt: stamp(end - spanMs, index),
            updatedAt: stamp(end - spanMs, index),
            deleted: false,
          }),
        )
        const store = tx.objectStore('logEvents')
        for (const row of rows) store.put(row)
        tx.oncomplete = resolve
        tx.onerror = () => reject(tx.error)
      })
      db.close()
      // What the page must show: the first baby's newest page, and its feeds on today's calendar day.
      const midnight = new Date(new Date().setHours(0, 0, 0, 0)).getTime()
      const mine = rows.filter((row) => row.babyId === babies[0])
      const feeds = mine.filter((row) => (row.kind === 'breastfeed' || row.kind === 'bottle') && row.at >= midnight)
      localStorage.setItem(
        'bench:expected',
        JSON.stringify({ list: Math.min(mine.length, pageSize), feeds: feeds.length }),
      )
    },
    { count, spanMs, pageSize: PAGE_SIZE },
  )
}

async function logWith(count, spanMs) {
  const context = await browser.newContext({ baseURL, serviceWorkers: 'block', locale: 'en-GB' })
  const page = await context.newPage()
  // A year of twins: born 365 days ago, whichever size is seeded, so both pages show the same cards.
  const birth = new Date(Date.now() - 365 * DAY_MS).toISOString().slice(0, 10)
  await page.goto('/welcome')
  await page.getByLabel('Yes, my baby is here').check()
  await page.getByLabel('Date of birth').fill(birth)
  await page.getByLabel('Time of birth').fill('04:30')
  await page.getByRole('button', { name: 'Start' }).click()
  await page.waitForURL(/\/$/)
  await page.goto('/log')
  await page.getByRole('heading', { level: 1, name: "Baby's log" }).waitFor()
  await seed(page, count, spanMs)
  await page.addInitScript(watchLog)
  return { context, page }
}

const sorted = (values) => [...values].sort((a, b) => a - b)
const median = (values) => sorted(values)[Math.floor(values.length / 2)]

async function openOnce(page, withChart) {
  await page.reload()
  await page.waitForFunction(
    (withChart) => window.__logMarks?.list && window.__logMarks?.counts && (!withChart || window.__logMarks?.chart),
    withChart,
    { timeout: 60_000 },
  )
  const marks = await page.evaluate(() => window.__logMarks)
  return { open: Math.max(marks.list, marks.counts), chart: marks.chart }
}

/** A wet nappy from the quick buttons: until its write commits, and until it is in the list. */
async function saveOnce(page) {
  const wet = page.locator('section.quick-log').getByRole('button', { name: 'Wet nappy' })
  await wet.waitFor()
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const marks = window.__logMarks
        const commits = marks.commits.length
        const added = marks.added.length
        const button = [...document.querySelectorAll('section.quick-log button')].find(
          (candidate) => candidate.textContent.trim() === 'Wet nappy',
        )
        const start = performance.now()
        button.click()
        const deadline = start + 10_000
        const check = () => {
          if (marks.commits.length > commits && marks.added.length > added)
            resolve({ commit: marks.commits[commits] - start, shown: marks.added[added] - start })
          else if (performance.now() > deadline) reject(new Error('the save did not show'))
          else requestAnimationFrame(check)
        }
        check()
      }),
  )
}

const small = await logWith(SMALL, 10 * 60 * 60 * 1000)
const large = await logWith(LARGE, 365 * DAY_MS)
const opens = { small: [], large: [] }
const charts = []
for (let run = 0; run < RUNS; run++) {
  // Alternating, and the order swapped every run: neither size always goes first.
  const order = run % 2 ? ['large', 'small'] : ['small', 'large']
  for (const size of order) {
    // Ten entries within hours make no chart (it needs two days); a year's does.
    const { open, chart } = await openOnce(size === 'small' ? small.page : large.page, size === 'large')
    opens[size].push(open)
    if (size === 'large') charts.push(chart)
  }
}
const saves = { small: [], large: [] }
for (let run = 0; run < SAVES; run++)
  for (const size of ['small', 'large']) saves[size].push(await saveOnce(size === 'small' ? small.page : large.page))

const ms = (value) => `${value.toFixed(0).padStart(5)} ms`
const spread = (values) => `${ms(sorted(values)[0]).trim()}–${ms(sorted(values).at(-1)).trim()}`
console.log(`Baby's log in Chromium, ${RUNS} alternating runs each (from navigation start, page's own clock)`)
for (const [size, count] of [
  ['small', SMALL],
  ['large', LARGE],
])
  console.log(
    `${`open with ${count.toLocaleString('en')} entries (list and counts painted)`.padEnd(52)} median ${ms(median(opens[size]))}   spread ${spread(opens[size])}`,
  )
console.log(
  `${`open ${LARGE.toLocaleString('en')} / ${SMALL} (goal: at most 1.20)`.padEnd(52)} ${(median(opens.large) / median(opens.small)).toFixed(2).padStart(13)}`,
)
console.log(
  `${`chart drawn with ${LARGE.toLocaleString('en')} (read after the counts)`.padEnd(52)} median ${ms(median(charts))}   spread ${spread(charts)}`,
)
for (const [size, count] of [
  ['small', SMALL],
  ['large', LARGE],
]) {
  const commits = saves[size].map((save) => save.commit)
  const shown = saves[size].map((save) => save.shown)
  console.log(
    `${`save a wet nappy with ${count.toLocaleString('en')}: commit (goal: under 100 ms)`.padEnd(52)} median ${ms(median(commits))}   spread ${spread(commits)}   in the list: ${ms(median(shown)).trim()}`,
  )
}

await small.context.close()
await large.context.close()
await browser.close()
await new Promise((resolve) => server.httpServer.close(resolve))
