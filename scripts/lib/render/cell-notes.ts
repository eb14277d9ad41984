/**
 * What a matrix cell opens in place: for each feature, one small JSON file holding every statement's
 * mark, differences, note and source as HTML, keyed by the anchor the cell links to. The matrix page
 * fetches a feature's file when a reader opens one of its cells, so the notes never weigh on the page.
 */
import MarkdownIt from 'markdown-it'
import type { Dataset, FeatureRecord } from '../load.js'
import { featurePath } from '../kinds.js'
import { cellMark, cellOrigin } from '../model.js'
import { cellsOf, statementOf } from '../statements.js'
import { cellAnchor } from '../slug.js'
import { code, shortCommit } from './markdown.js'
import { markChip, markLabel } from './mark.js'
import { ROUTE_LABEL } from './segment-page.js'
import { sinceText, sourceLabel, summarizeDiffs } from './statement.js'

/** Notes are data: rendered without raw HTML, the way the pages render them. */
const md = new MarkdownIt({ html: false })

export interface CellNote {
  heading: string
  label: string
  html: string
}

export interface FeatureNotes {
  name: string
  title: string
  path: string
  cells: Record<string, CellNote>
}

/** Where a feature's notes are served from: its page address under /notes, as JSON. */
export const notesFile = (feature: FeatureRecord): string => `public/notes${featurePath(feature)}.json`

export function featureNotes(feature: FeatureRecord, dataset: Dataset): FeatureNotes {
  const cells: Record<string, CellNote> = {}
  for (const impl of dataset.implementations) {
    for (const c of cellsOf(feature)) {
      const s = statementOf(feature, impl.id, c)!
      const mark = cellMark(cellOrigin(feature, c), s)
      const status = `**${markLabel(mark)}**${s.kind === 'debug' ? ' · 仅供调试或测试' : ''}${s.since ? ` · ${sinceText(s)}` : ''}${s.when ? ` · 条件：${s.when}` : ''}`
      const lines: string[] = []
      const diffs = summarizeDiffs(feature, s)
      if (diffs.length) lines.push(diffs.map((d) => `- ${d}`).join('\n'))
      if (s.route) lines.push(`发送途径：${ROUTE_LABEL[s.route]}。`)
      if (s.via) lines.push(`内容以 ${code(s.via)} 段到达。`)
      if (s.note) lines.push(s.note.trim())
      const source = s.source ? `源码 [${code(sourceLabel(s.source))}](${s.source}) · ` : ''
      lines.push(`${source}审计提交 [${shortCommit(impl.audit.commit)}](https://github.com/${impl.repository}/tree/${impl.audit.commit})（${impl.audit.date}）`)
      // The chip is our own markup; everything else is markdown from data, rendered without raw HTML.
      const html = `<p>${markChip(mark, '')} ${md.renderInline(status)}</p>\n${md.render(lines.join('\n\n'))}`
      cells[cellAnchor(impl.id, c.key)] = { heading: c.long ? `${impl.name} · ${c.long}` : impl.name, label: markLabel(mark), html }
    }
  }
  return { name: feature.name, title: feature.title, path: featurePath(feature), cells }
}
