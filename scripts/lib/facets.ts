/**
 * The small JSON the browser gets for interaction (matrix filters, compare): per API its category,
 * origin and the mark each implementation's cell shows. Compare's own data is in compare-data.ts.
 * The browser never gets the loader or the full data.
 */
import type { Dataset } from './load.js'
import { MARKS, cellMark, isSupported, originInfo, originRank } from './model.js'

export interface Facets {
  implementations: { id: string; name: string }[]
  /** Implementations whose releases are recorded, so a reader can pick a version (its data is fetched then). */
  versioned: { id: string; name: string; latest: string }[]
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
    versioned: dataset.implementations.filter((i) => dataset.releases[i.id]).map((i) => ({ id: i.id, name: i.name, latest: dataset.releases[i.id]!.at(-1)!.tag })),
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
