/**
 * The data the compare page shows for one ordered pair of implementations (A → B): their
 * implementation-wide behaviours side by side by topic, then every API, segment direction and event with
 * its verdict from compare.ts. One small file per pair, so the page loads only the pair chosen.
 */
import type { Dataset } from './load.js'
import { BEHAVIOUR_TOPICS, type Implementation } from './schema.js'
import { cellMark, cellOrigin } from './model.js'
import { KINDS, featurePath } from './kinds.js'
import { cellsOf, diffLists, features, statementOf } from './statements.js'
import { cellAnchor } from './slug.js'
import { GROUPS, compareStatements, type Group, type Reason } from './compare.js'

export interface BehaviourEntry {
  summary: string
  source?: string
}

/** One topic of implementation-wide behaviour: what each side's audit recorded (empty: nothing recorded). */
export interface BehaviourRow {
  topic: string
  a: BehaviourEntry[]
  b: BehaviourEntry[]
}

export interface CompareSide {
  /** The section of this implementation's note on the feature's page. */
  anchor: string
  /** The cell's mark (full, minor, major, none, unknown), as the matrices draw it. */
  icon: string
}

export interface CompareEntry {
  kind: string
  name: string
  title: string
  /** Which statement of the feature (发送 / 接收); empty for an API. */
  cell: string
  path: string
  group: Group
  reasons: Reason[]
  /** B cannot be used for it at all; the page lists these compactly. */
  unavailable?: true
  a: CompareSide
  b: CompareSide
}

export interface PairData {
  from: string
  to: string
  behaviours: BehaviourRow[]
  counts: Record<Group, number>
  /** Worst group first; see comparePair for the order within a group. */
  items: CompareEntry[]
}

export function behaviourRows(a: Implementation, b: Implementation): BehaviourRow[] {
  const on = (impl: Implementation, topic: string) =>
    impl.behaviours.filter((x) => x.topic === topic).map(({ summary, source }) => ({ summary, source }))
  return BEHAVIOUR_TOPICS.map((topic) => ({ topic, a: on(a, topic), b: on(b, topic) })).filter((row) => row.a.length || row.b.length)
}

export function comparePair(dataset: Dataset, fromId: string, toId: string): PairData {
  const impl = (id: string) => dataset.implementations.find((i) => i.id === id)!
  const [a, b] = [impl(fromId), impl(toId)]
  const names = { a: a.name, b: b.name }
  const items: CompareEntry[] = []
  for (const feature of features(dataset)) {
    for (const cell of cellsOf(feature)) {
      const [sa, sb] = [statementOf(feature, a.id, cell)!, statementOf(feature, b.id, cell)!]
      const verdict = compareStatements(diffLists(feature, cell), sa, sb, names)
      if (!verdict) continue
      const origin = cellOrigin(feature, cell)
      const side = (id: string, s: typeof sa) => ({ anchor: cellAnchor(id, cell.key), icon: cellMark(origin, s).mark })
      items.push({
        kind: KINDS[feature.kind].label,
        name: feature.name,
        title: feature.title,
        cell: cell.long,
        path: featurePath(feature),
        ...verdict,
        a: side(a.id, sa),
        b: side(b.id, sb),
      })
    }
  }
  // Within a group: fields that break before features B lacks outright, then APIs, segments, events; a
  // stable sort keeps a segment's send before its receive.
  const kinds = Object.values(KINDS).map((k) => k.label)
  const rank = (e: CompareEntry) => GROUPS.indexOf(e.group) * 8 + (e.unavailable ? 4 : 0) + kinds.indexOf(e.kind)
  items.sort((x, y) => rank(x) - rank(y) || x.name.localeCompare(y.name))
  const counts = Object.fromEntries(GROUPS.map((g) => [g, items.filter((e) => e.group === g).length])) as Record<Group, number>
  return { from: a.id, to: b.id, behaviours: behaviourRows(a, b), counts, items }
}

/**
 * Where a pair's data is written, relative to docs/: served as a file the page fetches when the pair
 * is chosen (bundled, every pair would be preloaded with the page).
 */
export const pairFile = (fromId: string, toId: string): string => `public/compare/${fromId}--${toId}.json`

/** Every ordered pair's data file, keyed by its path relative to docs/. */
export function compareFiles(dataset: Dataset): Map<string, string> {
  const files = new Map<string, string>()
  for (const a of dataset.implementations) {
    for (const b of dataset.implementations) {
      if (a.id !== b.id) files.set(pairFile(a.id, b.id), JSON.stringify(comparePair(dataset, a.id, b.id)) + '\n')
    }
  }
  return files
}
