/**
 * Writes a data file (API, segment, event) in its canonical form: keys in a fixed order, implementations in registry
 * order, empty optional lists left out. `npm run fix` and `npm run new` both go through here, so a
 * reviewed diff only ever shows real changes.
 */
import { stringify } from 'yaml'
import type { ApiFrontMatter, EventFrontMatter, FieldDiff, SegmentFrontMatter, Statement, Support } from './schema.js'

const API_KEYS = ['name', 'title', 'category', 'origin', 'aliases', 'reference', 'params', 'response', 'response_note', 'support'] as const
const SUPPORT_KEYS = ['status', 'kind', 'source', 'since', 'since_history', 'when', 'aliases', 'note', 'params', 'response'] as const
const PARAM_KEYS = ['name', 'type', 'required', 'default', 'description'] as const
const RESPONSE_KEYS = ['name', 'type', 'description'] as const
const DIFF_KEYS = ['name', 'change', 'from', 'type', 'required', 'default', 'reverses', 'when', 'note'] as const
const SEGMENT_KEYS = ['name', 'title', 'origin', 'reference', 'directions', 'fields', 'support'] as const
const SEGMENT_FIELD_KEYS = ['name', 'type', 'direction', 'required', 'default', 'description'] as const
const SEGMENT_STATEMENT_KEYS = ['status', 'kind', 'source', 'since', 'since_history', 'when', 'route', 'via', 'note', 'fields'] as const

function pick<T extends object>(value: T, keys: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const key of keys) {
    const v = (value as Record<string, unknown>)[key]
    if (v === undefined || (Array.isArray(v) && v.length === 0 && key !== 'params' && key !== 'response' && key !== 'fields')) continue
    out[key] = v
  }
  return out
}

const diffs = (list?: FieldDiff[]) => (list?.length ? list.map((d) => pick(d, DIFF_KEYS)) : undefined)

function support(s: Support): Record<string, unknown> {
  return pick({ ...s, params: diffs(s.params), response: diffs(s.response) }, SUPPORT_KEYS)
}

/** Support entries in registry order, then any the registry does not know (left for validation to report). */
function inOrder<T>(support: Record<string, T>, implementationOrder: string[]): [string, T][] {
  const ordered = [...implementationOrder, ...Object.keys(support).filter((id) => !implementationOrder.includes(id))]
  return ordered.filter((id) => support[id]).map((id) => [id, support[id]!])
}

function document(value: Record<string, unknown>, body: string): string {
  const yaml = stringify(value, { lineWidth: 0, indent: 2, indentSeq: true })
  const text = body.trim()
  return `---\n${yaml}---\n${text ? `\n${text}\n` : ''}`
}

export function formatSegmentFile(front: SegmentFrontMatter, body: string, implementationOrder: string[]): string {
  const statement = (s: Statement | undefined) => s && pick({ ...s, fields: diffs(s.fields) }, SEGMENT_STATEMENT_KEYS)
  const bothDirections = front.directions.length === 2
  const value = pick(
    {
      ...front,
      directions: bothDirections ? undefined : front.directions,
      fields: front.fields.map((f) => pick({ ...f, required: f.required || undefined }, SEGMENT_FIELD_KEYS)),
      support: Object.fromEntries(
        inOrder(front.support, implementationOrder).map(([id, s]) => [id, pick({ send: statement(s.send), receive: statement(s.receive) }, ['send', 'receive'])]),
      ),
    },
    SEGMENT_KEYS,
  )
  return document(value, body)
}

export function formatApiFile(front: ApiFrontMatter, body: string, implementationOrder: string[]): string {
  const value = pick(
    {
      ...front,
      params: front.params.map((p) => pick(p, PARAM_KEYS)),
      response: front.response.map((r) => pick(r, RESPONSE_KEYS)),
      support: Object.fromEntries(inOrder(front.support, implementationOrder).map(([id, s]) => [id, support(s)])),
    },
    API_KEYS,
  )
  return document(value, body)
}

const EVENT_KEYS = ['post_type', 'detail_type', 'sub_type', 'title', 'origin', 'reference', 'sub_types', 'fields', 'support'] as const
const SUB_TYPE_KEYS = ['name', 'origin', 'description'] as const
const EVENT_STATEMENT_KEYS = ['status', 'kind', 'source', 'since', 'since_history', 'when', 'sub_types', 'sub_type_renames', 'channels', 'note', 'fields'] as const

export function formatEventFile(front: EventFrontMatter, body: string, implementationOrder: string[]): string {
  const value = pick(
    {
      ...front,
      sub_types: front.sub_types.map((t) => pick(t, SUB_TYPE_KEYS)),
      fields: front.fields.map((f) => pick(f, RESPONSE_KEYS)),
      support: Object.fromEntries(
        inOrder(front.support, implementationOrder).map(([id, s]) => [id, pick({ ...s, fields: diffs(s.fields) }, EVENT_STATEMENT_KEYS)]),
      ),
    },
    EVENT_KEYS,
  )
  return document(value, body)
}
