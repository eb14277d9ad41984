/** `npm run generate`: validates the data and, only if it is valid, writes the generated pages. */
import { generate } from '../lib/generate.js'
import { ROOT } from '../lib/paths.js'
import { reportProblems } from './report-problems.js'

const { problems, summary } = generate(ROOT)
if (reportProblems(problems) || !summary) {
  console.error('generation stopped: nothing was written, earlier output is untouched')
  process.exit(1)
}
console.log(`generated: ${summary.written} written, ${summary.unchanged} unchanged, ${summary.removed} removed`)
