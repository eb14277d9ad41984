/**
 * `npm run sample -- <seed> [percent] [--impl <id>]...`: prints a reproducible random sample of cells
 * (default 10 %; only the named implementations' cells when `--impl` is given) as a markdown table, for a
 * second audit whose sample is written down before it is judged (see audits/).
 */
import { sampleCells } from '../lib/sample.js'
import { datasetOrExit, implementationOrExit } from './data-args.js'

const args = process.argv.slice(2)
const implIds = args.flatMap((a, i) => (args[i - 1] === '--impl' ? [a] : []))
const [seedArg, percentArg = '10'] = args.filter((a, i) => a !== '--impl' && args[i - 1] !== '--impl')
const seed = Number(seedArg)
const percent = Number(percentArg)
if (!Number.isInteger(seed) || !(percent > 0 && percent <= 100)) {
  console.error('usage: npm run sample -- <integer seed> [percent, default 10] [--impl <implementation id>]...')
  process.exit(2)
}
const dataset = datasetOrExit({ keepOnError: true })
for (const id of implIds) implementationOrExit(dataset, id)
const sample = sampleCells(dataset, seed, percent, implIds)
console.log(`| # | file | implementation | direction | status at sampling |`)
console.log(`| --- | --- | --- | --- | --- |`)
sample.forEach((c, i) => console.log(`| ${i + 1} | \`${c.file}\` | ${c.implId} | ${c.direction ?? ''} | ${c.status} |`))
