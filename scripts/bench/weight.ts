/** What a first visit to a built page downloads, gzipped: its HTML and the JS and CSS it loads up front. */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

export interface Weight {
  html: number
  js: number
  css: number
  total: number
}

const gz = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length

/** The built HTML file for a clean URL such as `/matrix` or `/api/send_msg`. */
export function builtFile(dist: string, page: string): string {
  const file = page === '/' ? 'index.html' : `${page.replace(/^\//, '')}.html`
  return join(dist, file)
}

export function firstVisitWeight(dist: string, page: string, base = '/'): Weight {
  const htmlFile = builtFile(dist, page)
  const html = readFileSync(htmlFile, 'utf8')
  const local = (href: string) => join(dist, href.startsWith(base) ? href.slice(base.length) : href.replace(/^\//, ''))
  const scripts = new Set<string>()
  const styles = new Set<string>()
  for (const [, href] of html.matchAll(/<script[^>]+src="([^"]+)"/g)) scripts.add(href!)
  for (const [, href] of html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)) scripts.add(href!)
  for (const [, href] of html.matchAll(/<link[^>]+rel="[^"]*stylesheet[^"]*"[^>]+href="([^"]+)"/g)) styles.add(href!)
  const sum = (hrefs: Set<string>) =>
    [...hrefs].filter((h) => !/^https?:/.test(h) && existsSync(local(h))).reduce((n, h) => n + gz(local(h)), 0)
  const weight = { html: gz(htmlFile), js: sum(scripts), css: sum(styles), total: 0 }
  weight.total = weight.html + weight.js + weight.css
  return weight
}

/** The local search index, gzipped: downloaded when a reader first opens search. */
export function searchIndexBytes(dist: string): number {
  const dir = join(dist, 'assets/chunks')
  const file = readdirSync(dir).find((f) => f.startsWith('@localSearchIndex'))
  if (!file) throw new Error('no local search index in the build')
  return gz(join(dir, file))
}
