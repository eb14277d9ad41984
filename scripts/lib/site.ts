/** Renders every generated file of the site from a validated dataset, in memory. */
import type { Dataset } from './load.js'
import { apisByCategory, coverage, percent, isReferenceOrigin } from './model.js'
import { stackedBarChart, supportSegments } from './render/chart.js'
import { categoryAnchor, implPath } from './slug.js'
import { apiPageFile, renderApiPage } from './render/api-page.js'
import { implPageFile, renderImplPage } from './render/impl-page.js'
import { legendTable, renderEventMatrix, renderMatrix, renderSegmentMatrix } from './render/matrix.js'
import { renderSegmentPage, segmentPageFile } from './render/segment-page.js'
import { eventPageFile, renderEventPage } from './render/event-page.js'
import { featureNotes, notesFile } from './render/cell-notes.js'
import { features } from './statements.js'
import { table } from './render/markdown.js'
import { buildFacets } from './facets.js'
import { compareFiles } from './compare-data.js'
import { versionFiles } from './releases-data.js'
import { buildExport, exportJsonSchema, EXPORT_FILE, EXPORT_SCHEMA_FILE, llmsFullTxt, llmsTxt } from './export.js'

export interface SidebarItem {
  text: string
  link?: string
  items?: SidebarItem[]
}

/**
 * Folders (relative to docs/) that the generator owns, whose files come and go with the data. The
 * generator's other files (matrix.md, the exports in public/) are written on every run.
 */
export const GENERATED_DIRS = ['api', 'segments', 'events', 'impl', 'parts', 'public/notes', 'public/compare', 'public/releases']

function implementationsPart(dataset: Dataset): string {
  const rows = dataset.implementations.map((impl) => {
    const c = coverage(dataset, impl.id)
    return [
      `[${impl.name}](${implPath(impl.id)})`,
      impl.maintained ? '维护中' : '已停止维护',
      `${c.standard.supported} / ${c.standard.total}（${percent(c.standard)}）`,
      `${c.goCqhttp.supported} / ${c.goCqhttp.total}（${percent(c.goCqhttp)}）`,
      String(c.own),
      impl.audit.date,
    ]
  })
  return table(['实现', '状态', 'OneBot 11 标准', 'go-cqhttp 扩展', '自有扩展', '审计日期'], rows, ['l', 'l', 'r', 'r', 'r', 'l']) + '\n'
}

/** The home page's overview: every implementation on the APIs that have a reference definition. */
function overviewChart(dataset: Dataset): string {
  const reference = dataset.apis.filter((a) => isReferenceOrigin(a.origin))
  const chart = stackedBarChart(
    'chart-overview',
    `各实现对 ${reference.length} 个 OneBot 11 标准与 go-cqhttp 扩展 API 的支持`,
    dataset.implementations.map((impl) => ({
      label: impl.name,
      segments: supportSegments(reference, impl.id),
    })),
  )
  return `${chart}\n`
}

/**
 * The sidebar lists the overview pages, the implementations and the categories; each category links
 * to its table in the matrix, which is the index of APIs. Listing all APIs here would put hundreds
 * of links into every page (and its inlined site data), past the page-weight budget.
 */
export function sidebar(dataset: Dataset): SidebarItem[] {
  return [
    {
      text: '总览',
      items: [
        { text: '支持矩阵', link: '/matrix' },
        { text: '消息段矩阵', link: '/segments' },
        { text: '事件矩阵', link: '/events' },
        { text: '对比两个实现', link: '/compare' },
        { text: '参与贡献', link: '/contributing' },
      ],
    },
    { text: '实现', items: dataset.implementations.map((i) => ({ text: i.name, link: implPath(i.id) })) },
    {
      text: 'API 分类',
      items: apisByCategory(dataset)
        .filter((g) => g.apis.length)
        .map(({ category, apis }) => ({ text: `${category.title}（${apis.length}）`, link: `/matrix#${categoryAnchor(category.id)}` })),
    },
  ]
}

/** Every generated file, keyed by its path relative to docs/. */
export function renderSite(dataset: Dataset, dates: Map<string, string> = new Map()): Map<string, string> {
  const files = new Map<string, string>()
  for (const api of dataset.apis) files.set(apiPageFile(api), renderApiPage(api, dataset, dates.get(api.file)))
  for (const segment of dataset.segments) files.set(segmentPageFile(segment), renderSegmentPage(segment, dataset, dates.get(segment.file)))
  for (const event of dataset.events) files.set(eventPageFile(event), renderEventPage(event, dataset, dates.get(event.file)))
  for (const feature of features(dataset)) files.set(notesFile(feature), JSON.stringify(featureNotes(feature, dataset)) + '\n')
  for (const impl of dataset.implementations) files.set(implPageFile(impl), renderImplPage(impl, dataset))
  files.set('matrix.md', renderMatrix(dataset))
  files.set('segments.md', renderSegmentMatrix(dataset))
  files.set('events.md', renderEventMatrix(dataset))
  files.set('parts/implementations.md', implementationsPart(dataset))
  files.set('parts/legend.md', legendTable() + '\n')
  files.set('parts/overview-chart.md', overviewChart(dataset))
  files.set('parts/sidebar.json', JSON.stringify(sidebar(dataset), null, 2) + '\n')
  files.set('parts/facets.json', JSON.stringify(buildFacets(dataset)) + '\n')
  for (const [file, content] of compareFiles(dataset)) files.set(file, content)
  for (const [file, content] of versionFiles(dataset)) files.set(file, content)
  files.set(`public/${EXPORT_FILE}`, JSON.stringify(buildExport(dataset), null, 2) + '\n')
  files.set(`public/${EXPORT_SCHEMA_FILE}`, JSON.stringify(exportJsonSchema(), null, 2) + '\n')
  files.set('public/llms.txt', llmsTxt(dataset))
  files.set('public/llms-full.txt', llmsFullTxt(dataset))
  return files
}
