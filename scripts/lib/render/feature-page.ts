/**
 * The page skeleton every kind of feature shares: the title line, a strip of every implementation's
 * status and what differs, the description and the kind's canonical sections, then one section per
 * implementation with a subsection per statement (a segment's send and receive). What is particular
 * to a kind comes from its `PageParts`.
 */
import type { Dataset, FeatureRecord } from '../load.js'
import type { Implementation, Statement } from '../schema.js'
import type { CellSpec } from '../kinds.js'
import { cellMark, cellOrigin, originInfo } from '../model.js'
import { cellsOf, statementOf } from '../statements.js'
import { cellAnchor, implPath } from '../slug.js'
import { cell, code, frontMatter, text } from './markdown.js'
import { diffSummary, statusLine } from './statement.js'
import { markChip, markLabel } from './mark.js'

/** What one kind adds to the skeleton. */
export interface PageParts {
  /** Lines under the title: the feature's place (category, kind) and origin. */
  place: string
  /** Further summary lines (aliases, other names). */
  extraSummary: string[]
  /** The canonical sections and examples, between the summary and the support table. */
  sections: string
  /** What a statement says beyond its status line and note (route, via, field differences). */
  statementDetails(impl: Implementation, s: Statement, cell: CellSpec): string[]
  /** What the page says of a `none` statement. */
  noneText(impl: Implementation, cell: CellSpec): string
  /** The link back to the matrix, at the foot of the page. */
  back: string
  description: string
  pageClass: string
}

function statementSection(feature: FeatureRecord, impl: Implementation, cellSpec: CellSpec, parts: PageParts): string[] {
  const s = statementOf(feature, impl.id, cellSpec)!
  const out = [statusLine(cellMark(cellOrigin(feature, cellSpec), s), impl, s)]
  if (s.aliases?.length) out.push('', `**也接受的名称**：${s.aliases.map(code).join('、')}`)
  if (s.status === 'none') out.push('', parts.noneText(impl, cellSpec))
  if (s.status === 'unknown') out.push('', `尚未对照 ${impl.name} 的源码核对，状态未知。`)
  if (s.note) out.push('', text(s.note.trim()))
  out.push(...parts.statementDetails(impl, s, cellSpec))
  return out
}

function implSection(feature: FeatureRecord, impl: Implementation, parts: PageParts): string {
  const cells = cellsOf(feature)
  const out = [`### ${cell(impl.name)} {#${cellAnchor(impl.id, null)}}`, '']
  if (cells.length === 1) return [...out, ...statementSection(feature, impl, cells[0]!, parts)].join('\n')
  for (const c of cells) {
    out.push(`#### ${c.long} {#${cellAnchor(impl.id, c.key)}}`, '', ...statementSection(feature, impl, c, parts), '')
  }
  return out.join('\n').trimEnd()
}

/** What differs in one implementation's cell, in one line: per statement for a segment's two directions. */
function cellSummary(feature: FeatureRecord, implId: string): string | undefined {
  const cells = cellsOf(feature)
  if (cells.length === 1) return diffSummary(feature, statementOf(feature, implId, cells[0]!)!)
  const parts = cells
    .map((c) => ({ c, s: statementOf(feature, implId, c)! }))
    // Beside a mark per direction, "未实现" / "未审计" would only repeat the mark.
    .filter(({ s }) => (s.status !== 'none' || s.via) && s.status !== 'unknown')
    .flatMap(({ c, s }) => {
      const d = diffSummary(feature, s)
      return d ? [`${c.long}：${d}`] : []
    })
  return parts.join('；') || undefined
}

/**
 * The answer first: each implementation's mark (one per statement) and what differs, in one line that
 * links to its section below.
 */
function statusStrip(feature: FeatureRecord, dataset: Dataset): string {
  const cells = cellsOf(feature)
  const items = dataset.implementations.map((impl) => {
    const marks = cells.map((c) => {
      const mark = cellMark(cellOrigin(feature, c), statementOf(feature, impl.id, c)!)
      const label = c.long ? `${c.long}：${markLabel(mark)}` : markLabel(mark)
      return `${c.label ? `<span class="st-dir" aria-hidden="true">${c.label}</span>` : ''}${markChip(mark, label)}`
    })
    const summary = cellSummary(feature, impl.id)
    const said = cells.length === 1 ? markLabel(cellMark(cellOrigin(feature, cells[0]!), statementOf(feature, impl.id, cells[0]!)!)) : ''
    const what = [said, summary].filter(Boolean).join('：')
    return `- <span class="strip-marks">${marks.join(' ')}</span> [${cell(impl.name)}](#${cellAnchor(impl.id, null)}) <span class="strip-what">${what ? cell(what) : ''}</span>`
  })
  return ['<div class="strip">', '', ...items, '', '</div>'].join('\n')
}

export function renderFeaturePage(feature: FeatureRecord, dataset: Dataset, parts: PageParts, lastUpdated?: string): string {
  const origin = originInfo(feature.origin, dataset.implementations)
  const title = [
    `# ${feature.name}`,
    '',
    `**${cell(feature.title)}** · ${parts.place} · 来源：${origin.label}${feature.reference ? `（[定义](${feature.reference})）` : ''}`,
  ]
  // The answer comes first: the strip sits between the title line and the description.
  const description = [...parts.extraSummary, ...(feature.body ? ['', text(feature.body)] : [])]

  const body = [
    ...title,
    '',
    '## 各实现支持情况 {#support}',
    '',
    statusStrip(feature, dataset),
    ...description,
    '',
    parts.sections,
    '',
    '## 实现说明 {#notes}',
    '',
    dataset.implementations.map((impl) => implSection(feature, impl, parts)).join('\n\n'),
    '',
    `${parts.back} · 实现：${dataset.implementations.map((i) => `[${i.name}](${implPath(i.id)})`).join(' · ')}`,
  ].join('\n')

  return `${frontMatter({
    title: feature.name,
    // What a search result shows: the wire name, then the Chinese title (search options in .vitepress/config.ts).
    searchTitle: `${feature.name} ${feature.title}`,
    description: parts.description,
    dataFile: feature.file,
    lastUpdated,
    outline: [2, 3],
    pageClass: parts.pageClass,
  })}\n${body}\n`
}
