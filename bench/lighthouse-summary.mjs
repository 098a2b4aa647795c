// Summarises several Lighthouse reports of one page: the run with the median performance score, and
// the spread of that score over all runs.
//   node bench/lighthouse-summary.mjs <path> <report.json> [report.json ...]
import { readFileSync } from 'node:fs'

const [path, ...files] = process.argv.slice(2)
const reports = files.map((file) => JSON.parse(readFileSync(file, 'utf8')))
const performance = (report) => report.categories.performance.score
const sorted = [...reports].sort((a, b) => performance(a) - performance(b))
const median = sorted[Math.floor((sorted.length - 1) / 2)]

const scores = Object.values(median.categories)
  .map((category) => `${category.id} ${category.score}`)
  .join(', ')
const metric = (id) => median.audits[id].displayValue
const script = median.audits['resource-summary'].details.items.find((item) => item.resourceType === 'script')
const spread = sorted.map(performance).join(' ')

console.log(`${path}: ${scores} (performance over ${reports.length} runs: ${spread})`)
console.log(
  `  FCP ${metric('first-contentful-paint')}, LCP ${metric('largest-contentful-paint')}, TBT ${metric('total-blocking-time')}, ` +
    `CLS ${metric('cumulative-layout-shift')}, SI ${metric('speed-index')}; JS ${(script.transferSize / 1024).toFixed(1)} KiB in ${script.requestCount} files`,
)
const imperfect = Object.values(median.audits)
  .filter(
    (audit) => audit.score !== null && audit.score < 1 && !['informative', 'manual'].includes(audit.scoreDisplayMode),
  )
  .map((audit) => audit.id)
if (imperfect.length) console.log(`  not perfect: ${imperfect.join(', ')}`)
