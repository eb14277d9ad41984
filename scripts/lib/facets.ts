/**
 * The small JSON the browser gets for interaction (matrix filters, compare): per API its category,
 * origin and the icon each implementation's cell shows, plus short difference summaries for compare.
 * The browser never gets the loader or the full data.
 */
import type { Dataset } from './load.js'
import { ICON_KEYS, MARKS, cellMark, cellOrigin, isSupported, originInfo, originRank, shownIcon } from './model.js'
import { KINDS, featurePath } from './kinds.js'
import { cellsOf, features, statementOf } from './statements.js'
import { cellAnchor } from './slug.js'
import { summarizeDiffs } from './render/statement.js'

export interface Facets {
  implementations: { id: string; name: string }[]
  categories: { id: string; title: string }[]
  origins: { id: string; label: string }[]
  legend: { key: string; icon: string; label: string }[]
  apis: {
    slug: string
    name: string
    title: string
    category: string
    origin: string
    /** Every name the API answers to, for text filtering. */
    names: string[]
    /** The mark each implementation's cell shows (its status; a stub shows as major). */
    cells: Record<string, string>
    /** Implementations that support it (stubs do not count), as in the coverage figures. */
    supported: string[]
  }[]
}

export function buildFacets(dataset: Dataset): Facets {
  const origins = [...new Set(dataset.apis.map((a) => a.origin))]
  return {
    implementations: dataset.implementations.map((i) => ({ id: i.id, name: i.name })),
    categories: dataset.categories.map((c) => ({ id: c.id, title: c.title })),
    origins: origins
      .sort((a, b) => originRank(a) - originRank(b) || a.localeCompare(b))
      .map((id) => ({ id, label: originInfo(id, dataset.implementations).short })),
    legend: MARKS.map((m) => ({ key: m.mark, icon: m.glyph, label: m.label })),
    apis: dataset.apis.map((api) => ({
      slug: api.slug,
      name: api.name,
      title: api.title,
      category: api.category,
      origin: api.origin,
      names: [...new Set([api.name, ...api.aliases, ...Object.values(api.support).flatMap((s) => s.aliases ?? [])])],
      cells: Object.fromEntries(dataset.implementations.map((i) => [i.id, cellMark(api.origin, api.support[i.id]!).mark])),
      supported: dataset.implementations.filter((i) => isSupported(api.support[i.id]!)).map((i) => i.id),
    })),
  }
}

/** One comparable thing: an API, or one direction of a segment, with each implementation's side of it. */
export interface CompareItem {
  kind: string
  name: string
  title: string
  /** Which statement of the feature (发送 / 接收); empty for an API. */
  cell: string
  /** The feature's page. */
  path: string
  /** Per implementation: the section of its note, the shown icon key, status and one-line difference summaries. */
  sides: Record<string, { anchor: string; icon: string; status: string; supported: boolean; diffs: string[] }>
}

export interface CompareData {
  items: CompareItem[]
}

export function buildCompareData(dataset: Dataset): CompareData {
  return {
    items: features(dataset).flatMap((feature) =>
      cellsOf(feature).map((c) => ({
        kind: KINDS[feature.kind].label,
        name: feature.name,
        title: feature.title,
        cell: c.long,
        path: featurePath(feature),
        sides: Object.fromEntries(
          dataset.implementations.map((i) => {
            const s = statementOf(feature, i.id, c)!
            // Plain text: the browser shows these as list items, not markdown.
            const plain = summarizeDiffs(s).map((d) => d.replace(/`/g, ''))
            const icon = ICON_KEYS[shownIcon(cellOrigin(feature, c), s)]
            return [i.id, { anchor: cellAnchor(i.id, c.key), icon, status: s.status, supported: isSupported(s), diffs: plain }]
          }),
        ),
      })),
    ),
  }
}
