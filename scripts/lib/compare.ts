/**
 * Compare A → B: what changes for a bot written against implementation A when it runs on B, for one
 * statement of one feature. Each side records its differences from the reference, so each side's
 * differences are first composed onto the reference fields to get what that side really accepts or
 * returns; the two results are then matched by wire name, or by the reference field both stand for
 * when one side renamed it. Pure: statements in, verdict out.
 */
import { isSupported } from './model.js'
import type { FieldDiff, Route, Statement } from './schema.js'
import { sameType, type DiffList } from './statements.js'
import { CHANGE_LABEL, DIFF_LIST_LABEL, noteLead } from './render/statement.js'
import { code } from './render/markdown.js'

/** How much moving from A to B matters for one feature, worst first; `gained` is on B only. */
export const GROUPS = ['breaks', 'differs', 'same', 'gained'] as const
export type Group = (typeof GROUPS)[number]
type Severity = 'breaks' | 'differs'

/** One line of why, in Chinese, with wire names as markdown code spans; `note` is the data's own explanation. */
export interface Reason {
  text: string
  note?: string
  /** This reason alone makes the feature break (the others only make it behave differently). */
  breaks?: true
}

export interface Verdict {
  group: Group
  reasons: Reason[]
  /** B cannot be used for it at all (not implemented or a stub), as opposed to differing in its fields. */
  unavailable?: true
}

/** The two implementations' display names, for the reasons' prose. */
export interface Names {
  a: string
  b: string
}

type Json = string | number | boolean | null

/** A field as one side really has it, after its differences are applied to the reference. */
export interface Field {
  name: string
  /** The reference field it stands for, or its own name when the side added it. */
  key: string
  reference: boolean
  type?: string
  required: boolean
  default?: Json
  ignored: boolean
  /** Leaving it out makes the call do the opposite of the reference's default. */
  reverses?: boolean
  /** How its values differ from the reference's, when they do. */
  value?: string
  /** Notes of the differences that shaped it. */
  notes: string[]
}

export interface Fields {
  byName: Map<string, Field>
  /** Reference fields this side dropped or renamed away, with the notes of those differences. */
  removed: Map<string, string[]>
}

/** The fields one side accepts (or returns): the reference's, with the side's differences applied. */
export function composeFields(list: DiffList, diffs: readonly FieldDiff[] = []): Fields {
  const byName = new Map<string, Field>()
  for (const [name, r] of list.reference) {
    byName.set(name, { name, key: name, reference: true, type: r.type, required: r.required, default: r.default, ignored: false, notes: [] })
  }
  const removed = new Map<string, string[]>()
  const notes = (d: FieldDiff) => (d.note ? [d.note] : [])
  for (const d of diffs) {
    if (d.change === 'dropped') {
      byName.delete(d.name)
      removed.set(d.name, notes(d))
      continue
    }
    let field = byName.get(d.name)
    if (d.change === 'added') {
      field = { name: d.name, key: d.name, reference: false, required: false, ignored: false, notes: [] }
    } else if (d.change === 'renamed' && d.from) {
      const base = byName.get(d.from)
      byName.delete(d.from)
      removed.set(d.from, notes(d))
      field = { ...(base ?? { key: d.from, reference: true, required: false, ignored: false }), name: d.name, notes: [] }
    }
    if (!field) continue // validation guarantees the field exists; nothing to compose otherwise
    if (d.type) field.type = d.type
    if (d.required !== undefined) field.required = d.required
    if (d.default !== undefined) field.default = d.default
    if (d.change === 'required') field.required = true
    if (d.change === 'optional') field.required = false
    if (d.change === 'ignored') field.ignored = true
    if (d.change === 'value') field.value = d.note ?? CHANGE_LABEL.value
    if (d.reverses) field.reverses = true
    field.notes = [...field.notes, ...notes(d)]
    byName.set(d.name, field)
  }
  return { byName, removed }
}

/** Every type of `inner` is one of `outer`'s (`any` takes everything). */
function typesWithin(inner: string, outer: string): boolean {
  const outerTypes = outer.split(' | ')
  return inner.split(' | ').every((t) => outerTypes.some((u) => u === 'any' || sameType(t, u)))
}

const show = (v: Json | undefined) => (v === undefined ? '无' : code(JSON.stringify(v)))

/** The notes behind a reason, each said by whose it is. */
function notesOf(names: Names, a: readonly string[] = [], b: readonly string[] = []): string | undefined {
  const parts = [...b.map((n) => `${names.b}：${n}`), ...a.map((n) => `${names.a}：${n}`)]
  return parts.length ? parts.join('；') : undefined
}

interface Finding {
  severity: Severity
  text: string
  note?: string
}

/** What changes for one field A has and B has under the same name. */
function compareField(list: DiffList, f: Field, g: Field, names: Names): Finding[] {
  const label = `${DIFF_LIST_LABEL[list.key]} ${code(f.name)}`
  const found: Finding[] = []
  const note = notesOf(names, f.notes, g.notes)
  if (f.type && g.type) {
    // A sent value must be one B takes; a returned value must be one the bot on A already handles.
    const fits = list.response ? typesWithin(g.type, f.type) : typesWithin(f.type, g.type)
    const text = `${label} ${CHANGE_LABEL.retyped}：${names.a} 为 ${code(f.type)}，${names.b} 为 ${code(g.type)}`
    if (!fits) found.push({ severity: 'breaks', text })
  }
  // The value notes are among the fields' notes, which say whose value differs.
  if (f.value !== g.value) found.push({ severity: 'differs', text: `${label} ${CHANGE_LABEL.value}` })
  if (list.response) {
    if (f.required && !g.required) found.push({ severity: 'differs', text: `${label}：${names.b} 可能不返回` })
  } else {
    if (g.required && !f.required) found.push({ severity: 'breaks', text: `${label}：${names.b} 必填，${names.a} 可省略` })
    if (g.ignored && !f.ignored) found.push({ severity: 'differs', text: `${label}：${names.b} ${CHANGE_LABEL.ignored}` })
    if (f.ignored && !g.ignored) found.push({ severity: 'differs', text: `${label}：${names.a} 忽略，${names.b} 会按传入的值处理` })
    // A default only matters when the bot leaves the field out, which it cannot when either side requires it.
    if (!f.required && !g.required && !f.reverses !== !g.reverses) {
      // One side does the opposite of the other when the bot leaves the field out.
      const text = `${label}：省略时 ${names.b} 的做法与 ${names.a} 相反（${names.a} 为 ${show(f.default)}，${names.b} 为 ${show(g.default)}）`
      found.push({ severity: 'breaks', text })
    } else if (JSON.stringify(f.default) !== JSON.stringify(g.default) && !f.required && !g.required) {
      const text = `${label} ${CHANGE_LABEL.default}：${names.a} 为 ${show(f.default)}，${names.b} 为 ${show(g.default)}`
      found.push({ severity: 'differs', text })
    }
  }
  // One field's notes are said once, on its first line.
  if (found[0] && note) found[0].note = note
  return found
}

/** What changes in one list of fields (parameters, response, or a segment's fields one way). */
function compareFields(list: DiffList, a: Fields, b: Fields, names: Names): Finding[] {
  const what = DIFF_LIST_LABEL[list.key]
  const found: Finding[] = []
  const sameReference = (f: Field, g: Field) => f.reference && g.reference && f.key === g.key
  for (const f of a.byName.values()) {
    const g = b.byName.get(f.name)
    if (g) {
      found.push(...compareField(list, f, g, names))
      continue
    }
    const renamed = [...b.byName.values()].find((x) => sameReference(f, x))
    const label = `${what} ${code(f.name)}`
    if (renamed) {
      const note = notesOf(names, f.notes, renamed.notes)
      const fails = list.response || f.required || renamed.required
      const effect = list.response ? '按原名读取取不到值' : renamed.required ? '只传原名时调用会失败' : '按原名传入不起作用'
      found.push({ severity: fails ? 'breaks' : 'differs', text: `${label} 在 ${names.b} 中叫 ${code(renamed.name)}，${effect}`, note })
      continue
    }
    if (f.ignored) continue // the bot on A got nothing from it, so losing it changes nothing
    const note = notesOf(names, f.notes, b.removed.get(f.name))
    const extension = f.reference ? '' : `是 ${names.a} 的扩展，`
    if (list.response) {
      // A reference field is what any bot reads; an extension only matters to bots that use it.
      const severity: Severity = f.reference && f.required ? 'breaks' : 'differs'
      found.push({ severity, text: `${label} ${extension}${names.b} 不返回`, note })
    } else {
      found.push({ severity: 'differs', text: `${label} ${extension}${names.b} ${CHANGE_LABEL.dropped}，传入不起作用`, note })
    }
  }
  if (!list.response) {
    for (const g of b.byName.values()) {
      const known = a.byName.has(g.name) || [...a.byName.values()].some((f) => sameReference(f, g))
      if (!g.required || known) continue
      const text = `${what} ${code(g.name)}：${names.b} 必填，${names.a} 没有这个${what}`
      found.push({ severity: 'breaks', text, note: notesOf(names, [], g.notes) })
    }
  }
  return found
}

/** The sub_types one side emits, keyed by the declared name each stands for (a renamed one by its `from`). */
function emittedSubTypes(s: Statement): Map<string, string> {
  const byReference = new Map<string, string>()
  for (const name of s.sub_types ?? []) byReference.set(s.sub_type_renames?.find((r) => r.to === name)?.from ?? name, name)
  return byReference
}

/**
 * What changes in an event's sub_types: a bot that matches on a sub_type A emits never sees it on B when
 * B leaves it out or sends it under another name; one B adds is new to the bot.
 */
function compareSubTypes(a: Statement, b: Statement, names: Names): Finding[] {
  if (!a.sub_types && !b.sub_types) return []
  const [fromA, fromB] = [emittedSubTypes(a), emittedSubTypes(b)]
  const found: Finding[] = []
  for (const [key, name] of fromA) {
    const other = fromB.get(key)
    if (other === undefined) found.push({ severity: 'breaks', text: `子类型 ${code(name)}：${names.b} 不发出` })
    else if (other !== name) found.push({ severity: 'breaks', text: `子类型 ${code(name)} 在 ${names.b} 中叫 ${code(other)}，按原名判断收不到` })
  }
  const added = [...fromB].filter(([key]) => !fromA.has(key)).map(([, name]) => code(name))
  if (added.length) found.push({ severity: 'differs', text: `${names.b} 另发出子类型 ${added.join('、')}` })
  return found
}

/** Delivery channels: an event B sends on fewer channels than A may never reach a bot connected another way. */
function compareChannels(a: Statement, b: Statement, names: Names): Finding[] {
  if (!b.channels) return []
  const narrower = !a.channels || a.channels.some((c) => !b.channels!.includes(c))
  return narrower ? [{ severity: 'differs', text: `${names.b} 只经 ${b.channels.join('、')} 发出` }] : []
}

const ROUTE_REASON: Record<Route, string> = {
  forward_api_only: '只在合并转发接口中接受，放进普通消息会失败',
  sole_segment: '只能单独成为一条消息，与其他段混发会失败',
}

/** Why a side cannot be used at all (not implemented, or a stub), or undefined when it can. */
function unavailable(s: Statement, name: string): Reason | undefined {
  if (s.status === 'none') return { text: s.via ? `${name} 不接收该类型，内容以 ${code(s.via)} 段到达` : `${name} 未实现` }
  if (s.kind === 'stub') return reason(`${name} 是空实现：已注册但不做实事`, noteLead(s.note))
  if (s.status === 'unknown') return { text: `${name} 未审计，无法确认` }
  return undefined
}

const reason = (text: string, note?: string): Reason => (note ? { text, note } : { text })

/** A note's markdown links as their text: a reason is one line of text with code spans. */
const plain = (markdown: string) => markdown.replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')

/** Levels of difference from the reference, to tell which side's note explains a difference. */
const DISTANCE: Record<string, number> = { full: 0, minor: 1, major: 2 }

/**
 * What changes for a bot written against A when it runs on B, for one statement pair. Undefined when
 * neither side supports it. `lists` are the feature's lists of fields in this cell (`diffLists`).
 */
export function compareStatements(lists: readonly DiffList[], a: Statement, b: Statement, names: Names): Verdict | undefined {
  if (!isSupported(a)) return isSupported(b) ? { group: 'gained', reasons: [unavailable(a, names.a)!] } : undefined
  const missing = unavailable(b, names.b)
  // Not audited is not known to be missing: it differs, it does not break.
  if (missing && b.status === 'unknown') return { group: 'differs', reasons: [missing] }
  if (missing) return { group: 'breaks', reasons: [{ ...missing, breaks: true }], unavailable: true }

  const found = [
    ...compareSubTypes(a, b, names),
    ...lists.flatMap((list) => compareFields(list, composeFields(list, a[list.key]), composeFields(list, b[list.key]), names)),
    ...compareChannels(a, b, names),
  ]
  if (b.route && b.route !== a.route) found.push({ severity: 'breaks', text: `${names.b} ${ROUTE_REASON[b.route]}` })
  if (b.kind === 'debug' && a.kind !== 'debug') found.push({ severity: 'differs', text: `${names.b} 中仅供调试`, note: noteLead(b.note) })
  if (found.length) {
    // Breaking reasons first, so the first line says the worst.
    const ordered = [...found.filter((f) => f.severity === 'breaks'), ...found.filter((f) => f.severity === 'differs')]
    const reasons = ordered.map((f) => (f.severity === 'breaks' ? { ...reason(f.text, f.note), breaks: true as const } : reason(f.text, f.note)))
    return { group: ordered[0]!.severity, reasons }
  }
  // No field tells them apart: the same status means the same recorded differences from the reference.
  if (a.status === b.status) {
    return { group: 'same', reasons: [{ text: a.status === 'full' ? '两边都按参考实现' : '两边与参考的差异相同' }] }
  }
  const bFurther = (DISTANCE[b.status] ?? 0) > (DISTANCE[a.status] ?? 0)
  const [further, name] = bFurther ? [b, names.b] : [a, names.a]
  // A minor status whose differences are all recorded, none of which touched the bot, changes nothing;
  // otherwise only the note says what differs: quote its first sentence.
  if (further.status === 'minor' && lists.some((list) => further[list.key]?.length)) {
    return { group: 'same', reasons: [{ text: `${name} 的差异不影响按 ${names.a} 写的调用` }] }
  }
  const lead = plain(noteLead(further.note) ?? '见说明')
  const text = bFurther ? `${names.b} 另有差异：${lead}` : `${names.a} 的差异在 ${names.b} 上没有：${lead}`
  return { group: 'differs', reasons: [{ text }] }
}
