/**
 * `npm run new -- <category> <action>`: writes a valid data file for a new API, with an entry for
 * every implementation set to `unknown` until someone reads that implementation's source.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { formatApiFile } from '../lib/format.js'
import { APIS_DIR, loadData } from '../lib/load.js'
import { ROOT } from '../lib/paths.js'
import { WIRE_NAME, type ApiFrontMatter } from '../lib/schema.js'
import { apiSlug } from '../lib/slug.js'
import { reportProblems } from './report-problems.js'

const [category, name] = process.argv.slice(2)
if (!category || !name) {
  console.error('usage: npm run new -- <category> <action>   e.g. npm run new -- group set_group_todo')
  process.exit(2)
}
const { dataset, problems } = loadData(ROOT, { keepOnError: true })
if (!dataset) {
  reportProblems(problems)
  process.exit(1)
}
const fail = (message: string) => {
  console.error(message)
  process.exit(1)
}
if (!dataset.categories.some((c) => c.id === category)) {
  fail(`unknown category "${category}": expected one of ${dataset.categories.map((c) => c.id).join(', ')}`)
}
if (!WIRE_NAME.test(name)) fail(`"${name}" is not a wire name such as send_msg or .handle_quick_operation`)
const taken = dataset.apis.find((a) => a.name === name || a.slug === apiSlug(name) || a.aliases.includes(name))
if (taken) fail(`"${name}" is already documented in ${taken.file}`)

const file = `${APIS_DIR}/${category}/${apiSlug(name)}.md`
if (existsSync(join(ROOT, file))) fail(`${file} already exists`)
const front: ApiFrontMatter = {
  name,
  title: name,
  category,
  origin: 'community',
  aliases: [],
  params: [],
  response: [],
  support: Object.fromEntries(dataset.implementations.map((i) => [i.id, { status: 'unknown' as const }])),
}
const body = '用一两句话说明这个 API 做什么。'
mkdirSync(dirname(join(ROOT, file)), { recursive: true })
writeFileSync(join(ROOT, file), formatApiFile(front, body, dataset.implementations.map((i) => i.id)))
console.log(`wrote ${file}
next: set title (Chinese), origin, params and response; then, per implementation, replace
status: unknown with full/minor/major/none and a source permalink at the audited commit.`)
