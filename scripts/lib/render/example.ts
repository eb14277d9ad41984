/** A request example for an API page, derived from its canonical parameters. */
import type { ApiRecord } from '../load.js'
import type { Param } from '../schema.js'

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
