/**
 * The file `npm run new` writes for a new API: every implementation `unknown`, and placeholders where a
 * contributor has to write text, which the placeholders rule rejects until they are replaced.
 */
import type { Dataset } from './load.js'
import { formatApiFile } from './format.js'
import { APIS_DIR } from './kinds.js'
import type { ApiFrontMatter } from './schema.js'
import { apiSlug } from './slug.js'

/** Marks text still to be written; nothing a contributor writes starts with it. */
export const PLACEHOLDER = '待填写：'
export const PLACEHOLDER_TITLE = `${PLACEHOLDER}中文标题`
export const PLACEHOLDER_BODY = `${PLACEHOLDER}用一两句话说明这个 API 做什么。`

export function newApiFile(dataset: Dataset, category: string, name: string): { file: string; text: string } {
  const front: ApiFrontMatter = {
    name,
    title: PLACEHOLDER_TITLE,
    category,
    origin: 'community',
    aliases: [],
    params: [],
    response: [],
    support: Object.fromEntries(dataset.implementations.map((i) => [i.id, { status: 'unknown' as const }])),
  }
  const order = dataset.implementations.map((i) => i.id)
  return { file: `${APIS_DIR}/${category}/${apiSlug(name)}.md`, text: formatApiFile(front, PLACEHOLDER_BODY, order) }
}
