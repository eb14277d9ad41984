/** One page per API: summary, canonical tables, request example, per-implementation support and notes. */
import type { ApiRecord, Dataset } from '../load.js'
import type { FieldDiff, Implementation, Param, Support } from '../schema.js'
import { PERMALINK } from '../schema.js'
import { isSupportedStatus, legendEntry, originInfo, shownIcon } from '../model.js'
import { apiPath, categoryAnchor, implAnchor, implPath } from '../slug.js'
import { cell, code, frontMatter, shortCommit, table, text } from './markdown.js'
import { requestExample } from './example.js'

const CHANGE_LABEL: Record<FieldDiff['change'], string> = {
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

const yesNo = (b: boolean) => (b ? '是' : '否')
const shownDefault = (v: unknown) => (v === undefined ? '—' : code(JSON.stringify(v)))

function paramRows(params: Param[]): string[][] {
  return params.map((p) => [code(p.name), code(p.type), yesNo(p.required), shownDefault(p.default), cell(p.description)])
}

/** What a diff says about its field, without the kind of change, e.g. "`message_id` → `message_seq`". */
function diffDetail(d: FieldDiff): string {
  const field = d.change === 'renamed' && d.from ? `${code(d.from)} → ${code(d.name)}` : code(d.name)
  const details: string[] = []
  if (d.type && d.change !== 'renamed') details.push(code(d.type))
  if (d.required !== undefined) details.push(d.required ? '必填' : '可选')
  if (d.default !== undefined) details.push(`默认 ${code(JSON.stringify(d.default))}`)
  if (d.note) details.push(d.note)
  return details.length ? `${field}（${details.join('，')}）` : field
}

/** One line summing up a diff, e.g. "改名：`message_id` → `message_seq`". */
export function describeDiff(d: FieldDiff): string {
  return `${CHANGE_LABEL[d.change]}：${diffDetail(d)}`
}

/**
 * An implementation's differences in a few lines, one per kind of change, e.g.
 * "响应取值不同：`age`（恒为 0）、`area`（恒为空串）".
 */
export function summarizeDiffs(s: Support): string[] {
  const groups = new Map<string, string[]>()
  const add = (prefix: string, d: FieldDiff) => {
    const key = `${prefix}${CHANGE_LABEL[d.change]}`
    groups.set(key, [...(groups.get(key) ?? []), diffDetail(d)])
  }
  s.params?.forEach((d) => add('参数', d))
  s.response?.forEach((d) => add('响应', d))
  return [...groups].map(([label, details]) => `${label}：${details.join('、')}`)
}

/** The parameter list an implementation really accepts: the canonical one with its diffs applied. */
export function effectiveParams(canonical: Param[], diffs: FieldDiff[]): (Param & { change?: FieldDiff })[] {
  const rows: (Param & { change?: FieldDiff })[] = canonical.map((p) => ({ ...p }))
  for (const d of diffs) {
    const target = rows.find((p) => p.name === (d.change === 'renamed' ? d.from : d.name))
    if (d.change === 'added') {
      rows.push({ name: d.name, type: d.type ?? 'any', required: d.required ?? false, default: d.default, description: d.note ?? '—', change: d })
      continue
    }
    if (!target) continue
    target.change = d
    if (d.change === 'renamed') target.name = d.name
    if (d.type) target.type = d.type
    if (d.change === 'required') target.required = true
    if (d.change === 'optional') target.required = false
    if (d.required !== undefined) target.required = d.required
    if (d.default !== undefined) target.default = d.default
  }
  return rows
}

function sourceLabel(url: string): string {
  const m = url.match(PERMALINK)
  return m ? `${m[3]}#L${m[4]}` : url
}

function statusLine(api: ApiRecord, impl: Implementation, s: Support): string {
  const icon = shownIcon(api.origin, s)
  const parts = [`**状态**：${icon} ${legendEntry(icon).label}`]
  if (s.kind === 'stub') parts.push('空实现（已注册但不做实事）')
  if (s.kind === 'debug') parts.push('仅供调试或测试')
  if (s.since) parts.push(`**起始版本**：${s.since}`)
  if (s.source) parts.push(`**源码**：[${code(sourceLabel(s.source))}](${s.source})`)
  parts.push(`**审计提交**：[${shortCommit(impl.audit.commit)}](https://github.com/${impl.repository}/tree/${impl.audit.commit})（${impl.audit.date}）`)
  return parts.join(' · ')
}

function implSection(api: ApiRecord, impl: Implementation): string {
  const s = api.support[impl.id]!
  const out = [`### ${cell(impl.name)} {#${implAnchor(impl.id)}}`, '', statusLine(api, impl, s)]
  if (s.aliases?.length) out.push('', `**也接受的名称**：${s.aliases.map(code).join('、')}`)
  if (s.status === 'none') out.push('', `在审计的提交中，${impl.name} 没有注册 ${code(api.name)}。`)
  if (s.status === 'unknown') out.push('', `尚未对照 ${impl.name} 的源码核对，状态未知。`)
  if (s.note) out.push('', text(s.note.trim()))
  if (s.params?.length) {
    const rows = effectiveParams(api.params, s.params).map((p) => [
      code(p.name),
      code(p.type),
      yesNo(p.required),
      shownDefault(p.default),
      p.change ? cell(describeDiff(p.change)) : '同标准',
    ])
    const dropped = s.params.filter((d) => d.change === 'dropped')
    out.push('', `${impl.name} 实际接受的参数：`, '', table(['名称', '类型', '必填', '默认值', '与参考定义相比'], rows))
    if (dropped.length) out.push('', `（表中标“不支持”的参数会被 ${impl.name} 忽略或拒绝。）`)
  }
  if (s.response?.length) {
    out.push('', `${impl.name} 响应数据的差异：`, '', ...s.response.map((d) => `- ${text(describeDiff(d))}`))
  }
  return out.join('\n')
}

/** The first sentence of a note, for a table cell: what differs when no field difference says it. */
export function noteLead(note: string | undefined): string | undefined {
  const lead = note?.split('\n\n').find((p) => p.trim() && !p.startsWith('处理逻辑见'))?.trim()
  if (!lead) return undefined
  const end = lead.indexOf('。')
  return end === -1 ? lead : lead.slice(0, end + 1)
}

function diffSummary(s: Support): string {
  const diffs = summarizeDiffs(s)
  if (diffs.length) return cell(diffs.join('；'))
  if (s.kind === 'stub') return '空实现'
  if (s.kind === 'debug') return '仅供调试'
  if (s.status === 'none') return '未实现'
  if (s.status === 'unknown') return '未审计'
  const lead = s.status === 'full' ? undefined : noteLead(s.note)
  return lead ? cell(lead) : '—'
}

export function renderApiPage(api: ApiRecord, dataset: Dataset, lastUpdated?: string): string {
  const category = dataset.categories.find((c) => c.id === api.category)!
  const origin = originInfo(api.origin, dataset.implementations)
  const supportedBy = dataset.implementations.filter((i) => isSupportedStatus(api.support[i.id]!.status))
  const description = `${api.title}（${api.name}）：${origin.label}。${dataset.implementations.length} 个实现中 ${supportedBy.length} 个注册了它，各实现的参数差异与源码出处。`

  const summary = [
    `# ${api.name}`,
    '',
    `**${cell(api.title)}** · 分类：[${cell(category.title)}](/matrix#${categoryAnchor(category.id)}) · 来源：${origin.label}${api.reference ? `（[定义](${api.reference})）` : ''}`,
  ]
  if (api.aliases.length) summary.push('', `**别名**：${api.aliases.map(code).join('、')}`)
  const implAliases = dataset.implementations.flatMap((i) => {
    const names = (api.support[i.id]!.aliases ?? []).filter((a) => !api.aliases.includes(a))
    return names.length ? [`${i.name} 也接受 ${names.map(code).join('、')}`] : []
  })
  if (implAliases.length) summary.push('', `**其他名称**：${implAliases.join('；')}`)
  if (api.body) summary.push('', text(api.body))

  const params = api.params.length
    ? table(['名称', '类型', '必填', '默认值', '说明'], paramRows(api.params))
    : '本 API 没有参数。'
  const response = [
    api.response.length ? table(['名称', '类型', '说明'], api.response.map((r) => [code(r.name), code(r.type), cell(r.description)])) : '',
    api.response_note ? text(api.response_note) : api.response.length ? '' : '本 API 没有响应数据。',
  ].filter(Boolean)

  const supportRows = dataset.implementations.map((impl) => {
    const s = api.support[impl.id]!
    const icon = shownIcon(api.origin, s)
    return [`[${cell(impl.name)}](#${implAnchor(impl.id)})`, `${icon} ${legendEntry(icon).label}`, diffSummary(s)]
  })

  const body = [
    ...summary,
    '',
    '## 参数 {#params}',
    '',
    params,
    '',
    '## 响应数据 {#response}',
    '',
    response.join('\n\n'),
    '',
    '## 请求示例 {#example}',
    '',
    '```json',
    requestExample(api),
    '```',
    '',
    '## 各实现支持情况 {#support}',
    '',
    table(['实现', '状态', '差异'], supportRows),
    '',
    '## 实现说明 {#notes}',
    '',
    dataset.implementations.map((impl) => implSection(api, impl)).join('\n\n'),
    '',
    `[返回支持矩阵](/matrix#${categoryAnchor(category.id)}) · 实现：${dataset.implementations.map((i) => `[${i.name}](${implPath(i.id)})`).join(' · ')}`,
  ].join('\n')

  return `${frontMatter({
    title: api.name,
    description,
    dataFile: api.file,
    lastUpdated,
    outline: [2, 3],
    pageClass: 'api-page',
  })}\n${body}\n`
}

export const apiPageFile = (api: ApiRecord): string => `${apiPath(api.name).slice(1)}.md`
