/**
 * Synthetic data sets for the benchmark: the real data copied N times over, each copy's APIs renamed
 * (`send_msg` → `send_msg_x2`) so names, slugs and links stay unique and the data stays valid.
 * Made at bench time in a scratch folder, never committed.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { APIS_DIR, CATEGORIES_FILE, IMPLEMENTATIONS_FILE, loadData } from '../lib/load.js'
import { RELEASES_DIR } from '../lib/kinds.js'
import { apiSlug } from '../lib/slug.js'

export function makeSyntheticData(root: string, factor: number, dest: string): number {
  const { dataset } = loadData(root)
  if (!dataset) throw new Error('the real data must be valid to make synthetic data from it')
  mkdirSync(join(dest, 'data'), { recursive: true })
  cpSync(join(root, IMPLEMENTATIONS_FILE), join(dest, IMPLEMENTATIONS_FILE))
  cpSync(join(root, CATEGORIES_FILE), join(dest, CATEGORIES_FILE))
  // The releases a `since` must name (rule since-release); every copy keeps its original's since.
  if (existsSync(join(root, RELEASES_DIR))) cpSync(join(root, RELEASES_DIR), join(dest, RELEASES_DIR), { recursive: true })
  const names = dataset.apis.flatMap((a) => [a.name, ...a.aliases, ...Object.values(a.support).flatMap((s) => s.aliases ?? [])])
  // Longest first, so `send_msg` never rewrites part of `send_msg_rate`.
  const pattern = new RegExp(`(?<![\\w.])([._]?)(${[...new Set(names)].map((n) => n.replace(/^[._]/, '')).sort((a, b) => b.length - a.length).join('|')})(?![\\w])`, 'g')
  let count = 0
  for (let copy = 1; copy <= factor; copy++) {
    for (const api of dataset.apis) {
      const text = readFileSync(join(root, api.file), 'utf8')
      const renamed = copy === 1 ? text : text.replace(pattern, (_m, prefix: string, name: string) => `${prefix}${name}_x${copy}`)
      const name = copy === 1 ? api.name : `${api.name}_x${copy}`
      const file = join(dest, APIS_DIR, api.category, `${apiSlug(name)}.md`)
      mkdirSync(join(dest, APIS_DIR, api.category), { recursive: true })
      writeFileSync(file, renamed)
      count++
    }
  }
  return count
}
