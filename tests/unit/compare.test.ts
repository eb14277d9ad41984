/** Compare A → B: each side's differences from the reference, composed and set against each other. */
import { describe, expect, it } from 'vitest'
import { compareStatements, composeFields, type Verdict } from '../../scripts/lib/compare.js'
import { behaviourRows, comparePair } from '../../scripts/lib/compare-data.js'
import { loadData, type Dataset } from '../../scripts/lib/load.js'
import { ROOT } from '../../scripts/lib/paths.js'
import type { FieldDiff, Implementation, Statement } from '../../scripts/lib/schema.js'
import type { DiffList, ReferenceField } from '../../scripts/lib/statements.js'

const names = { a: 'Alpha', b: 'Beta' }
const list = (key: 'params' | 'response' | 'fields', fields: Record<string, ReferenceField>): DiffList => ({
  key,
  reference: new Map(Object.entries(fields)),
  response: key === 'response',
})
// A small action: `id` (required) and `duration` (optional, default 1800) in, `message` out.
const lists = [
  list('params', { id: { type: 'string', required: true }, duration: { type: 'number', required: false, default: 1800 } }),
  list('response', { message: { type: 'message', required: true } }),
]
const full: Statement = { status: 'full' }
const major = (diffs: { params?: FieldDiff[]; response?: FieldDiff[] }): Statement => ({ status: 'major', note: '有差异。', ...diffs })
const compare = (a: Statement, b: Statement) => compareStatements(lists, a, b, names)
const texts = (v: Verdict | undefined) => v!.reasons.map((r) => r.text)

describe('composing one side’s differences onto the reference', () => {
  it('keeps reference fields, drops, renames and adds', () => {
    const fields = composeFields(lists[0]!, [
      { name: 'msg_id', change: 'renamed', from: 'id' },
      { name: 'duration', change: 'dropped' },
      { name: 'extra', change: 'added', type: 'boolean' },
    ])
    expect([...fields.byName.keys()]).toEqual(['msg_id', 'extra'])
    expect(fields.byName.get('msg_id')).toMatchObject({ key: 'id', reference: true, type: 'string', required: true })
    expect(fields.byName.get('extra')).toMatchObject({ key: 'extra', reference: false, required: false })
    expect([...fields.removed.keys()]).toEqual(['id', 'duration'])
  })
})

describe('compare A → B', () => {
  it('breaks when A renamed a response key and B keeps the reference name', () => {
    const a = major({ response: [{ name: 'messages', change: 'renamed', from: 'message' }] })
    const v = compare(a, full)
    expect(v?.group).toBe('breaks')
    expect(texts(v)).toEqual(['响应 `messages` 在 Beta 中叫 `message`，按原名读取取不到值'])
    expect(v?.reasons[0]?.breaks).toBe(true)
  })

  it('breaks the other way round too: A keeps the reference name, B renamed it', () => {
    const b = major({ response: [{ name: 'messages', change: 'renamed', from: 'message' }] })
    expect(texts(compare(full, b))).toEqual(['响应 `message` 在 Beta 中叫 `messages`，按原名读取取不到值'])
  })

  it('breaks when B renamed a required parameter A sends under the reference name', () => {
    const b = major({ params: [{ name: 'message_id', change: 'renamed', from: 'id' }] })
    const v = compare(full, b)
    expect(v?.group).toBe('breaks')
    expect(texts(v)).toEqual(['参数 `id` 在 Beta 中叫 `message_id`，只传原名时调用会失败'])
  })

  it('finds nothing when both renamed the same way', () => {
    const renamed = major({ response: [{ name: 'messages', change: 'renamed', from: 'message' }] })
    expect(compare(renamed, renamed)).toEqual({ group: 'same', reasons: [{ text: '两边与参考的差异相同' }] })
  })

  it('breaks when B adds a required parameter A does not have, or requires an optional one', () => {
    const added = major({ params: [{ name: 'group_id', change: 'added', type: 'number', required: true }] })
    expect(compare(full, added)?.group).toBe('breaks')
    expect(texts(compare(full, added))).toEqual(['参数 `group_id`：Beta 必填，Alpha 没有这个参数'])
    const required = major({ params: [{ name: 'duration', change: 'required' }] })
    expect(texts(compare(full, required))).toEqual(['参数 `duration`：Beta 必填，Alpha 可省略'])
  })

  it('does not count an optional parameter only B adds: a bot on A never sends it', () => {
    const b: Statement = { status: 'minor', note: '多一个可选参数。', params: [{ name: 'style', change: 'added', type: 'string' }] }
    expect(compare(full, b)).toEqual({ group: 'same', reasons: [{ text: 'Beta 的差异不影响按 Alpha 写的调用' }] })
  })

  it('says a parameter B ignores behaves differently', () => {
    const b = major({ params: [{ name: 'duration', change: 'ignored', note: '不读取' }] })
    const v = compare(full, b)
    expect(v?.group).toBe('differs')
    expect(v?.reasons).toEqual([{ text: '参数 `duration`：Beta 接受但忽略', note: 'Beta：不读取' }])
  })

  it('says a default that differs behaves differently, with both values', () => {
    const b = major({ params: [{ name: 'duration', change: 'default', default: 0 }] })
    const v = compare(full, b)
    expect(v?.group).toBe('differs')
    expect(texts(v)).toEqual(['参数 `duration` 默认值不同：Alpha 为 `1800`，Beta 为 `0`'])
  })

  it('breaks when omitting a parameter makes B do the opposite of A (a reversed default)', () => {
    const b = major({ params: [{ name: 'duration', change: 'default', default: 0, reverses: true, note: '省略时解除禁言' }] })
    const v = compare(full, b)
    expect(v?.group).toBe('breaks')
    expect(texts(v)).toEqual(['参数 `duration`：省略时 Beta 的做法与 Alpha 相反（Alpha 为 `1800`，Beta 为 `0`）'])
    expect(compare(b, b)?.group).toBe('same')
  })

  it('breaks on a returned key B does not return, and on a returned type a bot on A does not expect', () => {
    expect(texts(compare(full, major({ response: [{ name: 'message', change: 'dropped' }] })))).toEqual(['响应 `message` Beta 不返回'])
    const retyped = compare(full, major({ response: [{ name: 'message', change: 'retyped', type: 'string | object' }] }))
    expect(retyped?.group).toBe('breaks')
    expect(texts(retyped)).toEqual(['响应 `message` 类型不同：Alpha 为 `message`，Beta 为 `string | object`'])
  })

  it('accepts a parameter type B widens, but not one it narrows', () => {
    const wide = major({ params: [{ name: 'id', change: 'retyped', type: 'string | number' }] })
    expect(compare(full, wide)?.group).not.toBe('breaks')
    expect(compare(wide, full)?.group).toBe('breaks')
  })

  it('says an extension only A returns or accepts behaves differently on B', () => {
    const a = major({ params: [{ name: 'message_id', change: 'added', type: 'string' }], response: [{ name: 'time', change: 'added', type: 'number' }] })
    const v = compare(a, full)
    expect(v?.group).toBe('differs')
    expect(texts(v)).toEqual(['参数 `message_id` 是 Alpha 的扩展，Beta 不支持，传入不起作用', '响应 `time` 是 Alpha 的扩展，Beta 不返回'])
  })

  it('breaks when only A supports it, or B has a stub; B-only support is gained; neither is left out', () => {
    const none: Statement = { status: 'none' }
    expect(compare(full, none)).toEqual({ group: 'breaks', reasons: [{ text: 'Beta 未实现', breaks: true }], unavailable: true })
    const stub: Statement = { status: 'major', kind: 'stub', note: '什么也不做。' }
    expect(compare(full, stub)?.reasons).toEqual([{ text: 'Beta 是空实现：已注册但不做实事', note: '什么也不做。', breaks: true }])
    expect(compare(none, full)).toEqual({ group: 'gained', reasons: [{ text: 'Alpha 未实现' }] })
    expect(compare(none, none)).toBeUndefined()
  })

  it('quotes the note when only a note says what differs', () => {
    const b: Statement = { status: 'major', note: '结果被丢弃，始终返回 ok。另有说明。' }
    expect(compare(full, b)).toEqual({ group: 'differs', reasons: [{ text: 'Beta 另有差异：结果被丢弃，始终返回 ok。' }] })
  })

  it('breaks when B accepts a segment only in forward messages', () => {
    const fields = [list('fields', { id: { type: 'string', required: true } })]
    const v = compareStatements(fields, full, { status: 'major', note: '只在转发中。', route: 'forward_api_only' }, names)
    expect(texts(v)).toEqual(['Beta 只在合并转发接口中接受，放进普通消息会失败'])
  })
})

describe('compare A → B on events', () => {
  const eventFields = [list('fields', { group_id: { type: 'number', required: true } })]
  const emits = (sub_types: string[], more: Partial<Statement> = {}): Statement => ({ status: 'minor', note: '有差异。', sub_types, ...more })
  const compareEvent = (a: Statement, b: Statement) => compareStatements(eventFields, a, b, names)

  it('breaks when B never emits a sub_type A emits, or sends it under another name', () => {
    expect(texts(compareEvent(emits(['ban', 'lift_ban']), emits(['ban'])))).toEqual(['子类型 `lift_ban`：Beta 不发出'])
    const renamed = emits(['ban', 'lift'], { sub_type_renames: [{ from: 'lift_ban', to: 'lift' }] })
    const v = compareEvent(emits(['ban', 'lift_ban']), renamed)
    expect(v?.group).toBe('breaks')
    expect(texts(v)).toEqual(['子类型 `lift_ban` 在 Beta 中叫 `lift`，按原名判断收不到'])
  })

  it('finds nothing when both rename the same way, and says a sub_type only B emits is new', () => {
    const renamed = emits(['lift'], { sub_type_renames: [{ from: 'lift_ban', to: 'lift' }] })
    expect(compareEvent(renamed, renamed)?.group).toBe('same')
    expect(texts(compareEvent(emits(['leave']), emits(['leave', 'disband'])))).toEqual(['Beta 另发出子类型 `disband`'])
  })

  it('says an event B delivers only on some channels may not reach the bot', () => {
    expect(texts(compareEvent(full, { status: 'minor', note: '只走 WebSocket。', channels: ['ws'] }))).toEqual(['Beta 只经 ws 发出'])
    expect(compareEvent({ status: 'minor', note: 'ws', channels: ['ws'] }, { status: 'minor', note: 'ws', channels: ['ws', 'ws-reverse'] })?.group).toBe('same')
  })
})

describe('implementation-wide behaviours', () => {
  const impl = (behaviours: Implementation['behaviours']) => ({ behaviours }) as Implementation
  it('pairs both sides by topic, in the topics’ order, leaving out topics neither recorded', () => {
    const a = impl([{ topic: 'echo 字段', summary: 'A 原样回传' }, { topic: '消息 ID', summary: 'A 自造 ID' }])
    const b = impl([{ topic: '消息 ID', summary: 'B 哈希' }])
    expect(behaviourRows(a, b)).toEqual([
      { topic: '消息 ID', a: [{ summary: 'A 自造 ID', source: undefined }], b: [{ summary: 'B 哈希', source: undefined }] },
      { topic: 'echo 字段', a: [{ summary: 'A 原样回传', source: undefined }], b: [] },
    ])
  })
})

describe('on the real data', () => {
  const dataset = loadData(ROOT).dataset as Dataset

  it('go-cqhttp → Lagrange.OneBot: get_forward_msg breaks on messages → message', () => {
    const pair = comparePair(dataset, 'go-cqhttp', 'lagrange')
    const item = pair.items.find((e) => e.name === 'get_forward_msg')!
    expect(item.group).toBe('breaks')
    expect(item.reasons.some((r) => r.breaks && r.text.includes('`messages`') && r.text.includes('`message`'))).toBe(true)
  })

  it('go-cqhttp → tanebi: notice.group_ban breaks on lift_ban, which tanebi sends as lift', () => {
    const item = comparePair(dataset, 'go-cqhttp', 'tanebi').items.find((e) => e.name === 'notice.group_ban')!
    expect(item.kind).toBe('事件')
    expect(item.path).toBe('/events/notice/group_ban')
    expect(item.group).toBe('breaks')
    expect(item.reasons.some((r) => r.breaks && r.text.includes('`lift_ban`') && r.text.includes('`lift`'))).toBe(true)
  })

  it('puts the implementation-wide behaviours first and orders items worst first, each with a reason', () => {
    const pair = comparePair(dataset, 'napcat', 'llonebot')
    expect(pair.behaviours.map((r) => r.topic).slice(0, 2)).toEqual(['消息 ID', 'CQ 码字符串'])
    const groups = pair.items.map((e) => ['breaks', 'differs', 'same', 'gained'].indexOf(e.group))
    expect(groups).toEqual([...groups].sort((x, y) => x - y))
    expect(pair.items.every((e) => e.reasons.length > 0 && e.reasons.every((r) => r.text.trim()))).toBe(true)
    expect(Object.values(pair.counts).reduce((x, y) => x + y)).toBe(pair.items.length)
  })
})
