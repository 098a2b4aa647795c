// Prints the gzip size of the JavaScript the first screen needs, of all JavaScript and of the
// whole precache, from a production build (dist/, or BUNDLE_DIR; run `npm run build` first).
// With --check it exits non-zero when a budgeted figure is over its budget (part of `npm test`).
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { gzipSync } from 'node:zlib'

const dist = new URL(`../${process.env.BUNDLE_DIR ?? 'dist'}/`, import.meta.url).pathname
const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'))
const gzipKb = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length / 1024

function staticClosure(keys, seen = new Set()) {
  for (const key of keys) {
    if (seen.has(key)) continue
    seen.add(key)
    staticClosure(manifest[key].imports ?? [], seen)
  }
  return seen
}
const chunkKey = (suffix) => Object.keys(manifest).find((key) => key.endsWith(suffix))
// The classic first-paint script (build/firstPaintScript.ts) is not in the manifest; every visit loads it.
const classicScripts = readdirSync(join(dist, 'assets'))
  .filter((name) => /^first-paint-.*\.js$/.test(name))
  .map((name) => `assets/${name}`)
const filesOf = (keys) => [
  ...classicScripts,
  ...[...keys].map((key) => manifest[key].file).filter((file) => file.endsWith('.js')),
]
const sum = (files) => files.reduce((total, file) => total + gzipKb(file), 0)

// The app's entry and the first-screen preloader (src/preload.ts).
const entries = Object.keys(manifest).filter((key) => manifest[key].isEntry)
const firstPaint = staticClosure([...entries, chunkKey('locales/en.json?part=shell')])
// Every page loads the first-run page's words; every page but the first-run page Today's as well.
const withPage = (...keys) =>
  staticClosure([...firstPaint, chunkKey('locales/en.json?part=content'), ...keys.map(chunkKey)])
const firstRun = withPage('src/views/WelcomeView.vue')
const firstScreen = withPage('locales/en.json?part=home', 'src/views/TodayView.vue', 'src/db/database.ts')

const allFiles = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? allFiles(path) : [relative(dist, path)]
  })
const precached = allFiles(dist).filter(
  (file) => /\.(html|js|css|json|svg|png|ico|webmanifest|woff2|txt)$/.test(file) && !file.startsWith('.vite/'),
)
const rawKb = (files) => files.reduce((total, file) => total + statSync(join(dist, file)).size / 1024, 0)
const allJs = precached.filter((file) => file.endsWith('.js'))

// Budgets in KB gzip; the first paint is the one every visit waits for. Set at 65 / 90 / 130 before the
// first-paint script (1.5 KB, Today's age before the app), the care team, the reminders and the baby's
// log landed; now the measured figures plus under 1 KB, so that any growth fails the run. The way back
// down was splitting the locale: the words only other pages use (partner, calm, sources, …) are now a
// third part the router loads before such a page, which took 2 KB off the first visit and Today.
// The pelvic floor and contraception cards, and the full-breasts card and mastitis sign written per
// country, are words Today shows: about 1 KB on the first visit (91.3 → 92.2) and Today (138.0 → 139.1).
// Today's words (moments, red flags, the log, …) are a part of their own that the first-run page does
// not load: the first visit went from 92.6 to 73.4 KB. Today pays 0.6 KB for it (139.5 → 140.1): two
// files compress less well than one, and the app's code has one more loader.
// A premature baby's corrected age: the birth form's optional due date and the first-paint snapshot's
// corrected line cost the first visit 0.5 KB (73.4 → 73.93) and the first paint 0.2 KB (67.3 → 67.47).
// The questions list and the care-visit sheet are two pages of their own: their routes and the names
// of the files they need sit in the app's entry: 0.4 KB on the first paint (67.47 → 67.9) and the first
// visit (73.93 → 74.3). The language picker as chips (a closed select cut off the Dutch "Same as this
// device" at 200% text) brings the chips' own small chunk to the first-run page: 0.6 KB (74.3 → 74.9).
// Neonatal care: the birth form's yes/no and its hint cost the first visit 0.3 KB (74.9 → 75.2), the
// kangaroo-care and expressing cards Today 0.7 KB (140.4 → 141.1). Sealing mood and feelings with the
// rest of an entry: 0.1 KB on both (75.3 / 141.2).
// Two phones, one family: a page of its own, whose list of files sat in the app's entry for preloading
// (first paint 67.9 → 68.3). Pages other than the two first screens no longer list their files there
// (vite.config.ts, modulePreload): first paint 67.5, first visit 74.9, Today 141.3. The family's code
// (the merge, the sealed exchange, the live link, the QR code) loads with its page only.
const budgets = { firstPaint: 67.6, firstVisit: 75.0, returningToday: 141.4 }
const rows = [
  ['first paint: app shell in English (gzip)', sum(filesOf(firstPaint)), budgets.firstPaint],
  ['first visit: the first-run page, no database (gzip)', sum(filesOf(firstRun)), budgets.firstVisit],
  ['first screen: Today with its data, incl. Dexie (gzip)', sum(filesOf(firstScreen)), budgets.returningToday],
  ['all JavaScript (gzip)', sum(allJs)],
  ['whole precache (gzip)', sum(precached)],
  ['whole precache (raw)', rawKb(precached)],
]
const over = rows.filter(([, kb, budget]) => budget !== undefined && kb > budget)
for (const [label, kb, budget] of rows) {
  const limit = budget === undefined ? '' : ` (budget ${budget.toFixed(1)} KB${kb > budget ? ', OVER' : ''})`
  console.log(`${label.padEnd(56)} ${kb.toFixed(1).padStart(7)} KB${limit}`)
}
if (process.argv.includes('--check') && over.length > 0) {
  console.error(`Over budget: ${over.map(([label]) => label).join('; ')}`)
  process.exit(1)
}
