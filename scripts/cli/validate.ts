/** `npm run validate`: checks every data file and lists every problem at once. Writes nothing. */
import { loadData } from '../lib/load.js'
import { ROOT } from '../lib/paths.js'
import { reportProblems } from './report-problems.js'

const { dataset, problems } = loadData(ROOT)
const failed = reportProblems(problems)
if (failed || !dataset) process.exit(1)
console.log(`data is valid: ${dataset.apis.length} APIs, ${dataset.segments.length} segment types, ${dataset.events.length} events, ${dataset.implementations.length} implementations, ${dataset.categories.length} categories`)
