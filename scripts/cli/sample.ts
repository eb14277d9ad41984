/**
 * `npm run sample -- <seed> [percent]`: prints a reproducible random sample of cells (default 10 %) as a
 * markdown table, for a second audit whose sample is written down before it is judged (see audits/).
 */
import { loadData } from '../lib/load.js'
import { ROOT } from '../lib/paths.js'
import { sampleCells } from '../lib/sample.js'
import { reportProblems } from './report-problems.js'

const [seedArg, percentArg = '10'] = process.argv.slice(2)
const seed = Number(seedArg)
const percent = Number(percentArg)
if (!Number.isInteger(seed) || !(percent > 0 && percent <= 100)) {
  console.error('usage: npm run sample -- <integer seed> [percent, default 10]')
  process.exit(2)
}
const { dataset, problems } = loadData(ROOT, { keepOnError: true })
if (!dataset) {
  reportProblems(problems)
  process.exit(1)
}
const sample = sampleCells(dataset, seed, percent)
console.log(`| # | file | implementation | direction | status at sampling |`)
console.log(`| --- | --- | --- | --- | --- |`)
sample.forEach((c, i) => console.log(`| ${i + 1} | \`${c.file}\` | ${c.implId} | ${c.direction ?? ''} | ${c.status} |`))
