/**
 * `npm run fix`: rewrites every API, segment and event file that passes the schema in its canonical form (key
 * order, implementation order, YAML style). Files that do not parse are left alone and reported, so
 * nothing is lost; remaining problems are listed as `npm run validate` would.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { formatApiFile, formatEventFile, formatSegmentFile } from '../lib/format.js'
import { loadData } from '../lib/load.js'
import { ROOT } from '../lib/paths.js'
import { ApiSchema, EventSchema, SegmentSchema } from '../lib/schema.js'
import { reportProblems } from './report-problems.js'

const { dataset, problems } = loadData(ROOT, { keepOnError: true })
if (!dataset) {
  reportProblems(problems)
  console.error('fix needs valid data/implementations.yaml and data/categories.yaml')
  process.exit(1)
}
const order = dataset.implementations.map((i) => i.id)
// Format each file's own fields, not the loader's additions (file, slug, source).
const canonical = [
  ...dataset.apis.map((api) => ({ file: api.file, text: formatApiFile(ApiSchema.parse(api.source.value), api.body, order) })),
  ...dataset.segments.map((seg) => ({ file: seg.file, text: formatSegmentFile(SegmentSchema.parse(seg.source.value), seg.body, order) })),
  ...dataset.events.map((event) => ({ file: event.file, text: formatEventFile(EventSchema.parse(event.source.value), event.body, order) })),
]
let rewritten = 0
for (const { file, text } of canonical) {
  const path = join(ROOT, file)
  if (readFileSync(path, 'utf8') !== text) {
    writeFileSync(path, text)
    rewritten++
    console.log(`rewrote ${file}`)
  }
}
console.log(`${rewritten} file(s) rewritten, ${canonical.length - rewritten} already canonical`)
if (reportProblems(problems)) process.exit(1)
