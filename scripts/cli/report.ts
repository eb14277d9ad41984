/** `npm run report`: coverage figures per implementation (APIs, segments, events), the same numbers the matrices and implementation pages show. */
import { coverage, coverageOf, percent, segmentCoverage, subTypeCount } from '../lib/model.js'
import { SEGMENT_CELLS } from '../lib/kinds.js'
import { datasetOrExit } from './data-args.js'
import { textTable } from './text-table.js'

const dataset = datasetOrExit()

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

const segmentHeader = ['implementation', ...SEGMENT_CELLS.flatMap((c) => [`${c.key}: standard`, `${c.key}: extensions`, `${c.key}: stubs`])]
const segmentRows = dataset.implementations.map((impl) => [
  impl.name,
  ...SEGMENT_CELLS.flatMap((c) => {
    const cov = segmentCoverage(dataset, impl.id, c)
    return [`${cov.standard.supported}/${cov.standard.total} (${percent(cov.standard)})`, String(cov.extensions), String(cov.stubs)]
  }),
])
console.log(`\n${dataset.segments.length} message segment types, per direction (standard = the directions the standard defines for a type)\n`)
console.log(textTable(segmentHeader, segmentRows))

const eventHeader = ['implementation', 'OneBot 11 standard', 'go-cqhttp extensions', 'other extensions', 'major', 'standard sub_types emitted']
const eventRows = dataset.implementations.map((impl) => {
  const c = coverageOf(dataset.events, impl.id)
  const standard = dataset.events.filter((e) => e.origin === 'onebot11')
  const subTypes = standard.reduce(
    (sum, e) => {
      const n = subTypeCount(e, e.support[impl.id]!)
      return { supported: sum.supported + n.supported, total: sum.total + n.total }
    },
    { supported: 0, total: 0 },
  )
  return [
    impl.name,
    `${c.standard.supported}/${c.standard.total} (${percent(c.standard)})`,
    `${c.goCqhttp.supported}/${c.goCqhttp.total} (${percent(c.goCqhttp)})`,
    String(c.own + c.otherExtensions),
    String(c.byStatus.major),
    `${subTypes.supported}/${subTypes.total} (${percent(subTypes)})`,
  ]
})
console.log(`\n${dataset.events.length} events (supported = really posted; sub_types = standard sub_types emitted under their own name)\n`)
console.log(textTable(eventHeader, eventRows))
