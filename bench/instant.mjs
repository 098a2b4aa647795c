// How instant Today is, as ratios against a bare Vue page built by the same Vite and measured in the
// same run, alternating, because this machine is shared and its speed drifts:
//   returning visit: service worker in control, a saved profile and a week of journal, CPU slowed 4×,
//     time from navigation to "Your baby is … old" on screen (the bare page shows the same line);
//   first visit: Lighthouse mobile (performance, LCP, TBT), served over HTTPS as a PWA host would.
// Figures only, no pass or fail.
//   node bench/instant.mjs            (RUNS=7 returning visits and LH_RUNS=5 Lighthouse runs per side)
//   SKIP_LIGHTHOUSE=1 node bench/instant.mjs
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { chromium } from '@playwright/test'
import vue from '@vitejs/plugin-vue'
import { build, preview } from 'vite'
import { VitePWA } from 'vite-plugin-pwa'

const RUNS = Number(process.env.RUNS ?? 7)
const LH_RUNS = Number(process.env.LH_RUNS ?? 5)
const SCRATCH = process.env.LH_DIR ?? '/tmp/cocoon-lighthouse'
const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium'
const root = fileURLToPath(new URL('..', import.meta.url))
const appDir = `${SCRATCH}/instant-app`
const bareDir = `${SCRATCH}/instant-bare`
const AGE_LINE = /Your baby is .+ old/
const DAY_MS = 24 * 60 * 60 * 1000

mkdirSync(SCRATCH, { recursive: true })
await build({ root, logLevel: 'warn', build: { outDir: appDir, emptyOutDir: true } })
await build({
  root: `${root}bench/bare`,
  configFile: false,
  logLevel: 'warn',
  plugins: [
    vue(),
    VitePWA({
      injectRegister: 'script',
      registerType: 'autoUpdate',
      manifest: false,
      workbox: { clientsClaim: true, skipWaiting: true },
    }),
  ],
  build: { outDir: bareDir, emptyOutDir: true },
})

const flags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]
const spread = (values) => `${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)}`

// The age line may be painted before the app loads; the whole page is there once its last
// section ("Coming up") is. The bare page is whole with its age line.
function watchForAgeLine(source) {
  const pattern = new RegExp(source)
  const seen = () => pattern.test(document.body?.innerText ?? '')
  const whole = () => document.getElementById('today-next') !== null || document.title === 'Bare Vue page'
  new MutationObserver((_, observer) => {
    if (window.__ageLineAt === undefined && seen()) window.__ageLineAt = performance.now()
    if (window.__wholeAt === undefined && seen() && whole()) window.__wholeAt = performance.now()
    if (window.__wholeAt !== undefined) observer.disconnect()
  }).observe(document, { childList: true, subtree: true, characterData: true })
}

async function seedApp(page) {
  const birth = new Date(Date.now() - 7 * DAY_MS)
  const pad = (n) => String(n).padStart(2, '0')
  await page.goto('/welcome')
  await page.getByLabel('Yes, my baby is here').check()
  await page
    .getByLabel('Date of birth')
    .fill(`${birth.getFullYear()}-${pad(birth.getMonth() + 1)}-${pad(birth.getDate())}`)
  await page.getByLabel('Time of birth').fill('09:30')
  await page.getByRole('button', { name: 'Start' }).click()
  await page.waitForURL((url) => url.pathname === '/')
  await page.evaluate(async (dayMs) => {
    const db = await new Promise((resolve, reject) => {
      const request = indexedDB.open('cocoon')
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error)
    })
    await new Promise((resolve, reject) => {
      const tx = db.transaction('journal', 'readwrite')
      for (let day = 0; day < 7; day++) {
        const at = Date.now() - day * dayMs - 3_600_000
        tx.objectStore('journal').add({ at, mood: 3, feelings: [], helped: [], sleepHours: 4, text: 'A long night.' })
      }
      tx.oncomplete = resolve
      tx.onerror = () => reject(tx.error)
    })
    db.close()
  }, DAY_MS)
}

async function returningVisit(browser, baseURL, seed) {
  const context = await browser.newContext({ baseURL, locale: 'en-GB', serviceWorkers: 'allow' })
  const setup = await context.newPage()
  await setup.goto('/')
  await seed(setup)
  await setup.evaluate(async () => {
    await navigator.serviceWorker.ready
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
      )
    }
  })
  await setup.close()
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
  await page.addInitScript(watchForAgeLine, AGE_LINE.source)
  await page.goto('/')
  await page.waitForFunction(() => window.__wholeAt !== undefined, null, { timeout: 60_000 })
  const at = await page.evaluate(() => ({ ageLine: window.__ageLineAt, whole: window.__wholeAt }))
  const fromWorker = await page.evaluate(() => navigator.serviceWorker.controller !== null)
  await context.close()
  if (!fromWorker) throw new Error(`${baseURL}: the measured visit was not served by the service worker`)
  return at
}

const appServer = await preview({
  build: { outDir: appDir },
  logLevel: 'silent',
  preview: { host: '127.0.0.1', port: 4361, strictPort: true },
})
const bareServer = await preview({
  build: { outDir: bareDir },
  logLevel: 'silent',
  preview: { host: '127.0.0.1', port: 4362, strictPort: true },
})
console.error('built; measuring')
const browser = await chromium.launch({ executablePath: CHROME, args: ['--headless', ...flags] })
const visits = { app: [], bare: [] }
for (let run = 0; run < RUNS; run++) {
  visits.app.push(await returningVisit(browser, 'http://127.0.0.1:4361', seedApp))
  visits.bare.push(await returningVisit(browser, 'http://127.0.0.1:4362', async () => {}))
  console.error(`run ${run + 1}: app ${JSON.stringify(visits.app.at(-1))}, bare ${JSON.stringify(visits.bare.at(-1))}`)
}
await browser.close()
await Promise.all([appServer.close(), bareServer.close()])

const ageLine = { app: visits.app.map((v) => v.ageLine), bare: visits.bare.map((v) => v.ageLine) }
const whole = visits.app.map((v) => v.whole)
console.log(`Returning visit to Today (SW in control, CPU 4× slower), ${RUNS} runs each, alternating:`)
console.log(`  Cocoon  age line median ${median(ageLine.app).toFixed(0)} ms (${spread(ageLine.app)})`)
console.log(`  Cocoon  whole page median ${median(whole).toFixed(0)} ms (${spread(whole)})`)
console.log(`  bare    median ${median(ageLine.bare).toFixed(0)} ms (${spread(ageLine.bare)})`)
console.log(
  `  ratio   ${(median(ageLine.app) / median(ageLine.bare)).toFixed(2)}× for the age line (goal ≤ 1.5×), ${(median(whole) / median(ageLine.bare)).toFixed(2)}× for the whole page`,
)

if (process.env.SKIP_LIGHTHOUSE) process.exit(0)

// Lighthouse lives in a scratch folder, never in package.json; a throwaway certificate serves HTTPS.
if (!existsSync(`${SCRATCH}/node_modules/.bin/lighthouse`)) {
  execFileSync('npm', ['init', '-y'], { cwd: SCRATCH, stdio: 'ignore' })
  execFileSync('npm', ['install', '--no-audit', '--no-fund', 'lighthouse@12'], { cwd: SCRATCH, stdio: 'ignore' })
}
if (!existsSync(`${SCRATCH}/cert.pem`)) {
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '30',
      '-subj',
      '/CN=127.0.0.1',
      '-keyout',
      `${SCRATCH}/key.pem`,
      '-out',
      `${SCRATCH}/cert.pem`,
    ],
    { stdio: 'ignore' },
  )
}
const https = { key: readFileSync(`${SCRATCH}/key.pem`), cert: readFileSync(`${SCRATCH}/cert.pem`) }
const secureApp = await preview({
  build: { outDir: appDir },
  logLevel: 'silent',
  preview: { host: '127.0.0.1', port: 4363, strictPort: true, https },
})
const secureBare = await preview({
  build: { outDir: bareDir },
  logLevel: 'silent',
  preview: { host: '127.0.0.1', port: 4364, strictPort: true, https },
})

function lighthouse(url) {
  const report = `${SCRATCH}/instant-report.json`
  rmSync(report, { force: true })
  spawnSync(
    `${SCRATCH}/node_modules/.bin/lighthouse`,
    [
      url,
      '--form-factor=mobile',
      '--only-categories=performance',
      `--chrome-flags=--headless=new --ignore-certificate-errors ${flags.join(' ')}`,
      '--output=json',
      `--output-path=${report}`,
      '--quiet',
    ],
    { env: { ...process.env, CHROME_PATH: CHROME }, stdio: 'ignore' },
  )
  const { categories, audits } = JSON.parse(readFileSync(report, 'utf8'))
  return {
    score: categories.performance.score,
    lcp: audits['largest-contentful-paint'].numericValue,
    tbt: audits['total-blocking-time'].numericValue,
  }
}
const first = { app: [], bare: [] }
for (let run = 0; run < LH_RUNS; run++) {
  first.app.push(lighthouse('https://127.0.0.1:4363/'))
  first.bare.push(lighthouse('https://127.0.0.1:4364/'))
}
await Promise.all([secureApp.close(), secureBare.close()])

const summary = (runs) => {
  const of = (key) => runs.map((run) => run[key])
  return (
    `performance ${median(of('score')).toFixed(2)} (${Math.min(...of('score')).toFixed(2)}–${Math.max(...of('score')).toFixed(2)}), ` +
    `LCP ${median(of('lcp')).toFixed(0)} ms (${spread(of('lcp'))}), TBT ${median(of('tbt')).toFixed(0)} ms (${spread(of('tbt'))})`
  )
}
console.log(`First visit, Lighthouse mobile, ${LH_RUNS} runs each, alternating:`)
console.log(`  Cocoon  ${summary(first.app)}`)
console.log(`  bare    ${summary(first.bare)}`)
const lcpRatio = median(first.app.map((run) => run.lcp)) / median(first.bare.map((run) => run.lcp))
console.log(`  LCP ratio ${lcpRatio.toFixed(2)}× (goal ≤ 1.15×; performance ≥ 0.98 and TBT ≤ 100 ms)`)
