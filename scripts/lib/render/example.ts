/** Examples for feature pages, derived from canonical fields: an API request, a segment, an event as posted. */
import type { ApiRecord, EventRecord, SegmentRecord } from '../load.js'
import { DETAIL_KEYS, type Param } from '../schema.js'

/** Plausible values for common parameter names, so examples read like real calls. */
const BY_NAME: Record<string, unknown> = {
  user_id: 10001000,
  group_id: 123456789,
  message_id: 1234567890,
  message: [{ type: 'text', data: { text: '你好' } }],
  messages: [{ type: 'node', data: { user_id: '10001000', nickname: '小明', content: [{ type: 'text', data: { text: '你好' } }] } }],
  message_type: 'group',
  duration: 1800,
  flag: 'flag_from_request_event',
  file: 'file:///tmp/example.png',
  name: 'example.txt',
  folder_id: '/example-folder',
  file_id: '/example-file-id',
  busid: 102,
  content: '群公告内容',
  times: 1,
  enable: true,
  approve: true,
  no_cache: false,
  card: '新名片',
  group_name: '新群名',
  special_title: '头衔',
  domain: 'qun.qq.com',
  url: 'https://example.com/file.png',
  id: 'forward_id_example',
}

const BY_TYPE: Record<string, unknown> = {
  number: 0,
  string: 'text',
  boolean: false,
  message: '你好',
  object: {},
  array: [],
  any: null,
  null: null,
}

function exampleValue(param: Param): unknown {
  if (param.name in BY_NAME) return BY_NAME[param.name]
  if (param.default !== undefined && param.default !== null) return param.default
  const firstType = param.type.split(' | ')[0]!
  if (firstType.endsWith('[]')) return []
  return BY_TYPE[firstType] ?? null
}

/**
 * The JSON body a client sends: required parameters always, optional ones only where the
 * request would look empty without them.
 */
export function requestExample(api: ApiRecord): string {
  const required = api.params.filter((p) => p.required)
  let shown = required.length > 0 ? required : api.params.filter((p) => p.name in BY_NAME).slice(0, 3)
  // APIs such as send_msg take either target; a coherent call names only one of them.
  if (required.length === 0 && shown.some((p) => p.name === 'group_id')) shown = shown.filter((p) => p.name !== 'user_id')
  const params = Object.fromEntries(shown.map((p) => [p.name, exampleValue(p)]))
  return JSON.stringify({ action: api.name, params, echo: '1' }, null, 2)
}

/** Plausible values for common segment fields. */
const SEGMENT_VALUES: Record<string, unknown> = {
  text: '你好',
  id: '123',
  qq: '10001000',
  file: 'https://example.com/picture.png',
  url: 'https://example.com',
  title: '标题',
  content: '内容',
  lat: '39.8969426',
  lon: '116.3109099',
  data: '{"app":"com.tencent.example"}',
  user_id: '10001000',
  nickname: '小明',
}

/** A segment as sent: its required send fields, or a few fields when none is required. */
export function segmentExampleData(segment: SegmentRecord): Record<string, unknown> {
  const direction = segment.directions.includes('send') ? 'send' : 'receive'
  const fields = segment.fields.filter((f) => f.direction === 'both' || f.direction === direction)
  const required = fields.filter((f) => f.required)
  const shown = required.length ? required : fields.slice(0, 2)
  return Object.fromEntries(
    shown.map((f) => {
      if (segment.name === 'node' && f.name === 'content') return [f.name, [{ type: 'text', data: { text: '你好' } }]]
      const value = f.name in SEGMENT_VALUES ? SEGMENT_VALUES[f.name] : f.default ?? BY_TYPE[f.type.split(' | ')[0]!] ?? ''
      return [f.name, value]
    }),
  )
}

export const segmentJson = (segment: SegmentRecord): string =>
  JSON.stringify({ type: segment.name, data: segmentExampleData(segment) }, null, 2)

/** CQ-code escaping of a value: `&`, `[`, `]` and `,`. */
const cqEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/\[/g, '&#91;').replace(/\]/g, '&#93;').replace(/,/g, '&#44;')

/** The same segment as a CQ code, or undefined when a value is not a scalar (CQ codes cannot nest). */
export function segmentCqCode(segment: SegmentRecord): string | undefined {
  const data = Object.entries(segmentExampleData(segment))
  if (data.some(([, v]) => typeof v === 'object' && v !== null)) return undefined
  return `[CQ:${segment.name}${data.map(([k, v]) => `,${k}=${cqEscape(String(v))}`).join('')}]`
}

/** Plausible values for common event fields. */
const EVENT_VALUES: Record<string, unknown> = {
  group_id: 123456789,
  user_id: 10001000,
  operator_id: 10002000,
  target_id: 10003000,
  message_id: 1234567890,
  message: [{ type: 'text', data: { text: '你好' } }],
  raw_message: '你好',
  font: 0,
  duration: 600,
  comment: '我是小明',
  flag: '1700000000000000',
  interval: 5000,
  nickname: '小明',
  card: '',
  sex: 'unknown',
  age: 0,
  role: 'member',
}

/** Sets `a.b[].c` inside an object, creating what is on the way (an array path gets one item). */
function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const [head, ...rest] = path.split('.')
  const isArray = head!.endsWith('[]')
  const key = isArray ? head!.slice(0, -2) : head!
  if (!rest.length) {
    target[key] = isArray ? [value] : value
    return
  }
  if (isArray) {
    const list = (Array.isArray(target[key]) ? target[key] : (target[key] = [])) as Record<string, unknown>[]
    if (!list.length) list.push({})
    setPath(list[0]!, rest.join('.'), value)
    return
  }
  const child = typeof target[key] === 'object' && target[key] !== null ? target[key] : (target[key] = {})
  setPath(child as Record<string, unknown>, rest.join('.'), value)
}

/** An event as posted: the common fields, its type keys, its first sub_type and every canonical field. */
export function eventJson(event: EventRecord): string {
  const payload: Record<string, unknown> = {
    time: 1700000000,
    self_id: 10000000,
    post_type: event.post_type,
    [DETAIL_KEYS[event.post_type]]: event.detail_type,
  }
  const subType = event.sub_type ?? event.sub_types[0]?.name
  if (subType) payload.sub_type = subType
  for (const f of event.fields) {
    const leaf = f.name.split('.').pop()!.replace(/\[\]$/, '')
    const firstType = f.type.split(' | ')[0]!
    const value = leaf in EVENT_VALUES && !firstType.endsWith('[]') && firstType !== 'object' ? EVENT_VALUES[leaf] : firstType.endsWith('[]') ? [] : BY_TYPE[firstType] ?? null
    // A parent with listed children is built from them (`sender` from `sender.nickname`, `files` from `files[].name`).
    if (event.fields.some((o) => o.name.startsWith(`${f.name}.`) || o.name.startsWith(`${f.name}[].`))) continue
    setPath(payload, f.name, value)
  }
  return JSON.stringify(payload, null, 2)
}
