/** Part of `npm run build`: fails, naming each one, when a built page links to a missing page or anchor. */
import { join } from 'node:path'
import { findDeadLinks, readBuiltPages } from '../lib/links.js'
import { ROOT } from '../lib/paths.js'

const pages = readBuiltPages(join(ROOT, '.vitepress/dist'))
const dead = findDeadLinks(pages, process.env.SITE_BASE ?? '/')
for (const d of dead) console.error(`dead link on ${d.page}: ${d.href} (${d.reason})`)
if (dead.length) {
  console.error(`\n${dead.length} dead link(s) in ${pages.size} pages`)
  process.exit(1)
}
console.log(`links checked: ${pages.size} pages, no dead internal link or fragment`)
