/** `npm run report`: coverage figures per implementation, the same numbers the matrix and implementation pages show. */
import { loadData } from '../lib/load.js'
import { coverage, percent } from '../lib/model.js'
import { ROOT } from '../lib/paths.js'
import { reportProblems } from './report-problems.js'
import { textTable } from './text-table.js'

const { dataset, problems } = loadData(ROOT)
if (reportProblems(problems) || !dataset) process.exit(1)

const header = ['implementation', 'OneBot 11 standard', 'go-cqhttp extensions', 'own extensions', 'other extensions', 'stubs', 'unknown']
const rows = dataset.implementations.map((impl) => {
  const c = coverage(dataset, impl.id)
  return [
    impl.name,
    `${c.standard.supported}/${c.standard.total} (${percent(c.standard)})`,
    `${c.goCqhttp.supported}/${c.goCqhttp.total} (${percent(c.goCqhttp)})`,
    String(c.own),
    String(c.otherExtensions),
    String(c.stubs),
    String(c.unknown),
  ]
})
console.log(`${dataset.apis.length} APIs, ${dataset.implementations.length} implementations (supported = full, minor or major, stubs excluded)\n`)
console.log(textTable(header, rows))
