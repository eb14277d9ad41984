import { cellAnchor } from '../slug.js'
import { SEGMENT_CELLS, knownSlugs } from '../kinds.js'
import type { Rule } from './index.js'
import { dataTexts, withoutCode } from './texts.js'

const LINK = /\]\((\/[^)\s]*)\)/g
const PAGES = ['/', '/matrix', '/segments', '/compare', '/contributing']

export const noteLinks: Rule = {
  name: 'note-links',
  description: 'Site links in data text point at API, segment or implementation pages (and anchors) that exist.',
  registries: ['implementations'],
  check({ dataset, report }) {
    const apis = knownSlugs(dataset.apis, dataset.featureFiles.action)
    const segments = knownSlugs(dataset.segments, dataset.featureFiles.segment)
    const impls = new Set(dataset.implementations.map((i) => i.id))
    const apiAnchors = new Set(dataset.implementations.map((i) => cellAnchor(i.id, null)))
    const segmentAnchors = new Set(dataset.implementations.flatMap((i) => [cellAnchor(i.id, null), ...SEGMENT_CELLS.map((c) => cellAnchor(i.id, c.key))]))
    for (const { source, path, text } of dataTexts(dataset)) {
      for (const [, target] of withoutCode(text).matchAll(LINK)) {
        const [page = '', fragment] = target!.split('#')
        const api = page.match(/^\/api\/([^/]+)$/)?.[1]
        const segment = page.match(/^\/segments\/([^/]+)$/)?.[1]
        const impl = page.match(/^\/impl\/([^/]+)$/)?.[1]
        let problem: string | undefined
        if (api !== undefined) {
          if (!apis.has(api)) problem = `expected a link to an existing API page, found ${target}`
          else if (fragment && !apiAnchors.has(fragment)) problem = `expected an anchor that exists on API pages (impl-<id>), found #${fragment}`
        } else if (segment !== undefined) {
          if (!segments.has(segment)) problem = `expected a link to an existing segment page, found ${target}`
          else if (fragment && !segmentAnchors.has(fragment)) {
            problem = `expected an anchor that exists on segment pages (impl-<id>, impl-<id>-send, impl-<id>-receive), found #${fragment}`
          }
        } else if (impl !== undefined) {
          if (!impls.has(impl)) problem = `expected a link to an existing implementation page, found ${target}`
        } else if (!PAGES.includes(page)) {
          problem = `expected a link to /api/<slug>, /segments/<type>, /impl/<id>, ${PAGES.slice(1).join(', ')} or /, found ${target}`
        }
        if (problem) report(source, path, problem)
      }
    }
  },
}
