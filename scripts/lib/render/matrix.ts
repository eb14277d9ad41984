/**
 * The support matrix: one table per category, one column per implementation. API names link to
 * their pages and each cell to that implementation's note; links are reference-style with their
 * definitions generated under each table.
 */
import type { Dataset } from '../load.js'
import { apisByCategory, coverage, LEGEND, legendEntry, originInfo, percent, shownIcon } from '../model.js'
import { apiPath, categoryAnchor, implAnchor, implPath } from '../slug.js'
import { cell, code, frontMatter, linkTitle, table, text } from './markdown.js'

export function legendTable(): string {
  return table(['图标', '含义', '说明'], LEGEND.map((l) => [l.icon, l.label, l.meaning]), ['c', 'l', 'l'])
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

export function renderMatrix(dataset: Dataset): string {
  const impls = dataset.implementations
  const sections = apisByCategory(dataset)
    .filter((g) => g.apis.length > 0)
    .map(({ category, apis }) => {
      const refs: string[] = []
      const rows = apis.map((api) => {
        const apiRef = `api:${api.slug}`
        refs.push(`[${apiRef}]: ${apiPath(api.name)} ${linkTitle(api.title)}`)
        const cells = impls.map((impl) => {
          const s = api.support[impl.id]!
          const icon = shownIcon(api.origin, s)
          const ref = `${api.slug}:${impl.id}`
          refs.push(`[${ref}]: ${apiPath(api.name)}#${implAnchor(impl.id)} ${linkTitle(`${impl.name}：${legendEntry(icon).label}`)}`)
          return `[${icon}][${ref}]`
        })
        return [`[${code(api.name)}][${apiRef}]`, cell(api.title), ...cells, originInfo(api.origin, impls).short]
      })
      return [
        `## ${cell(category.title)} {#${categoryAnchor(category.id)}}`,
        '',
        text(category.description),
        '',
        table(['API', '名称', ...impls.map((i) => i.name), '来源'], rows, ['l', 'l', ...impls.map(() => 'c' as const), 'l']),
        '',
        ...refs,
      ].join('\n')
    })

  const intro = [
    '# 支持矩阵',
    '',
    `${dataset.apis.length} 个 API，${impls.length} 个实现。点击 API 名称查看参数与各实现的差异，点击图标直接跳到该实现的说明。`,
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

  // The filters are the one interactive piece; the tables stay plain markdown, complete without JavaScript.
  return [
    frontMatter({
      title: '支持矩阵',
      description: `${dataset.apis.length} 个 OneBot 11 API 在 ${impls.map((i) => i.name).join('、')} 中的支持情况一览。`,
      outline: 2,
      pageClass: 'matrix-page',
    }),
    `<script setup>\nimport MatrixFilters from '../.vitepress/theme/components/MatrixFilters.vue'\n</script>\n`,
    intro,
    '',
    '## 筛选 {#filters}',
    '',
    '<MatrixFilters />',
    '',
    sections.join('\n\n'),
    '',
  ].join('\n')
}
