/**
 * Derived facts: what each cell shows, coverage figures, APIs grouped by category.
 * Two separate axes feed the shown icon: where the API comes from (origin) and how well an
 * implementation supports it (status).
 */
import type { ApiRecord, Dataset } from './load.js'
import type { CellSpec, EventRecord, FeatureRecord, SegmentRecord } from './kinds.js'
import { statementOf } from './statements.js'
import { POST_TYPES, REFERENCE_ORIGINS, SUPPORTED_STATUSES, type Category, type Family, type Implementation, type PostType, type Statement, type Status, type SubType, type Support } from './schema.js'

export type Icon = '✅' | '☑️' | '⚠️' | '✨' | '❌' | '❔'

export interface LegendEntry {
  icon: Icon
  label: string
  meaning: string
}

/** The seed legend, in display order. */
export const LEGEND: LegendEntry[] = [
  { icon: '✅', label: '完整支持', meaning: '按 OneBot 11 标准或 go-cqhttp 的定义实现' },
  { icon: '☑️', label: '轻微差异', meaning: '已实现，存在不影响正常使用的小差异（如多出可选参数、忽略次要参数）' },
  { icon: '⚠️', label: '严重差异', meaning: '已实现，但参数名、类型或必填要求等不同，调用方必须适配；已注册却不做事的空实现也归此类' },
  { icon: '✨', label: '扩展', meaning: '已实现，且该 API 既不在 OneBot 11 标准中，也不是 go-cqhttp 扩展' },
  { icon: '❌', label: '未实现', meaning: '在审计的提交中不存在' },
  { icon: '❔', label: '未审计', meaning: '尚未核对源码，不代表支持' },
]

export const isReferenceOrigin = (origin: string): boolean => (REFERENCE_ORIGINS as readonly string[]).includes(origin)
export const isSupportedStatus = (status: Status): boolean => SUPPORTED_STATUSES.includes(status)
/** Supported means registered and doing its job: a stub is not support. */
export const isSupported = (s: Support): boolean => isSupportedStatus(s.status) && s.kind !== 'stub'

export function shownIcon(origin: string, s: Support): Icon {
  if (s.status === 'none') return '❌'
  if (s.status === 'unknown') return '❔'
  if (s.status === 'major' || s.kind === 'stub') return '⚠️'
  if (!isReferenceOrigin(origin)) return '✨'
  return s.status === 'full' ? '✅' : '☑️'
}

/** What a matrix cell shows: its status as a mark (fill and shape), and whether the feature is an extension. */
export type Mark = 'full' | 'minor' | 'major' | 'none' | 'unknown'

export interface MarkEntry {
  mark: Mark
  /** A shape that tells the marks apart without colour. */
  glyph: string
  /** The icon prose uses for the same status. */
  icon: Icon
  label: string
}

export const MARKS: MarkEntry[] = [
  { mark: 'full', glyph: '✓', icon: '✅', label: '完整支持' },
  { mark: 'minor', glyph: '≈', icon: '☑️', label: '轻微差异' },
  { mark: 'major', glyph: '!', icon: '⚠️', label: '严重差异' },
  { mark: 'none', glyph: '✕', icon: '❌', label: '未实现' },
  { mark: 'unknown', glyph: '?', icon: '❔', label: '未审计' },
]
export const markEntry = (mark: Mark): MarkEntry => MARKS.find((m) => m.mark === mark)!

export interface CellMark {
  mark: Mark
  /** Supported, and the feature (or this direction of it) is defined by no reference: marked ✨ beside the status. */
  extension: boolean
  stub: boolean
}

/** A cell's mark: unlike the prose icon, an extension keeps its own status (a minor extension reads as minor). */
export function cellMark(origin: string, s: Support): CellMark {
  const stub = s.kind === 'stub'
  const mark: Mark = stub ? 'major' : s.status
  return { mark, extension: isSupportedStatus(s.status) && !isReferenceOrigin(origin), stub }
}

/** Stands for "no reference defines this" where an origin is expected. */
const EXTENSION_ORIGIN = 'extension'

/**
 * The origin a cell is judged by: the feature's own, except in a direction its reference does not
 * define (receiving `node`, sending `forward`), where any support is an extension.
 */
export function cellOrigin(feature: FeatureRecord, cell: CellSpec): string {
  const undefinedDirection = feature.kind === 'segment' && cell.key !== null && !feature.directions.includes(cell.key)
  return undefinedDirection ? EXTENSION_ORIGIN : feature.origin
}
export const legendEntry = (icon: Icon): LegendEntry => LEGEND.find((l) => l.icon === icon)!


export interface OriginInfo {
  label: string
  short: string
}

export function originInfo(origin: string, implementations: Implementation[]): OriginInfo {
  if (origin === 'onebot11') return { label: 'OneBot 11 标准', short: '标准' }
  if (origin === 'go-cqhttp') return { label: 'go-cqhttp 扩展', short: 'go-cqhttp 扩展' }
  if (origin === 'community') return { label: '社区扩展（多个实现共有，首创者未确定）', short: '社区扩展' }
  const impl = implementations.find((i) => i.id === origin)
  const name = impl?.name ?? origin
  return { label: `${name} 扩展`, short: `${name} 扩展` }
}

/** Display order of origins: the standard, then go-cqhttp, then every extension origin. */
export const originRank = (origin: string): number => (origin === 'onebot11' ? 0 : origin === 'go-cqhttp' ? 1 : 2)

export interface CategoryGroup {
  category: Category
  apis: ApiRecord[]
}

/** The same-function family a name belongs to, if any. */
export const familyOf = (dataset: Dataset, name: string): Family | undefined => dataset.families.find((f) => f.names.includes(name))

/**
 * APIs grouped by category in registry order; within a category, reference APIs first, then by name,
 * except that the members of a same-function family follow the first of them, so they read together.
 */
export function apisByCategory(dataset: Dataset): CategoryGroup[] {
  return dataset.categories.map((category) => {
    const sorted = dataset.apis
      .filter((a) => a.category === category.id)
      .sort((a, b) => originRank(a.origin) - originRank(b.origin) || a.slug.localeCompare(b.slug))
    const apis: ApiRecord[] = []
    for (const api of sorted) {
      if (apis.includes(api)) continue
      const family = familyOf(dataset, api.name)
      const members = family ? sorted.filter((a) => a === api || family.names.includes(a.name)) : [api]
      apis.push(...members.filter((a) => !apis.includes(a)))
    }
    return { category, apis }
  })
}

export interface Ratio {
  supported: number
  total: number
}

export interface Coverage {
  /** Supported OneBot 11 standard APIs out of all standard ones. */
  standard: Ratio
  /** Supported go-cqhttp extensions out of all go-cqhttp extensions. */
  goCqhttp: Ratio
  /** Supported APIs this implementation introduced itself. */
  own: number
  /** Supported extensions introduced elsewhere (another implementation or the community). */
  otherExtensions: number
  /** Entries not audited yet. */
  unknown: number
  /** Registered but doing nothing useful. */
  stubs: number
  /** Every entry counted by status. */
  byStatus: Record<Status, number>
}

/** API coverage of one implementation. */
export const coverage = (dataset: Dataset, implId: string): Coverage => coverageOf(dataset.apis, implId)

/** Coverage of one implementation over features with one statement per implementation (APIs, events). */
export function coverageOf(features: { origin: string; support: Record<string, Statement> }[], implId: string): Coverage {
  const result: Coverage = {
    standard: { supported: 0, total: 0 },
    goCqhttp: { supported: 0, total: 0 },
    own: 0,
    otherExtensions: 0,
    unknown: 0,
    stubs: 0,
    byStatus: { full: 0, minor: 0, major: 0, none: 0, unknown: 0 },
  }
  for (const feature of features) {
    const s = feature.support[implId]
    if (!s) continue
    result.byStatus[s.status]++
    if (s.status === 'unknown') result.unknown++
    if (s.kind === 'stub') result.stubs++
    const supported = isSupported(s) ? 1 : 0
    if (feature.origin === 'onebot11') {
      result.standard.total++
      result.standard.supported += supported
    } else if (feature.origin === 'go-cqhttp') {
      result.goCqhttp.total++
      result.goCqhttp.supported += supported
    } else if (feature.origin === implId) result.own += supported
    else result.otherExtensions += supported
  }
  return result
}

export const percent = (r: Ratio): string => (r.total === 0 ? '—' : `${Math.round((r.supported / r.total) * 100)}%`)

/** Three-way split for charts: full support, supported with differences (or a stub), missing. */
export function supportLevel(s: Support): 'full' | 'partial' | 'missing' {
  if (s.status === 'none' || s.status === 'unknown') return 'missing'
  return s.status === 'full' && s.kind !== 'stub' ? 'full' : 'partial'
}

/** Segments grouped by origin: the standard's first, then go-cqhttp's, then each extension origin, by name. */
export function segmentsByOrigin(dataset: Dataset): { origin: string; segments: SegmentRecord[] }[] {
  const origins = [...new Set(dataset.segments.map((s) => s.origin))].sort((a, b) => originRank(a) - originRank(b) || a.localeCompare(b))
  return origins.map((origin) => ({
    origin,
    segments: dataset.segments.filter((s) => s.origin === origin).sort((a, b) => a.name.localeCompare(b.name)),
  }))
}

export interface DirectionCoverage {
  /** Supported standard segment types, in the directions the standard defines for them. */
  standard: Ratio
  /** Supported types from go-cqhttp or an implementation, or standard types in a direction the standard leaves out. */
  extensions: number
  stubs: number
}

/** Segment coverage of one implementation in one direction (send or receive). */
export function segmentCoverage(dataset: Dataset, implId: string, cell: CellSpec): DirectionCoverage {
  const result: DirectionCoverage = { standard: { supported: 0, total: 0 }, extensions: 0, stubs: 0 }
  for (const segment of dataset.segments) {
    const s = statementOf(segment, implId, cell)
    if (!s) continue
    if (s.kind === 'stub') result.stubs++
    const supported = isSupported(s) ? 1 : 0
    if (cellOrigin(segment, cell) === 'onebot11') {
      result.standard.total++
      result.standard.supported += supported
    } else result.extensions += supported
  }
  return result
}

/** Events grouped by post_type in the protocol's order; within one, reference events first, then by id. */
export function eventsByPostType(dataset: Dataset): { postType: PostType; events: EventRecord[] }[] {
  return POST_TYPES.map((postType) => ({
    postType,
    events: dataset.events
      .filter((e) => e.post_type === postType)
      .sort((a, b) => originRank(a.origin) - originRank(b.origin) || a.name.localeCompare(b.name)),
  })).filter((g) => g.events.length > 0)
}

/** Chinese names of the post_types, for headings. */
export const POST_TYPE_TITLES: Record<PostType, string> = {
  message: '消息事件',
  message_sent: '自身消息事件',
  notice: '通知事件',
  request: '请求事件',
  meta_event: '元事件',
}

/**
 * The sub_types an implementation is expected to emit: the event's own and the references' (an
 * extension sub_type another implementation adds is not expected of the others).
 */
export const expectedSubTypes = (event: EventRecord): SubType[] =>
  event.sub_types.filter((t) => t.origin === event.origin || isReferenceOrigin(t.origin))

/** How one implementation treats one declared sub_type: emitted as is, emitted under another name, or not at all. */
export type SubTypeUse = { use: 'emitted' } | { use: 'renamed'; to: string } | { use: 'missing' }

export function subTypeUse(s: Statement, name: string): SubTypeUse {
  const rename = s.sub_type_renames?.find((r) => r.from === name)
  if (rename) return { use: 'renamed', to: rename.to }
  return s.sub_types?.includes(name) ? { use: 'emitted' } : { use: 'missing' }
}

/** Of the expected sub_types, how many one implementation emits under their own name. */
export function subTypeCount(event: EventRecord, s: Statement): Ratio {
  const expected = expectedSubTypes(event)
  return { supported: expected.filter((t) => subTypeUse(s, t.name).use === 'emitted').length, total: expected.length }
}
