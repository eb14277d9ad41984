/**
 * A status as the matrices and status strips draw it: a chip whose fill and shape both carry the status
 * (never colour alone), with a gold corner when the feature is an extension, and the label for readers
 * who do not see it.
 */
import { markEntry, type CellMark } from '../model.js'

/** What a mark says in words, e.g. "轻微差异（扩展）". */
export function markLabel(m: CellMark): string {
  const label = m.stub ? '空实现' : markEntry(m.mark).label
  return m.extension ? `${label}（扩展）` : label
}

/** A stub is drawn on the major fill with its own shape: registered, yet it does nothing. */
const STUB_GLYPH = '∅'

export const markGlyph = (m: CellMark): string => (m.stub ? STUB_GLYPH : markEntry(m.mark).glyph)
export const markClass = (m: CellMark): string => ['st', `st-${m.mark}`, ...(m.extension ? ['st-ext'] : [])].join(' ')

/** The chip, with its label for screen readers (pass '' where the label is written out beside it). */
export function markChip(m: CellMark, spoken = markLabel(m)): string {
  const chip = `<span class="${markClass(m)}" aria-hidden="true">${markGlyph(m)}</span>`
  return spoken ? `${chip}<span class="sr">${spoken}</span>` : chip
}
