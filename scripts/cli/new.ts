/**
 * `npm run new -- <category> <action>`: writes a data file for a new API, with an entry for every
 * implementation set to `unknown` until someone reads that implementation's source, and placeholders
 * for the title and description that validation rejects until they are written.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { newApiFile } from '../lib/new-api.js'
import { ROOT } from '../lib/paths.js'
import { WIRE_NAME } from '../lib/schema.js'
import { apiSlug } from '../lib/slug.js'
import { datasetOrExit } from './data-args.js'

const [category, name] = process.argv.slice(2)
if (!category || !name) {
  console.error('usage: npm run new -- <category> <action>   e.g. npm run new -- group set_group_todo')
  process.exit(2)
}
const dataset = datasetOrExit({ keepOnError: true })
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

const { file, text } = newApiFile(dataset, category, name)
if (existsSync(join(ROOT, file))) fail(`${file} already exists`)
mkdirSync(dirname(join(ROOT, file)), { recursive: true })
writeFileSync(join(ROOT, file), text)
console.log(`wrote ${file}
next: replace the title and the description (they start with 待填写, which validation rejects), set
origin, params and response; then, per implementation, replace status: unknown with
full/minor/major/none and a source permalink at the audited commit.`)
