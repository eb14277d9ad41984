/**
 * `npm run fix`: rewrites every API file that passes the schema in its canonical form (key order,
 * implementation order, YAML style). Files that do not parse are left alone and reported, so
 * nothing is lost; remaining problems are listed as `npm run validate` would.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { formatApiFile } from '../lib/format.js'
import { loadData } from '../lib/load.js'
import { ROOT } from '../lib/paths.js'
import { ApiSchema } from '../lib/schema.js'
import { reportProblems } from './report-problems.js'

const { dataset, problems } = loadData(ROOT, { keepOnError: true })
if (!dataset) {
  reportProblems(problems)
  console.error('fix needs valid data/implementations.yaml and data/categories.yaml')
  process.exit(1)
}
const order = dataset.implementations.map((i) => i.id)
let rewritten = 0
for (const api of dataset.apis) {
  const path = join(ROOT, api.file)
  // Format the file's own fields, not the loader's additions (file, slug, source).
  const text = formatApiFile(ApiSchema.parse(api.source.value), api.body, order)
  if (readFileSync(path, 'utf8') !== text) {
    writeFileSync(path, text)
    rewritten++
    console.log(`rewrote ${api.file}`)
  }
}
console.log(`${rewritten} file(s) rewritten, ${dataset.apis.length - rewritten} already canonical`)
if (reportProblems(problems)) process.exit(1)
