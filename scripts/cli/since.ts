/**
 * `npm run since -- <impl> <git-dir>`: fills `support.<impl>.since` of every supported action cell from
 * the implementation's release tags in a local clone: the releases up to the audited version, in version
 * order, each read from its own tree by the implementation's extractor. Writes the releases it walked to
 * data/releases/<impl>.yaml. Run again on the same clone, it changes nothing.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { stringify } from 'yaml'
import { RELEASES_DIR } from '../lib/kinds.js'
import { ROOT } from '../lib/paths.js'
import { ApiSchema } from '../lib/schema.js'
import { formatApiFile } from '../lib/format.js'
import { isSupportedStatus } from '../lib/model.js'
import { gitTrees } from '../lib/audit/tree.js'
import { releasesOf } from '../lib/audit/releases.js'
import { sinceOf } from '../lib/audit/since.js'
import { datasetOrExit, extractorOrExit, implementationOrExit } from './data-args.js'

const [implId, gitDir] = process.argv.slice(2)
if (!implId || !gitDir) {
  console.error('usage: npm run since -- <implementation id> <path to a git clone (its .git folder, or a bare repository)>')
  process.exit(2)
}
const dataset = datasetOrExit()
const impl = implementationOrExit(dataset, implId)
const extractor = await extractorOrExit(impl)

const releases = releasesOf(gitDir, impl.audit.version, impl.audit.first_release)
if (!releases.length) {
  console.log(`${impl.name}: no release tags up to the audited version (${impl.audit.version ?? 'none recorded'}); \`since\` is left empty.`)
  process.exit(0)
}
const treeAt = gitTrees(gitDir)
console.log(`${impl.name}: reading ${releases.length} releases (${releases[0]!.tag} … ${releases.at(-1)!.tag}) …`)
const trees = releases.map((r) => extractor.extract(treeAt(r.tag)))
const atAudit = extractor.extract(treeAt(impl.audit.commit))
if (!atAudit) {
  console.error(`${impl.name}: the registry was not found at the audited commit ${impl.audit.commit}`)
  process.exit(1)
}
const readable = releases.filter((_, i) => trees[i])
console.log(`${readable.length} readable; the first is ${readable[0]?.tag ?? 'none'}.`)

let changed = 0
let filled = 0
const unreleased: string[] = []
const order = dataset.implementations.map((i) => i.id)
for (const api of dataset.apis) {
  const s = api.support[impl.id]
  if (!s || !isSupportedStatus(s.status)) continue
  const result = sinceOf(api.name, releases, trees, atAudit)
  if (!result.since) unreleased.push(api.name)
  else filled++
  const front = ApiSchema.parse(api.source.value)
  const cell = front.support[impl.id]!
  if (result.since) cell.since = result.since
  else delete cell.since
  if (result.earlier.length) cell.since_history = result.earlier
  else delete cell.since_history
  const text = formatApiFile(front, api.body, order)
  const path = join(ROOT, api.file)
  if (readFileSync(path, 'utf8') !== text) {
    writeFileSync(path, text)
    changed++
  }
}
mkdirSync(join(ROOT, RELEASES_DIR), { recursive: true })
const registry = `${stringify(readable.map((r) => ({ tag: r.tag, date: r.date })), { lineWidth: 0 })}`
const registryFile = join(ROOT, RELEASES_DIR, `${impl.id}.yaml`)
let before = ''
try {
  before = readFileSync(registryFile, 'utf8')
} catch {
  // first run
}
if (before !== registry) {
  writeFileSync(registryFile, registry)
  changed++
}
console.log(`since filled for ${filled} supported actions; ${unreleased.length} registered only after the last release (left empty)${unreleased.length ? `: ${unreleased.join(', ')}` : ''}.`)
console.log(`${changed} file(s) changed.`)
