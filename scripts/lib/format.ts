/**
 * Writes an API data file in its canonical form: keys in a fixed order, implementations in registry
 * order, empty optional lists left out. `npm run fix` and `npm run new` both go through here, so a
 * reviewed diff only ever shows real changes.
 */
import { stringify } from 'yaml'
import type { ApiFrontMatter, FieldDiff, Support } from './schema.js'

const API_KEYS = ['name', 'title', 'category', 'origin', 'aliases', 'reference', 'params', 'response', 'response_note', 'support'] as const
const SUPPORT_KEYS = ['status', 'kind', 'source', 'since', 'aliases', 'note', 'params', 'response'] as const
const PARAM_KEYS = ['name', 'type', 'required', 'default', 'description'] as const
const RESPONSE_KEYS = ['name', 'type', 'description'] as const
const DIFF_KEYS = ['name', 'change', 'from', 'type', 'required', 'default', 'note'] as const

function pick<T extends object>(value: T, keys: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const key of keys) {
    const v = (value as Record<string, unknown>)[key]
    if (v === undefined || (Array.isArray(v) && v.length === 0 && key !== 'params' && key !== 'response')) continue
    out[key] = v
  }
  return out
}

const diffs = (list?: FieldDiff[]) => (list?.length ? list.map((d) => pick(d, DIFF_KEYS)) : undefined)

function support(s: Support): Record<string, unknown> {
  return pick({ ...s, params: diffs(s.params), response: diffs(s.response) }, SUPPORT_KEYS)
}

export function formatApiFile(front: ApiFrontMatter, body: string, implementationOrder: string[]): string {
  const ordered = [...implementationOrder, ...Object.keys(front.support).filter((id) => !implementationOrder.includes(id))]
  const value = pick(
    {
      ...front,
      params: front.params.map((p) => pick(p, PARAM_KEYS)),
      response: front.response.map((r) => pick(r, RESPONSE_KEYS)),
      support: Object.fromEntries(ordered.filter((id) => front.support[id]).map((id) => [id, support(front.support[id]!)])),
    },
    API_KEYS,
  )
  const yaml = stringify(value, { lineWidth: 0, indent: 2, indentSeq: true })
  const text = body.trim()
  return `---\n${yaml}---\n${text ? `\n${text}\n` : ''}`
}
