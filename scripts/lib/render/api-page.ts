/** What an API page adds to the shared skeleton: parameter and response tables, a request example. */
import type { ApiRecord, Dataset } from '../load.js'
import type { FieldDiff, Implementation, Param, Statement } from '../schema.js'
import { isSupportedStatus, originInfo } from '../model.js'
import { apiPath, categoryAnchor } from '../slug.js'
import { cell, code, table, text } from './markdown.js'
import { requestExample } from './example.js'
import { renderFeaturePage, type PageParts } from './feature-page.js'
import { describeDiff } from './statement.js'

const yesNo = (b: boolean) => (b ? '是' : '否')
const shownDefault = (v: unknown) => (v === undefined ? '—' : code(JSON.stringify(v)))

function paramRows(params: Param[]): string[][] {
  return params.map((p) => [code(p.name), code(p.type), yesNo(p.required), shownDefault(p.default), cell(p.description)])
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

/** The effective parameter table and the response differences of one implementation. */
function apiStatementDetails(api: ApiRecord, impl: Implementation, s: Statement): string[] {
  const out: string[] = []
  if (s.params?.length) {
    // Only what differs: a parameter the implementation takes as the reference defines it is not repeated.
    const rows = effectiveParams(api.params, s.params)
      .filter((p) => p.change)
      .map((p) => [code(p.name), code(p.type), yesNo(p.required), shownDefault(p.default), cell(describeDiff(p.change!))])
    const dropped = s.params.filter((d) => d.change === 'dropped')
    out.push('', `${impl.name} 与参考定义不同的参数（其余参数同参考定义）：`, '', table(['名称', '类型', '必填', '默认值', '与参考定义相比'], rows))
    if (dropped.length) out.push('', `（表中标“不支持”的参数会被 ${impl.name} 忽略或拒绝。）`)
  }
  if (s.response?.length) {
    out.push('', `${impl.name} 响应数据的差异：`, '', ...s.response.map((d) => `- ${text(describeDiff(d))}`))
  }
  return out
}

function apiSections(api: ApiRecord): string {
  const params = api.params.length
    ? table(['名称', '类型', '必填', '默认值', '说明'], paramRows(api.params))
    : '本 API 没有参数。'
  const response = [
    api.response.length ? table(['名称', '类型', '说明'], api.response.map((r) => [code(r.name), code(r.type), cell(r.description)])) : '',
    api.response_note ? text(api.response_note) : api.response.length ? '' : '本 API 没有响应数据。',
  ].filter(Boolean)
  return [
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
  ].join('\n')
}

export function renderApiPage(api: ApiRecord, dataset: Dataset, lastUpdated?: string): string {
  const category = dataset.categories.find((c) => c.id === api.category)!
  const supportedBy = dataset.implementations.filter((i) => isSupportedStatus(api.support[i.id]!.status))
  const extraSummary: string[] = []
  if (api.aliases.length) extraSummary.push('', `**别名**：${api.aliases.map(code).join('、')}`)
  const implAliases = dataset.implementations.flatMap((i) => {
    const names = (api.support[i.id]!.aliases ?? []).filter((a) => !api.aliases.includes(a))
    return names.length ? [`${i.name} 也接受 ${names.map(code).join('、')}`] : []
  })
  if (implAliases.length) extraSummary.push('', `**其他名称**：${implAliases.join('；')}`)
  const origin = originInfo(api.origin, dataset.implementations)
  const parts: PageParts = {
    place: `分类：[${cell(category.title)}](/matrix#${categoryAnchor(category.id)})`,
    extraSummary,
    sections: apiSections(api),
    statementDetails: (impl, s) => apiStatementDetails(api, impl, s),
    noneText: (impl) => `在审计的提交中，${impl.name} 没有注册 ${code(api.name)}。`,
    back: `[返回支持矩阵](/matrix#${categoryAnchor(category.id)})`,
    description: `${api.title}（${api.name}）：${origin.label}。${dataset.implementations.length} 个实现中 ${supportedBy.length} 个注册了它，各实现的参数差异与源码出处。`,
    pageClass: 'api-page',
  }
  return renderFeaturePage(api, dataset, parts, lastUpdated)
}

export const apiPageFile = (api: ApiRecord): string => `${apiPath(api.name).slice(1)}.md`
