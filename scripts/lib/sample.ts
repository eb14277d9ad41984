/**
 * A reproducible random sample of cells for a second audit: every statement of every feature, in a fixed
 * order, drawn with a seeded generator, so the same seed always names the same cells and the sample can be
 * written down before anyone judges it.
 */
import type { Dataset } from './load.js'
import { statements } from './statements.js'

export interface SampledCell {
  /** The data file, the implementation and (for a segment) the direction: what a verdict is about. */
  file: string
  implId: string
  direction?: string
  name: string
  status: string
  source?: string
}

/** mulberry32: a small, well-known 32-bit generator; enough to draw a sample nobody picked by hand. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Every cell of the data in a stable order: by file, then implementation order, then direction. */
export function allCells(dataset: Dataset): SampledCell[] {
  const order = new Map(dataset.implementations.map((impl, i) => [impl.id, i]))
  return [...statements(dataset)]
    .map(({ feature, implId, cell, statement }) => ({
      file: feature.file,
      implId,
      ...(cell.key ? { direction: cell.key } : {}),
      name: feature.name,
      status: statement.status,
      source: statement.source,
    }))
    .sort((a, b) => a.file.localeCompare(b.file) || order.get(a.implId)! - order.get(b.implId)! || (a.direction ?? '').localeCompare(b.direction ?? ''))
}

/**
 * `percent` of the cells (rounded up), drawn without replacement, returned in the stable order; only the
 * given implementations' cells when some are named (a second audit of a new column).
 */
export function sampleCells(dataset: Dataset, seed: number, percent: number, implIds: string[] = []): SampledCell[] {
  const cells = allCells(dataset).filter((c) => !implIds.length || implIds.includes(c.implId))
  const count = Math.ceil((cells.length * percent) / 100)
  const random = seededRandom(seed)
  const picked = cells.map((_, i) => i)
  // A partial Fisher–Yates shuffle: the first `count` positions are the sample.
  for (let i = 0; i < count; i++) {
    const j = i + Math.floor(random() * (picked.length - i))
    ;[picked[i], picked[j]] = [picked[j]!, picked[i]!]
  }
  return picked.slice(0, count).sort((x, y) => x - y).map((i) => cells[i]!)
}
