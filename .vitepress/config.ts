import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { defineConfig, type DefaultTheme, type PageData } from 'vitepress'
import { EDIT_BASE, REPOSITORY, SITE_URL } from '../scripts/lib/site-info.js'
import { boostDocument, extractField, fuzzy, prefix, processTerm, tokenizeForIndex, tokenizeQuery } from './search.js'
import { tableLabels } from './table-labels.js'

const sidebarFile = fileURLToPath(new URL('../docs/parts/sidebar.json', import.meta.url))
// Written by the generator, which always runs before VitePress (npm run dev / build).
const sidebar: DefaultTheme.SidebarItem[] = existsSync(sidebarFile) ? JSON.parse(readFileSync(sidebarFile, 'utf8')) : []

// Theme-config functions are serialised to the browser, so this one is built with its base inlined:
// generated pages point at their data file, hand-written pages at themselves.
const editLinkPattern = new Function(
  'page',
  `return ${JSON.stringify(EDIT_BASE)} + (page.frontmatter.dataFile || 'docs/' + page.filePath)`,
) as (page: PageData) => string

export default defineConfig({
  srcDir: 'docs',
  srcExclude: ['parts/**'],
  base: process.env.SITE_BASE ?? '/',
  lang: 'zh-CN',
  title: 'OneBot Compat',
  description: 'OneBot 11 各实现的兼容性参考：每个 API 与消息段在 go-cqhttp、NapCat、Lagrange.OneBot、LLOneBot、LuckyLilliaBot、tanebi 中的真实行为，附源码出处。',
  cleanUrls: true,
  // High-contrast syntax colours keep code readable (WCAG AA) on the code-block background.
  markdown: { theme: { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' }, config: tableLabels },
  // One page at a time: the local search index is filled in render order, and only a fixed order
  // makes two builds of the same data byte-identical.
  buildConcurrency: 1,
  lastUpdated: true,
  sitemap: { hostname: SITE_URL },
  head: [
    ['link', { rel: 'icon', type: 'image/svg+xml', href: `${process.env.SITE_BASE ?? '/'}favicon.svg` }],
    ['meta', { name: 'theme-color', content: '#3c8772' }],
  ],
  transformPageData(page) {
    // Generated pages are not in git: their date is their data file's last commit.
    if (page.frontmatter.dataFile) {
      const date = page.frontmatter.lastUpdated
      page.lastUpdated = date ? Date.parse(date) : undefined
    }
  },
  themeConfig: {
    logo: '/favicon.svg',
    nav: [
      { text: 'API', link: '/matrix', activeMatch: '^/(matrix|api/)' },
      { text: '消息段', link: '/segments', activeMatch: '^/segments' },
      { text: '事件', link: '/events', activeMatch: '^/events' },
      { text: '对比', link: '/compare' },
      { text: '参与贡献', link: '/contributing' },
    ],
    sidebar,
    outline: { label: '本页目录' },
    // Generated pages say they edit the page's data instead (theme/edit-link.ts).
    editLink: { pattern: editLinkPattern, text: '在 GitHub 上编辑此页' },
    // Dates read the same for every reader (2025年1月2日), whatever the browser's own language.
    lastUpdated: { text: '最后更新', formatOptions: { dateStyle: 'medium', forceLocale: true } },
    docFooter: { prev: '上一页', next: '下一页' },
    darkModeSwitchLabel: '外观',
    sidebarMenuLabel: '菜单',
    returnToTopLabel: '回到顶部',
    skipToContentLabel: '跳到正文',
    notFound: {
      title: '没有这个页面',
      // The page addresses of scripts/lib/slug.ts: apiPath lowercases, segmentPath keeps the type, eventPath joins a notify sub_type with a dash.
      quote:
        'API 页面的地址是 /api/ 加上全部小写的 action 名称，开头的 . 写作 dot-，开头的 _ 写作 underscore-：例如 ArkShareGroup 在 /api/arksharegroup，.handle_quick_operation 在 /api/dot-handle_quick_operation。消息段页面是 /segments/ 加类型，例如 /segments/image。事件页面是 /events/ 加 post_type 和事件类型，notify 通知再用 - 接上子类型，例如 /events/notice/group_recall、/events/notice/notify-poke。也可以用顶部的搜索按名称或中文标题查找。',
      linkText: '回到首页',
      linkLabel: '回到首页',
    },
    socialLinks: [{ icon: 'github', link: `https://github.com/${REPOSITORY}` }],
    search: {
      provider: 'local',
      options: {
        translations: {
          button: { buttonText: '搜索 API', buttonAriaLabel: '搜索 API' },
          modal: {
            displayDetails: '显示详细列表',
            resetButtonTitle: '清除查询',
            backButtonTitle: '关闭搜索',
            noResultsText: '没有找到',
            footer: { selectText: '选择', navigateText: '切换', closeText: '关闭' },
          },
        },
        miniSearch: {
          options: { extractField, tokenize: tokenizeForIndex, processTerm },
          searchOptions: {
            tokenize: tokenizeQuery,
            processTerm,
            prefix,
            fuzzy,
            combineWith: 'AND',
            boost: { title: 8, titles: 1, text: 1 },
            boostDocument,
          },
        },
        // API pages are found by what identifies them (name, title, aliases, description): their
        // per-implementation notes would drown name matches. Tables of API names elsewhere are left out
        // for the same reason.
        _render(src, env, md) {
          let html = md.render(src, env) // also fills env.frontmatter
          if (env.frontmatter?.search === false) return ''
          // A result shows its section's heading. An API or segment page's h1 is the bare wire name, so
          // the index reads its search title instead (wire name and Chinese title), which is also matched.
          const searchTitle = env.frontmatter?.searchTitle
          if (typeof searchTitle === 'string') {
            html = html.replace(/(<h1[^>]*>).*?(?= <a class="header-anchor")/, `$1${md.utils.escapeHtml(searchTitle)}`)
          }
          // The status strip under the title speaks of implementations, not of what the page is.
          html = html.replace(/<h2 id="support"[\s\S]*?<div class="strip">[\s\S]*?<\/div>/, '')
          if (env.relativePath.startsWith('api/')) return html.split('<h2')[0]!
          // A segment is found by its type, title, description and its field names (the field table).
          if (env.relativePath.startsWith('segments/')) return html.split('<h2 id="example"')[0]!
          // An event is found by its id, title, description, field names and sub_types; the sub_type
          // grid's header (implementation names) would make it a result for every implementation's name.
          if (env.relativePath.startsWith('events/')) return html.split('<h2 id="example"')[0]!.replace(/<thead>[\s\S]*?<\/thead>/g, '')
          return html.replace(/<table[\s\S]*?<\/table>/g, '')
        },
      },
    },
  },
})
