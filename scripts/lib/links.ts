/**
 * Dead-link check over the built site: every internal `href` must reach a page, and every
 * `#fragment` an element id on that page. Runs on HTML, so links that Vue components render are
 * checked the same as links written in markdown.
 */
import { readFileSync } from 'node:fs'
import { relative, sep } from 'node:path'
import { listFiles } from './files.js'

export interface DeadLink {
  page: string
  href: string
  reason: string
}

const HREF = /<a\b[^>]*?\shref="([^"]*)"/g
const ID = /\sid="([^"]*)"/g

const decode = (s: string) =>
  s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>')

/** Pages keyed by their clean URL path: `api/send_msg.html` → `/api/send_msg`, `index.html` → `/`. */
export function pagePath(file: string): string {
  const path = '/' + file.replace(/\.html$/, '')
  return path.endsWith('/index') ? path.slice(0, -'index'.length) : path
}

export function findDeadLinks(pages: Map<string, string>, base = '/'): DeadLink[] {
  const ids = new Map<string, Set<string>>()
  for (const [path, html] of pages) ids.set(path, new Set([...html.matchAll(ID)].map((m) => decodeURIComponent(decode(m[1]!)))))
  const dead: DeadLink[] = []
  for (const [page, html] of pages) {
    for (const match of html.matchAll(HREF)) {
      const href = decode(match[1]!)
      if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(href)) continue // external: http(s), mailto, …
      const [rawPath = '', fragment] = href.split('#')
      let target = rawPath === '' ? page : rawPath
      if (!target.startsWith('/')) target = new URL(target, `http://site${page}`).pathname
      if (target.startsWith(base)) target = '/' + target.slice(base.length)
      target = decodeURIComponent(target).replace(/\.html$/, '')
      if (/\.(?:xml|json|txt|svg|png|ico|css|js)$/.test(target)) continue
      const targetIds = ids.get(target) ?? ids.get(target.endsWith('/') ? target : `${target}/`)
      if (!targetIds) {
        dead.push({ page, href, reason: 'no page at this path' })
        continue
      }
      if (fragment && !targetIds.has(decodeURIComponent(fragment))) {
        dead.push({ page, href, reason: `no element with id "${decodeURIComponent(fragment)}" on ${target}` })
      }
    }
  }
  return dead
}

export function readBuiltPages(dist: string): Map<string, string> {
  const pages = new Map<string, string>()
  for (const file of listFiles(dist).filter((f) => f.endsWith('.html'))) {
    const rel = relative(dist, file).split(sep).join('/')
    if (rel === '404.html') continue
    pages.set(pagePath(rel), readFileSync(file, 'utf8'))
  }
  return pages
}
