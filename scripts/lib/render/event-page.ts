/** What an event page adds to the shared skeleton: the field table, the sub_type × implementation grid and a payload. */
import type { Dataset, EventRecord } from '../load.js'
import { DETAIL_KEYS, type Implementation, type Statement } from '../schema.js'
import { isSupported, originInfo, POST_TYPE_TITLES, subTypeUse } from '../model.js'
import { eventPath, postTypeAnchor } from '../slug.js'
import { cell, code, table, text } from './markdown.js'
import { eventJson } from './example.js'
import { renderFeaturePage, type PageParts } from './feature-page.js'
import { CHANNEL_LABEL, describeDiff } from './statement.js'

/** The keys every event of this kind carries, in the order they are posted. */
const typeKeys = (event: EventRecord): string[] => [
  `${code('post_type')} = ${code(event.post_type)}`,
  `${code(DETAIL_KEYS[event.post_type])} = ${code(event.detail_type)}`,
  ...(event.sub_type ? [`${code('sub_type')} = ${code(event.sub_type)}`] : []),
]

function fieldTable(event: EventRecord): string {
  const common = `每个事件都带有 ${code('time')}（秒级时间戳）、${code('self_id')}（机器人 QQ 号）以及 ${typeKeys(event).join('、')}${event.sub_types.length ? `、${code('sub_type')}（见[子类型](#sub-types)）` : ''}。`
  if (!event.fields.length) return `${common}除此之外没有字段。`
  return [common, '', table(['名称', '类型', '说明'], event.fields.map((f) => [code(f.name), code(f.type), cell(f.description)]))].join('\n')
}

/**
 * How one implementation treats one sub_type, as the page's grid and the matrix's sub_type rows draw it:
 * emitted, emitted under another name, not emitted, or the whole event never emitted. `who` names the
 * implementation in the title where no column header says it nearby (the matrix).
 */
export function subTypeCell(s: Statement, name: string, who?: string): string {
  if (!isSupported(s)) return '<span class="sub sub-off" title="不发出这个事件">—</span>'
  const use = subTypeUse(s, name)
  if (use.use === 'emitted') return `<span class="sub sub-yes" title="${who ? `${who} 发出 ${name}` : '发出'}">✓</span>`
  if (use.use === 'renamed') return `<span class="sub sub-renamed" title="${who ? `${who} 以 ${use.to} 发出` : '以另一个名称发出'}">→ ${code(use.to)}</span>`
  return `<span class="sub sub-no" title="${who ? `${who} 不发出 ${name}` : '不发出'}">✕</span>`
}

function subTypeGrid(event: EventRecord, dataset: Dataset): string {
  const impls = dataset.implementations
  const declared = new Set(event.sub_types.map((t) => t.name))
  const rows = event.sub_types.map((t) => [
    code(t.name),
    cell(t.description),
    originInfo(t.origin, impls).short,
    ...impls.map((i) => subTypeCell(event.support[i.id]!, t.name)),
  ])
  // Names an implementation sends that no declared sub_type is known by are listed by the rule, so every
  // emitted name is either a row here or the new name of one.
  const extra = impls.flatMap((i) => (event.support[i.id]!.sub_types ?? []).filter((n) => !declared.has(n)))
  return [
    `${code('sub_type')} 的取值，以及每个实现是否发出：✓ 发出，→ 以另一个名称发出，✕ 不发出，— 整个事件都不发出。`,
    '',
    table(['子类型', '含义', '来源', ...impls.map((i) => cell(i.name))], rows, ['l', 'l', 'l', ...impls.map(() => 'c' as const)]),
    ...(extra.length ? ['', `表中“→”后的名称（${[...new Set(extra)].map(code).join('、')}）不是标准名称，只有对应实现这样发出。`] : []),
  ].join('\n')
}

function eventSections(event: EventRecord, dataset: Dataset): string {
  return [
    '## 字段 {#fields}',
    '',
    fieldTable(event),
    ...(event.sub_types.length ? ['', '## 子类型 {#sub-types}', '', subTypeGrid(event, dataset)] : []),
    '',
    '## 示例 {#example}',
    '',
    `按标准字段上报的一个 ${code(event.name)} 事件：`,
    '',
    '```json',
    eventJson(event),
    '```',
  ].join('\n')
}

function eventStatementDetails(event: EventRecord) {
  return (impl: Implementation, s: Statement): string[] => {
    const out: string[] = []
    if (s.sub_types?.length) out.push('', `**发出的子类型**：${s.sub_types.map(code).join('、')}`)
    for (const r of s.sub_type_renames ?? []) out.push('', `**子类型改名**：标准的 ${code(r.from)} 以 ${code(r.to)} 发出。`)
    if (s.channels) out.push('', `**发送渠道**：只经 ${s.channels.map((c) => CHANNEL_LABEL[c]).join('、')} 发出。`)
    if (s.fields?.length) out.push('', `${impl.name} 上报的字段与标准的差异：`, '', ...s.fields.map((d) => `- ${text(describeDiff(d))}`))
    if (isSupported(s) && event.fields.length && !s.fields?.length) out.push('', '字段与上表一致。')
    return out
  }
}

export function renderEventPage(event: EventRecord, dataset: Dataset, lastUpdated?: string): string {
  const emitting = dataset.implementations.filter((i) => isSupported(event.support[i.id]!)).length
  const group = `[${POST_TYPE_TITLES[event.post_type]}](/events#${postTypeAnchor(event.post_type)})`
  const parts: PageParts = {
    place: group,
    extraSummary: ['', `**上报时的类型字段**：${typeKeys(event).join('，')}`],
    sections: eventSections(event, dataset),
    statementDetails: eventStatementDetails(event),
    noneText: (impl) => `在审计的提交中，${impl.name} 不会上报 ${code(event.name)} 事件。`,
    back: `[返回事件矩阵](/events#${postTypeAnchor(event.post_type)})`,
    description: `${event.title}事件（${event.name}）：${dataset.implementations.length} 个实现中 ${emitting} 个会上报，各实现发出的子类型、字段差异与源码出处。`,
    pageClass: 'api-page event-page',
  }
  return renderFeaturePage(event, dataset, parts, lastUpdated)
}

export const eventPageFile = (event: EventRecord): string => `${eventPath(event.name).slice(1)}.md`
