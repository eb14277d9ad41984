/**
 * `npm run audit -- <impl> <git-dir> [<ref>]`: reads the action names an implementation registers from
 * a local clone of its repository (at <ref>, by default the audited commit) and prints how they differ
 * from the data: names registered but missing from the data, names the data calls supported that are
 * not registered, and, when <ref> is not the audited commit, the handler files changed since the audit
 * with the cells to re-read.
 */
import { execFileSync } from 'node:child_process'
import { gitTree } from '../lib/audit/tree.js'
import { compareRegistry, dataNames } from '../lib/audit/registry.js'
import { datasetOrExit, extractorOrExit, implementationOrExit } from './data-args.js'

const [implId, gitDir, refArg] = process.argv.slice(2)
if (!implId || !gitDir) {
  console.error('usage: npm run audit -- <implementation id> <path to a git clone (its .git folder, or a bare repository)> [<commit or tag>]')
  process.exit(2)
}
const dataset = datasetOrExit()
const impl = implementationOrExit(dataset, implId)
const extractor = await extractorOrExit(impl)
const ref = refArg ?? impl.audit.commit
const registered = extractor.extract(gitTree(gitDir, ref))
if (!registered) {
  console.error(`${impl.name} at ${ref}: the registry (${extractor.describe}) was not found in this tree`)
  process.exit(1)
}
const data = dataNames(dataset, impl.id)
const diff = compareRegistry(registered, data)
console.log(`${impl.name} at ${ref}: ${registered.size} names registered (${extractor.describe}); the data supports ${data.size}.`)
console.log(`\nregistered, missing from the data (${diff.missingFromData.length}):${diff.missingFromData.map((n) => `\n  ${n}  ${registered.get(n)}`).join('') || ' none'}`)
console.log(`\nsupported in the data, not registered (${diff.notRegistered.length}):${diff.notRegistered.map((n) => `\n  ${n}  ${data.get(n)}`).join('') || ' none'}`)

if (ref !== impl.audit.commit) {
  // Handler files changed since the audit, each with the cells it serves at <ref>.
  const changed = execFileSync('git', ['--git-dir', gitDir, 'diff', '--name-only', impl.audit.commit, ref], { encoding: 'utf8', maxBuffer: 1 << 26 })
    .split('\n')
    .filter(Boolean)
  const byFile = new Map<string, string[]>()
  for (const [name, file] of registered) byFile.set(file, [...(byFile.get(file) ?? []), name])
  const touched = changed.filter((f) => byFile.has(f))
  console.log(`\nhandler files changed since the audited commit ${impl.audit.commit.slice(0, 12)} (${touched.length}), with the cells to re-read:`)
  for (const file of touched) console.log(`  ${file}: ${byFile.get(file)!.sort().map((n) => data.get(n) ?? `${n} (not in the data)`).join(', ')}`)
}
const differs = diff.missingFromData.length + diff.notRegistered.length > 0
process.exit(differs && ref === impl.audit.commit ? 1 : 0)
