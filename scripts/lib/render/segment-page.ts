/** What a segment page adds to the shared skeleton: the field table with directions and JSON / CQ-code examples. */
import type { Dataset, SegmentRecord } from '../load.js'
import type { SegmentField, Statement } from '../schema.js'
import { SEGMENT_CELLS, type CellSpec } from '../kinds.js'
import { isSupported } from '../model.js'
import { statementOf } from '../statements.js'
import { originAnchor, segmentPath } from '../slug.js'
import { cell, code, table, text } from './markdown.js'
import { segmentCqCode, segmentJson } from './example.js'
import { renderFeaturePage, type PageParts } from './feature-page.js'
import { describeDiff } from './statement.js'

const DIRECTION_LABEL: Record<SegmentField['direction'], string> = { both: '收发', send: '仅发送', receive: '仅接收' }
export const ROUTE_LABEL: Record<NonNullable<Statement['route']>, string> = {
  forward_api_only: '只在合并转发 API（如 `send_group_forward_msg`）中接受，`send_msg` 不接受',
  sole_segment: '只能作为消息中唯一的消息段发送',
}

const segmentLink = (type: string) => `[${code(type)}](${segmentPath(type)})`

function fieldTable(segment: SegmentRecord): string {
  if (!segment.fields.length) return '本消息段没有字段，`data` 为空对象。'
  return table(
    ['名称', '类型', '方向', '发送时必填', '默认值', '说明'],
    segment.fields.map((f) => [
      code(f.name),
      code(f.type),
      DIRECTION_LABEL[f.direction],
      f.direction === 'receive' ? '—' : f.required ? '是' : '否',
      f.default === undefined ? '—' : code(JSON.stringify(f.default)),
      cell(f.description),
    ]),
  )
}

function segmentSections(segment: SegmentRecord): string {
  const cq = segmentCqCode(segment)
  return [
    '## 字段 {#fields}',
    '',
    fieldTable(segment),
    '',
    '## 示例 {#example}',
    '',
    '消息段数组中的写法：',
    '',
    '```json',
    segmentJson(segment),
    '```',
    '',
    ...(cq ? ['CQ 码写法：', '', '```text', cq, '```'] : ['CQ 码不能嵌套消息，这种消息段只能用数组格式发送。']),
  ].join('\n')
}

function segmentStatementDetails(impl: { name: string }, s: Statement, c: CellSpec): string[] {
  const out: string[] = []
  if (s.route) out.push('', `**发送途径**：${ROUTE_LABEL[s.route]}。`)
  if (s.fields?.length) out.push('', `${impl.name} ${c.long}时字段的差异：`, '', ...s.fields.map((d) => `- ${text(describeDiff(d))}`))
  return out
}

function noneText(segment: SegmentRecord, impl: { id: string; name: string }, c: CellSpec): string {
  if (c.key === 'send') return `在审计的提交中，${impl.name} 发送消息时不处理 ${code(segment.name)} 类型。`
  const via = statementOf(segment, impl.id, c)?.via
  const arrives = via ? `这类内容以 ${segmentLink(via)} 段到达。` : ''
  return `在审计的提交中，${impl.name} 不会在收到的消息里上报 ${code(segment.name)} 类型。${arrives}`
}

export function renderSegmentPage(segment: SegmentRecord, dataset: Dataset, lastUpdated?: string): string {
  const [send, receive] = SEGMENT_CELLS.map((c) => dataset.implementations.filter((i) => isSupported(statementOf(segment, i.id, c)!)).length)
  const directions = segment.directions.length === 2 ? [] : ['', `**标准定义的方向**：只有${segment.directions[0] === 'send' ? '发送' : '接收'}；另一方向上的支持按扩展显示。`]
  const parts: PageParts = {
    place: `[消息段](/segments#${originAnchor(segment.origin)})`,
    extraSummary: directions,
    sections: segmentSections(segment),
    statementDetails: segmentStatementDetails,
    noneText: (impl, c) => noneText(segment, impl, c),
    back: `[返回消息段矩阵](/segments#${originAnchor(segment.origin)})`,
    description: `${segment.title}消息段（${segment.name}）：${dataset.implementations.length} 个实现中 ${send} 个能发送、${receive} 个会上报，各实现的字段差异与源码出处。`,
    pageClass: 'api-page segment-page',
  }
  return renderFeaturePage(segment, dataset, parts, lastUpdated)
}

export const segmentPageFile = (segment: SegmentRecord): string => `${segmentPath(segment.name).slice(1)}.md`
