/** One page per implementation: its facts, coverage figures, what it lacks, its extensions, its quirks. */
import { IMPLEMENTATIONS_FILE, type ApiRecord, type Dataset, type EventRecord, type FeatureRecord } from '../load.js'
import type { Implementation, Statement } from '../schema.js'
import { apisByCategory, cellMark, cellOrigin, coverage, coverageOf, eventsByPostType, isReferenceOrigin, isSupported, isSupportedStatus, percent, POST_TYPE_TITLES, segmentCoverage, shownIcon } from '../model.js'
import { markChip } from './mark.js'
import { noteLead, summarizeDiffs } from './statement.js'
import { featurePath, SEGMENT_CELLS } from '../kinds.js'
import { statementOf } from '../statements.js'
import { stackedBarChart, supportSegments } from './chart.js'
import { apiPath, cellAnchor, implAnchor, segmentPath } from '../slug.js'
import { cell, code, frontMatter, shortCommit, table, text } from './markdown.js'

/** Features with one statement per implementation, listed alike: APIs and events. */
type Listed = ApiRecord | EventRecord

/**
 * One line per API or event: its mark, name and title, and why it is listed (its first difference or
 * the first sentence of its note; for an extension, what it does).
 */
function list<T extends Listed>(features: T[], impl: Implementation, empty: string, why: (feature: T, s: Statement) => string | undefined): string {
  if (!features.length) return empty
  return features
    .map((feature) => {
      const s = feature.support[impl.id]!
      const reason = why(feature, s)
      const link = `[${code(feature.name)}](${featurePath(feature)}#${implAnchor(impl.id)})`
      return `- ${markChip(cellMark(feature.origin, s))} ${link} ${cell(feature.title)}${reason ? `：${cell(reason)}` : ''}`
    })
    .join('\n')
}

/** Why a statement is what it is, in one line. */
const reason = (feature: FeatureRecord, s: Statement) => summarizeDiffs(feature, s)[0] ?? noteLead(s.note)
/** Why something is missing: what the note says (another name, a stub), else that nothing is registered. */
const missingReason = (_: Listed, s: Statement) => noteLead(s.note) ?? (s.status === 'none' ? '审计的提交中没有注册' : undefined)
/** What an extension does: the first sentence of its description. */
const purpose = (feature: Listed) => noteLead(feature.body)

const segmentLink = (type: string, anchor: string) => `[${code(type)}](${segmentPath(type)}#${anchor})`

/** The 消息段 section: coverage per direction, the standard types missing in each, the extensions supported. */
function segmentSection(impl: Implementation, dataset: Dataset): string {
  const rows = SEGMENT_CELLS.map((c) => {
    const cov = segmentCoverage(dataset, impl.id, c)
    return [c.long, `${cov.standard.supported} / ${cov.standard.total}（${percent(cov.standard)}）`, String(cov.extensions), String(cov.stubs)]
  })
  const lists = SEGMENT_CELLS.flatMap((c) => {
    const inDirection = dataset.segments.map((segment) => ({ segment, s: statementOf(segment, impl.id, c)! }))
    const link = ({ segment }: (typeof inDirection)[number]) => segmentLink(segment.name, cellAnchor(impl.id, c.key))
    const missing = inDirection.filter(({ segment, s }) => cellOrigin(segment, c) === 'onebot11' && !isSupported(s))
    const extensions = inDirection.filter(({ segment, s }) => cellOrigin(segment, c) !== 'onebot11' && isSupported(s))
    const stubs = inDirection.filter(({ s }) => s.kind === 'stub')
    return [
      `**${c.long}时缺少的标准类型**：${missing.length ? missing.map(link).join(' · ') : '没有'}`,
      '',
      `**${c.long}的扩展类型与方向**：${extensions.length ? extensions.map(link).join(' · ') : '没有'}`,
      '',
      ...(stubs.length ? [`**${c.long}时接受但不做实事**：${stubs.map(link).join(' · ')}`, ''] : []),
    ]
  })
  return [
    `“标准”只计 OneBot 11 标准为该类型定义的方向。完整的逐类型情况见[消息段矩阵](/segments)。`,
    '',
    table(['方向', '标准类型', '扩展', '空实现'], rows, ['l', 'r', 'r', 'r']),
    '',
    ...lists,
  ].join('\n').trimEnd()
}

/** The 事件 section: coverage, the standard events it never posts, those that differ badly, the extensions it posts. */
function eventSection(impl: Implementation, dataset: Dataset): string {
  const c = coverageOf(dataset.events, impl.id)
  const events = eventsByPostType(dataset).flatMap((g) => g.events)
  const pick = (keep: (e: EventRecord, s: Statement) => boolean) => events.filter((e) => keep(e, e.support[impl.id]!))
  const rows = [
    ['OneBot 11 标准事件', `${c.standard.supported} / ${c.standard.total}（${percent(c.standard)}）`],
    ['go-cqhttp 扩展事件', `${c.goCqhttp.supported} / ${c.goCqhttp.total}（${percent(c.goCqhttp)}）`],
    ['其他扩展事件', String(c.own + c.otherExtensions)],
  ]
  return [
    `实现“真的会上报”才算支持：只定义了类、从不构造或发送的事件记为未实现。完整的逐事件情况见[事件矩阵](/events)，分类见${eventsByPostType(dataset).map((g) => POST_TYPE_TITLES[g.postType]).join('、')}。`,
    '',
    table(['指标', '数值'], rows, ['l', 'r']),
    '',
    '**不上报的标准事件**：',
    '',
    list(pick((e, s) => e.origin === 'onebot11' && !isSupported(s)), impl, '没有：所有 OneBot 11 标准事件都会上报。', missingReason),
    '',
    '**有严重差异的事件**：',
    '',
    list(pick((_, s) => s.status === 'major'), impl, '没有。', reason),
    '',
    '**上报的扩展事件**：',
    '',
    list(pick((e, s) => e.origin !== 'onebot11' && isSupported(s)), impl, '没有。', purpose),
  ].join('\n')
}

/** How many releases the 版本 section lists, newest first: the ones a reader is likely to run. */
const RECENT_RELEASES = 12

/** The 版本 section: since which release the API cells date, and what each recent release added. */
function releaseSection(impl: Implementation, dataset: Dataset): string {
  const releases = dataset.releases[impl.id]
  if (!releases) {
    return `${impl.name} 在审计时的版本之前没有可读的发布标签，本站不给出它的 API 起始版本（\`since\`）。`
  }
  const added = new Map<string, ApiRecord[]>()
  let undated = 0
  for (const api of dataset.apis) {
    const s = api.support[impl.id]!
    if (!isSupportedStatus(s.status)) continue
    if (!s.since) undated++
    else if (!s.since.startsWith('≤')) added.set(s.since, [...(added.get(s.since) ?? []), api])
  }
  const recent = releases.filter((r) => added.has(r.tag)).slice(-RECENT_RELEASES).reverse()
  // A fork's repository also holds its parent's tags; those releases are the parent's, not its own.
  const inherited = impl.audit.first_release ? `仓库里更早的标签是上游项目的发布，不计入；从它自己的第一个版本 ${impl.audit.first_release} 读起。` : ''
  return [
    `起始版本由本站按 ${impl.name} 的发布标签逐个读取源码算出：${releases.length} 个可读的版本，从 ${releases[0]!.tag}（${releases[0]!.date}）到 ${releases.at(-1)!.tag}（${releases.at(-1)!.date}）。${inherited}第一个可读版本就有的 API 记为“${releases[0]!.tag} 及更早的版本就有”。在[支持矩阵](/matrix#version)里可以选出你的版本，看它还缺哪些 API。`,
    ...(undated ? ['', `另有 ${undated} 个 API 在审计的提交中已注册，但还没有进入任何发布版本。`] : []),
    '',
    ...recent.flatMap((r) => [
      `**${r.tag}**（${r.date}）新增：${added.get(r.tag)!.map((api) => `[${code(api.name)}](${apiPath(api.name)}#${implAnchor(impl.id)})`).join('、')}`,
      '',
    ]),
  ].join('\n').trimEnd()
}

export function renderImplPage(impl: Implementation, dataset: Dataset): string {
  const c = coverage(dataset, impl.id)
  const entries = dataset.apis.map((api) => ({ api, s: api.support[impl.id]! }))
  const pick = (keep: (api: ApiRecord, s: Statement) => boolean) => entries.filter(({ api, s }) => keep(api, s)).map(({ api }) => api)
  const missingStandard = pick((api, s) => api.origin === 'onebot11' && !isSupported(s))
  const missingGoCqhttp = pick((api, s) => api.origin === 'go-cqhttp' && !isSupported(s))
  const own = pick((api, s) => api.origin === impl.id && isSupported(s))
  const otherExtensions = pick((api, s) => !isReferenceOrigin(api.origin) && api.origin !== impl.id && isSupported(s))
  const stubs = pick((_, s) => s.kind === 'stub')
  const debug = pick((_, s) => s.kind === 'debug')
  const major = pick((_, s) => s.status === 'major' && s.kind !== 'stub')

  const facts = table(
    ['项目', '内容'],
    [
      ['仓库', `[${impl.repository}](https://github.com/${impl.repository})`],
      ['文档', impl.docs ? `[${impl.docs}](${impl.docs})` : '无独立文档'],
      ['维护状态', impl.maintained ? '仍在维护' : '已停止维护'],
      ['审计提交', `[${shortCommit(impl.audit.commit)}](https://github.com/${impl.repository}/tree/${impl.audit.commit})（${impl.audit.branch} 分支，${impl.audit.date}）`],
      ['审计时版本', impl.audit.version ?? '未发布版本号'],
    ],
  )

  const coverageRows = table(
    ['指标', '数值'],
    [
      ['OneBot 11 标准 API', `${c.standard.supported} / ${c.standard.total}（${percent(c.standard)}）`],
      ['go-cqhttp 扩展 API', `${c.goCqhttp.supported} / ${c.goCqhttp.total}（${percent(c.goCqhttp)}）`],
      ['自有扩展', String(c.own)],
      ['支持的其他扩展', String(c.otherExtensions)],
      ['空实现', String(c.stubs)],
      ['未审计', String(c.unknown)],
    ],
    ['l', 'r'],
  )

  const byCategory = table(
    ['分类', '✅ 完整', '☑️ 轻微差异', '⚠️ 严重差异 / 空实现', '✨ 扩展', '❌ 未实现', '❔ 未审计'],
    apisByCategory(dataset)
      .filter((g) => g.apis.length)
      .map(({ category, apis }) => {
        const counts: Record<string, number> = { '✅': 0, '☑️': 0, '⚠️': 0, '✨': 0, '❌': 0, '❔': 0 }
        for (const api of apis) counts[shownIcon(api.origin, api.support[impl.id]!)]!++
        return [category.title, ...['✅', '☑️', '⚠️', '✨', '❌', '❔'].map((k) => String(counts[k]))]
      }),
    ['l', 'r', 'r', 'r', 'r', 'r', 'r'],
  )

  const chart = stackedBarChart(
    `chart-${impl.id}`,
    `${impl.name} 各分类的支持情况（API 个数）`,
    apisByCategory(dataset)
      .filter((g) => g.apis.length)
      .map(({ category, apis }) => ({
        label: category.title,
        segments: supportSegments(apis, impl.id),
      })),
  )

  const behaviours = impl.behaviours.length
    ? impl.behaviours.map((b) => `- **${cell(b.topic)}**：${cell(b.summary)}${b.source ? `（[源码](${b.source})）` : ''}`).join('\n')
    : '没有记录全局行为差异。'

  const body = [
    `# ${cell(impl.name)}`,
    '',
    text(impl.description),
    '',
    facts,
    '',
    '## 覆盖率 {#coverage}',
    '',
    coverageRows,
    '',
    '## 按分类 {#by-category}',
    '',
    chart,
    '',
    '下表是图中数字的文字版，并按显示的图标细分：',
    '',
    byCategory,
    '',
    '## 消息段 {#segments}',
    '',
    segmentSection(impl, dataset),
    '',
    '## 事件 {#events}',
    '',
    eventSection(impl, dataset),
    '',
    '## 版本 {#releases}',
    '',
    releaseSection(impl, dataset),
    '',
    '## 全局行为 {#behaviours}',
    '',
    '以下行为对该实现的所有 API（以及事件上报）都成立。',
    '',
    behaviours,
    '',
    '## 缺少的标准 API {#missing-standard}',
    '',
    list(missingStandard, impl, '没有：所有 OneBot 11 标准 API 均已支持。', missingReason),
    '',
    '## 缺少的 go-cqhttp 扩展 {#missing-go-cqhttp}',
    '',
    ...(impl.id === 'go-cqhttp' ? [] : ['从 go-cqhttp 迁移过来的机器人最常用到这些 API。', '']),
    list(missingGoCqhttp, impl, '没有：所有 go-cqhttp 扩展 API 均已支持。', missingReason),
    '',
    '## 严重差异 {#major}',
    '',
    list(major, impl, '没有严重差异的 API。', reason),
    '',
    '## 空实现 {#stubs}',
    '',
    list(stubs, impl, '没有已注册但不做实事的 API。', missingReason),
    '',
    '## 自有扩展 {#own-extensions}',
    '',
    list(own, impl, `没有由 ${impl.name} 首创的扩展 API。`, purpose),
    '',
    '## 支持的其他扩展 {#other-extensions}',
    '',
    list(otherExtensions, impl, '没有支持其他实现首创的扩展 API。', purpose),
    '',
    '## 调试与测试用 API {#debug}',
    '',
    list(debug, impl, '没有仅供调试的 API。', missingReason),
  ].join('\n')

  return `${frontMatter({
    title: impl.name,
    description: `${impl.name} 的 OneBot 11 API 覆盖率、缺少的标准 API、自有扩展、消息段、事件与全局行为差异（审计于 ${impl.audit.date}）。`,
    // Its facts (repository, audit, behaviours) are edited there; the page itself is generated.
    dataFile: IMPLEMENTATIONS_FILE,
    outline: 2,
  })}\n${body}\n`
}

export const implPageFile = (impl: Implementation): string => `impl/${impl.id}.md`
