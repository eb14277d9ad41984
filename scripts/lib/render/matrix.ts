/**
 * The support matrices: one table per group (API category, segment origin), one column per
 * implementation. Feature names link to their pages (reference-style, with the definitions generated
 * under each table) and each statement of a cell to its note. Actions and segments go through the
 * same table writer; a segment cell holds two statements, 发 and 收.
 */
import type { Dataset, EventRecord, FeatureRecord } from '../load.js'
import { KINDS, SEGMENT_CELLS, featurePath, type CellSpec } from '../kinds.js'
import type { Implementation } from '../schema.js'
import {
  apisByCategory,
  cellMark,
  cellOrigin,
  coverage,
  coverageOf,
  eventsByPostType,
  familyOf,
  isSupported,
  LEGEND,
  MARKS,
  originInfo,
  percent,
  POST_TYPE_TITLES,
  segmentCoverage,
  segmentsByOrigin,
  subTypeCount,
} from '../model.js'
import { cellsOf, statementOf } from '../statements.js'
import { apiPath, categoryAnchor, cellAnchor, implPath, originAnchor, postTypeAnchor } from '../slug.js'
import { cell, code, frontMatter, linkTitle, table, text } from './markdown.js'
import { markChip, markClass, markGlyph, markLabel } from './mark.js'
import { sinceText } from './statement.js'
import { subTypeCell } from './event-page.js'

/**
 * The legend: each mark as the matrices draw it, the icon prose uses for it, and what it means, said of
 * the kind the matrix lists (API, 消息段, 事件).
 */
export function legendTable(noun = 'API'): string {
  const meaning = (icon: string) => LEGEND.find((l) => l.icon === icon)!.meaning
  const plain = { extension: false, stub: false }
  const rows = [
    ...MARKS.filter((m) => m.mark === 'full' || m.mark === 'minor' || m.mark === 'major').map((m) => [markChip({ mark: m.mark, ...plain }), m.icon, m.label, meaning(m.icon)]),
    [markChip({ mark: 'major', extension: false, stub: true }), '⚠️', '空实现', '已注册，调用不报错，却不做它该做的事；计入严重差异，不算支持'],
    [markChip({ mark: 'minor', extension: true, stub: false }), '✨', '扩展', `标记右上角的金色角表示${meaning('✨').replace(/^已实现，且/, '').replace('该 API', `该${noun}`)}；标记仍显示该实现的支持程度`],
    ...MARKS.filter((m) => m.mark === 'none' || m.mark === 'unknown').map((m) => [markChip({ mark: m.mark, ...plain }), m.icon, m.label, meaning(m.icon)]),
  ]
  // Wrapped so the stylesheet can keep the short columns on one line.
  return `<div class="legend">\n\n${table(['标记', '文中图标', '含义', '说明'], rows, ['c', 'c', 'l', 'l'])}\n\n</div>`
}

interface MatrixGroup {
  heading: string
  anchor: string
  description?: string
  features: FeatureRecord[]
}

/**
 * A generous height for a matrix row (about 56 px at 1280 px wide, more with a family line or on a
 * phone), for the estimated height of a table not yet laid out: an estimate short of the real height
 * would let the real rows overlap the next table while tools measure the page.
 */
const ROW_HEIGHT = 90

/** Prefix of a feature's page reference, so an API and a segment of the same name never share one. */
const PAGE_REF: Record<FeatureRecord['kind'], string> = { action: 'api', segment: 'seg', event: 'evt' }

/**
 * An implementation's name as a column header, so narrow columns fit: a long name may break after a
 * dot, before a parenthesis, or else between the words of a CamelCase name (the part in parentheses
 * too, so that its closing parenthesis never wraps alone).
 */
export function headerName(name: string): string {
  if (name.length <= 9) return name
  const camel = (s: string) => s.replace(/([a-z])([A-Z])/g, '$1<wbr>$2')
  const aside = name.match(/^(.+) \((.+)\)$/)
  if (aside) return `${headerName(aside[1]!)}<wbr> (${camel(aside[2]!)})`
  const dotted = name.replace(/\./g, '.<wbr>')
  return dotted !== name ? dotted : camel(name)
}

/** The feature column: its name, its title (and origin, where the group does not say it), its family. */
function featureCell(dataset: Dataset, feature: FeatureRecord, pageRef: string, showOrigin: boolean): string {
  const sub = [cell(feature.title), ...(showOrigin ? [originInfo(feature.origin, dataset.implementations).short] : [])].join(' · ')
  const lines = [`[${code(feature.name)}][${pageRef}]`, `<span class="mx-sub">${sub}</span>`]
  const family = feature.kind === 'action' ? familyOf(dataset, feature.name) : undefined
  if (family) {
    const others = family.names.filter((n) => n !== feature.name).map((n) => `[${code(n)}](${apiPath(n)})`)
    lines.push(`<span class="mx-family" title="${cell(family.title)}">同功能：${others.join('、')}</span>`)
  }
  return lines.join('<br>')
}

/**
 * A cell: one link per statement, drawn as its mark. Written as HTML so the mark is the link itself
 * (the matrices hold thousands of cells, and every element costs the reader's browser time). The address
 * is relative to the matrix page, so it holds under any base path; `target` keeps the client router
 * off it, so that a click can open the note in place (CellNotes) while a new tab still gets the page.
 */
function cellLink(feature: FeatureRecord, impl: Implementation, c: CellSpec): string {
  const s = statementOf(feature, impl.id, c)!
  const mark = cellMark(cellOrigin(feature, c), s)
  // An event that leaves out some of the sub_types expected of it says how many it emits (3/4).
  const count = feature.kind === 'event' && isSupported(s) ? subTypeCount(feature, s) : undefined
  const partial = count && count.supported < count.total ? count : undefined
  const since = s.since ? `，${sinceText(s, false)}` : ''
  const label = `${c.long ? `${impl.name} ${c.long}` : impl.name}：${markLabel(mark)}${partial ? `，发出 ${partial.supported}/${partial.total} 个子类型` : ''}${since}`
  const href = `${featurePath(feature).slice(1)}#${cellAnchor(impl.id, c.key)}`
  const direction = c.label ? `<i>${c.label}</i>` : ''
  const fraction = partial ? `<small>${partial.supported}/${partial.total}</small>` : ''
  return `<a class="${markClass(mark)}" href="${href}" title="${label}" aria-label="${label}" target="_self">${direction}${markGlyph(mark)}${fraction}</a>`
}

/**
 * An event's rows per sub_type, under its own row, hidden until the reader expands them
 * (EventSubTypeSwitch): whether each implementation emits the sub_type, renames it or leaves it out.
 */
function subTypeRows(event: EventRecord, impls: Implementation[]): string[][] {
  return event.sub_types.map((t) => [
    `<span class="mx-subrow">↳ ${code(t.name)} ${cell(t.description)}</span>`,
    ...impls.map((impl) => subTypeCell(event.support[impl.id]!, t.name, impl.name)),
  ])
}

function matrixGroup(dataset: Dataset, group: MatrixGroup, firstHeader: string, showOrigin: boolean): string {
  const impls = dataset.implementations
  const refs: string[] = []
  const rows = group.features.map((feature) => {
    const pageRef = `${PAGE_REF[feature.kind]}:${feature.slug}`
    refs.push(`[${pageRef}]: ${featurePath(feature)} ${linkTitle(feature.title)}`)
    const cells = impls.map((impl) => cellsOf(feature).map((c) => cellLink(feature, impl, c)).join(' '))
    return [[featureCell(dataset, feature, pageRef, showOrigin), ...cells], ...(feature.kind === 'event' ? subTypeRows(feature, impls) : [])]
  }).flat()
  return [
    `## ${cell(group.heading)} {#${group.anchor}}`,
    '',
    ...(group.description ? [text(group.description), ''] : []),
    // A wrapper the stylesheet can size: the tables fit the column and keep their header row in view.
    // Its estimated height lets the browser skip laying out tables off screen until they are near.
    `<div class="mx" style="contain-intrinsic-size: auto ${ROW_HEIGHT * (group.features.length + 1)}px">`,
    '',
    table([firstHeader, ...impls.map((i) => `[${headerName(i.name)}](${implPath(i.id)})`)], rows, ['l', ...impls.map(() => 'c' as const)]),
    '',
    '</div>',
    '',
    ...refs,
  ].join('\n')
}

function coverageTable(dataset: Dataset): string {
  const rows = dataset.implementations.map((impl) => {
    const c = coverage(dataset, impl.id)
    return [
      `[${impl.name}](${implPath(impl.id)})`,
      `${c.standard.supported} / ${c.standard.total}（${percent(c.standard)}）`,
      `${c.goCqhttp.supported} / ${c.goCqhttp.total}（${percent(c.goCqhttp)}）`,
      String(c.own),
      String(c.otherExtensions),
      String(c.stubs),
      String(c.unknown),
    ]
  })
  return table(['实现', 'OneBot 11 标准', 'go-cqhttp 扩展', '自有扩展', '其他扩展', '空实现', '未审计'], rows, ['l', 'r', 'r', 'r', 'r', 'r', 'r'])
}

/** What one matrix page says around its tables. */
interface MatrixPage {
  title: string
  description: string
  pageClass: string
  /** The intro: heading, what the page lists, legend and coverage. */
  intro: string
  /** Interactive controls above the tables (filters, a version, a switch): heading, anchor and component. */
  controls?: { heading: string; anchor: string; component: string }[]
  sections: string[]
}

/**
 * The frame every matrix page shares: front matter, the components it uses, the intro, its control, the
 * tables, and the dialog a cell's note opens in. The tables stay plain markdown, complete without
 * JavaScript.
 */
function matrixPage(page: MatrixPage): string {
  const controls = page.controls ?? []
  const components = [...controls.map((c) => c.component), 'CellNotes']
  return [
    frontMatter({
      title: page.title,
      description: page.description,
      outline: 2,
      pageClass: page.pageClass,
      editLink: false, // generated from every data file: there is no one file to edit
    }),
    `<script setup>\n${components.map((c) => `import ${c} from '../.vitepress/theme/components/${c}.vue'`).join('\n')}\n</script>\n`,
    page.intro,
    '',
    ...controls.flatMap((c) => [`## ${c.heading} {#${c.anchor}}`, '', `<${c.component} />`, '']),
    page.sections.join('\n\n'),
    '',
    '<CellNotes />',
    '',
  ].join('\n')
}

export function renderMatrix(dataset: Dataset): string {
  const impls = dataset.implementations
  const sections = apisByCategory(dataset)
    .filter((g) => g.apis.length > 0)
    .map(({ category, apis }) =>
      matrixGroup(dataset, { heading: category.title, anchor: categoryAnchor(category.id), description: category.description, features: apis }, 'API', true),
    )

  const intro = [
    '# 支持矩阵',
    '',
    `${dataset.apis.length} 个 API，${impls.length} 个实现。点击 API 名称查看参数与各实现的差异；点击格子（或用 Tab 选中后按 Enter）就地查看该实现的说明与源码出处。`,
    '',
    '## 图例 {#legend}',
    '',
    legendTable(),
    '',
    '## 覆盖率 {#coverage}',
    '',
    '“支持”只计完整支持、轻微差异和严重差异，不含空实现。',
    '',
    coverageTable(dataset),
  ].join('\n')

  return matrixPage({
    title: '支持矩阵',
    description: `${dataset.apis.length} 个 OneBot 11 API 在 ${impls.map((i) => i.name).join('、')} 中的支持情况一览。`,
    pageClass: 'matrix-page',
    intro,
    controls: [
      { heading: '筛选', anchor: 'filters', component: 'MatrixFilters' },
      { heading: '我的版本', anchor: 'version', component: 'VersionPicker' },
    ],
    sections,
  })
}

function segmentCoverageTable(dataset: Dataset): string {
  const rows = dataset.implementations.map((impl) => [
    `[${impl.name}](${implPath(impl.id)}#segments)`,
    ...SEGMENT_CELLS.flatMap((c) => {
      const cov = segmentCoverage(dataset, impl.id, c)
      return [`${cov.standard.supported} / ${cov.standard.total}（${percent(cov.standard)}）`, String(cov.extensions)]
    }),
  ])
  return table(['实现', '发送：标准', '发送：扩展', '接收：标准', '接收：扩展'], rows, ['l', 'r', 'r', 'r', 'r'])
}

export function renderSegmentMatrix(dataset: Dataset): string {
  const impls = dataset.implementations
  const sections = segmentsByOrigin(dataset).map(({ origin, segments }) =>
    matrixGroup(dataset, { heading: originInfo(origin, impls).label, anchor: originAnchor(origin), features: segments }, '类型', false),
  )
  const intro = [
    `# ${KINDS.segment.label}支持矩阵`,
    '',
    `${dataset.segments.length} 种消息段，${impls.length} 个实现。每格分两半：**发** 指实现接受这种消息段并把它发出去，**收** 指实现在收到的消息里以这个 \`type\` 上报。内容以另一种类型到达（例如卡片以 \`json\` 到达）不算“收”。点击类型查看字段与各实现的差异；点击格子就地查看该方向的说明与源码出处。`,
    '',
    '## 图例 {#legend}',
    '',
    legendTable('消息段'),
    '',
    '标准没有定义的方向（例如发送 `forward`、接收 `node`）上的支持按扩展显示。',
    '',
    '## 覆盖率 {#coverage}',
    '',
    '“标准”只计 OneBot 11 标准为该类型定义的方向；“扩展”是其余被支持的类型与方向。空实现不计入。',
    '',
    segmentCoverageTable(dataset),
  ].join('\n')
  return matrixPage({
    title: '消息段支持矩阵',
    description: `${dataset.segments.length} 种 OneBot 11 消息段在 ${impls.map((i) => i.name).join('、')} 中的发送与接收支持一览。`,
    pageClass: 'matrix-page segment-matrix-page',
    intro,
    sections,
  })
}

function eventCoverageTable(dataset: Dataset): string {
  const rows = dataset.implementations.map((impl) => {
    const c = coverageOf(dataset.events, impl.id)
    return [
      `[${impl.name}](${implPath(impl.id)}#events)`,
      `${c.standard.supported} / ${c.standard.total}（${percent(c.standard)}）`,
      `${c.goCqhttp.supported} / ${c.goCqhttp.total}（${percent(c.goCqhttp)}）`,
      String(c.own + c.otherExtensions),
    ]
  })
  return table(['实现', 'OneBot 11 标准', 'go-cqhttp 扩展', '其他扩展'], rows, ['l', 'r', 'r', 'r'])
}

export function renderEventMatrix(dataset: Dataset): string {
  const impls = dataset.implementations
  const sections = eventsByPostType(dataset).map(({ postType, events }) =>
    matrixGroup(dataset, { heading: `${POST_TYPE_TITLES[postType]}（${postType}）`, anchor: postTypeAnchor(postType), features: events }, '事件', true),
  )
  const intro = [
    `# ${KINDS.event.label}支持矩阵`,
    '',
    `${dataset.events.length} 种事件，${impls.length} 个实现。一个事件是一组 \`post_type\` 与 \`notice_type\`／\`request_type\`／\`meta_event_type\`／\`message_type\`，\`notify\` 通知按 \`sub_type\` 分开。格子表示实现是否真的会上报它：只定义了类、从不构造或发送的，记为未实现。没有发出全部应有子类型的，格子里标出发出了几个（如 3/4）；打开下面的开关可逐个子类型查看。`,
    '',
    '## 图例 {#legend}',
    '',
    legendTable('事件'),
    '',
    '展开子类型后：✓ 发出；→ 以另一个名称发出；✕ 不发出；— 整个事件都不发出。',
    '',
    '## 覆盖率 {#coverage}',
    '',
    '“支持”只计完整支持、轻微差异和严重差异。',
    '',
    eventCoverageTable(dataset),
  ].join('\n')
  return matrixPage({
    title: '事件支持矩阵',
    description: `${dataset.events.length} 种 OneBot 11 事件在 ${impls.map((i) => i.name).join('、')} 中是否真的上报、发出哪些子类型。`,
    pageClass: 'matrix-page event-matrix-page',
    intro,
    controls: [{ heading: '子类型', anchor: 'sub-types', component: 'EventSubTypeSwitch' }],
    sections,
  })
}
