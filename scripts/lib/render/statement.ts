/** How one support statement reads, whatever kind of feature it belongs to: status line, differences, note. */
import type { DiffListKey, FieldDiff, Implementation, Statement } from '../schema.js'
import { DIFF_LISTS, PERMALINK } from '../schema.js'
import { expectedSubTypes, subTypeUse, type CellMark } from '../model.js'
import type { FeatureRecord } from '../kinds.js'
import { markChip, markLabel } from './mark.js'
import { code, shortCommit } from './markdown.js'

/** What each kind of change is called in prose. */
export const CHANGE_LABEL: Record<FieldDiff['change'], string> = {
  added: '新增',
  dropped: '不支持',
  renamed: '改名',
  retyped: '类型不同',
  required: '改为必填',
  optional: '改为可选',
  ignored: '接受但忽略',
  default: '默认值不同',
  value: '取值不同',
}

/** What each list of differences is called in prose. */
export const DIFF_LIST_LABEL: Record<DiffListKey, string> = { params: '参数', response: '响应', fields: '字段' }

/** What a diff says about its field, without the kind of change, e.g. "`message_id` → `message_seq`". */
function diffDetail(d: FieldDiff): string {
  const field = d.change === 'renamed' && d.from ? `${code(d.from)} → ${code(d.name)}` : code(d.name)
  const details: string[] = []
  if (d.type && d.change !== 'renamed') details.push(code(d.type))
  if (d.required !== undefined) details.push(d.required ? '必填' : '可选')
  // A null default on an added field: nothing is sent or set unless the caller gives it.
  if (d.default === null && d.change === 'added') details.push('默认不传')
  else if (d.default !== undefined) details.push(`默认 ${code(JSON.stringify(d.default))}${d.reverses ? '，与参考相反' : ''}`)
  if (d.note) details.push(d.note)
  if (d.when) details.push(`条件：${d.when}`)
  return details.length ? `${field}（${details.join('，')}）` : field
}

/** One line summing up a diff, e.g. "改名：`message_id` → `message_seq`". */
export function describeDiff(d: FieldDiff): string {
  return `${CHANGE_LABEL[d.change]}：${diffDetail(d)}`
}

/** Where events can be delivered, in prose. */
export const CHANNEL_LABEL: Record<NonNullable<Statement['channels']>[number], string> = {
  'http-post': 'HTTP POST',
  ws: '正向 WebSocket',
  'ws-reverse': '反向 WebSocket',
  sse: 'SSE',
}

/** What an event's statement leaves out or renames among the sub_types expected of it, and where it is delivered. */
function eventLines(feature: FeatureRecord, s: Statement): string[] {
  if (feature.kind !== 'event' || s.status === 'none' || s.status === 'unknown') return []
  const uses = expectedSubTypes(feature).map((t) => ({ name: t.name, use: subTypeUse(s, t.name) }))
  const missing = uses.filter((u) => u.use.use === 'missing').map((u) => code(u.name))
  const renamed = uses.flatMap((u) => (u.use.use === 'renamed' ? [`${code(u.name)} → ${code(u.use.to)}`] : []))
  return [
    ...(renamed.length ? [`子类型改名：${renamed.join('、')}`] : []),
    ...(missing.length ? [`不发出子类型：${missing.join('、')}`] : []),
    ...(s.channels ? [`只经 ${s.channels.map((c) => CHANNEL_LABEL[c]).join('、')} 发出`] : []),
  ]
}

/**
 * A statement's differences in a few lines, one per kind of change, e.g.
 * "响应取值不同：`age`（恒为 0）、`area`（恒为空串）"; for an event, first the sub_types it renames or leaves out.
 */
export function summarizeDiffs(feature: FeatureRecord, s: Statement): string[] {
  const groups = new Map<string, string[]>()
  for (const key of DIFF_LISTS) {
    for (const d of s[key] ?? []) {
      const label = `${DIFF_LIST_LABEL[key]}${CHANGE_LABEL[d.change]}`
      groups.set(label, [...(groups.get(label) ?? []), diffDetail(d)])
    }
  }
  return [...eventLines(feature, s), ...[...groups].map(([label, details]) => `${label}：${details.join('、')}`)]
}

export function sourceLabel(url: string): string {
  const m = url.match(PERMALINK)
  return m ? `${m[3]}#L${m[4]}` : url
}

/** Status, kind, first version, source and audited commit, on one line. */
export function statusLine(mark: CellMark, impl: Implementation, s: Statement): string {
  const parts = [`**状态**：${markChip(mark, '')} ${markLabel(mark)}`]
  if (s.kind === 'stub') parts.push('已注册但不做实事')
  if (s.kind === 'debug') parts.push('仅供调试或测试')
  if (s.since) parts.push(`**起始版本**：${sinceText(s)}`)
  if (s.when) parts.push(`**条件**：${s.when}`)
  if (s.source) parts.push(`**源码**：[${code(sourceLabel(s.source))}](${s.source})`)
  parts.push(`**审计提交**：[${shortCommit(impl.audit.commit)}](https://github.com/${impl.repository}/tree/${impl.audit.commit})（${impl.audit.date}）`)
  return parts.join(' · ')
}

/** Since which release, in words: `自 v4.2.0 起`, `v1.0.0 及更早`, with earlier runs of releases unless left out. */
export function sinceText(s: Statement, history = true): string {
  if (!s.since) return ''
  const since = s.since.startsWith('≤') ? `${s.since.slice(1)} 及更早的版本就有` : `自 ${s.since} 起`
  const earlier = history ? s.since_history?.map((r) => (r.from === r.until ? r.from : `${r.from}–${r.until}`)) : undefined
  return earlier?.length ? `${since}（此前 ${earlier.join('、')} 也有，之后一度移除）` : since
}

/** The first sentence of a note, for a table cell: what differs when no field difference says it. */
export function noteLead(note: string | undefined): string | undefined {
  const lead = note?.split('\n\n').find((p) => p.trim() && !p.startsWith('处理逻辑见'))?.trim()
  if (!lead) return undefined
  const end = lead.indexOf('。')
  return end === -1 ? lead : lead.slice(0, end + 1)
}

/** What differs, in one table cell's worth of markdown (not yet escaped for a cell). */
export function diffSummary(feature: FeatureRecord, s: Statement): string | undefined {
  const diffs = summarizeDiffs(feature, s)
  if (diffs.length) return diffs.join('；')
  if (s.kind === 'stub') return '空实现'
  if (s.kind === 'debug') return '仅供调试'
  if (s.status === 'none') return s.via ? `未实现，内容以 ${code(s.via)} 段到达` : '未实现'
  if (s.status === 'unknown') return '未审计'
  return s.status === 'full' ? undefined : noteLead(s.note)
}
