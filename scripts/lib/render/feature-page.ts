/**
 * The page skeleton every kind of feature shares: summary, the kind's canonical sections, a table of
 * every implementation's status and differences, then one section per implementation with a
 * subsection per statement (a segment's send and receive). What is particular to a kind comes from
 * its `PageParts`.
 */
import type { Dataset, FeatureRecord } from '../load.js'
import type { Implementation, Statement } from '../schema.js'
import type { CellSpec } from '../kinds.js'
import { cellOrigin, legendEntry, originInfo, shownIcon } from '../model.js'
import { cellsOf, statementOf } from '../statements.js'
import { cellAnchor, implPath } from '../slug.js'
import { cell, code, frontMatter, table, text } from './markdown.js'
import { diffSummary, statusLine } from './statement.js'

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
  const out = [statusLine(shownIcon(cellOrigin(feature, cellSpec), s), impl, s)]
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

/** One row per implementation: each statement's icon and label, then what differs. */
function supportTable(feature: FeatureRecord, dataset: Dataset): string {
  const cells = cellsOf(feature)
  const rows = dataset.implementations.map((impl) => {
    const statuses = cells.map((c) => {
      const icon = shownIcon(cellOrigin(feature, c), statementOf(feature, impl.id, c)!)
      return `${icon} ${legendEntry(icon).label}`
    })
    const summary =
      cells.length === 1
        ? diffSummary(statementOf(feature, impl.id, cells[0]!)!)
        : cells
            .map((c) => ({ c, s: statementOf(feature, impl.id, c)! }))
            // With a status column per statement, "未实现" / "未审计" would only repeat that column.
            .filter(({ s }) => (s.status !== 'none' || s.via) && s.status !== 'unknown')
            .flatMap(({ c, s }) => {
              const d = diffSummary(s)
              return d ? [`${c.long}：${d}`] : []
            })
            .join('；') || undefined
    return [`[${cell(impl.name)}](#${cellAnchor(impl.id, null)})`, ...statuses, summary ? cell(summary) : '—']
  })
  const heads = cells.length === 1 ? ['状态'] : cells.map((c) => c.long)
  return table(['实现', ...heads, '差异'], rows)
}

export function renderFeaturePage(feature: FeatureRecord, dataset: Dataset, parts: PageParts, lastUpdated?: string): string {
  const origin = originInfo(feature.origin, dataset.implementations)
  const summary = [
    `# ${feature.name}`,
    '',
    `**${cell(feature.title)}** · ${parts.place} · 来源：${origin.label}${feature.reference ? `（[定义](${feature.reference})）` : ''}`,
    ...parts.extraSummary,
  ]
  if (feature.body) summary.push('', text(feature.body))

  const body = [
    ...summary,
    '',
    parts.sections,
    '',
    '## 各实现支持情况 {#support}',
    '',
    supportTable(feature, dataset),
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
