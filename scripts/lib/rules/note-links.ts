import { cellAnchor } from '../slug.js'
import { KINDS, SEGMENT_CELLS, knownSlugs } from '../kinds.js'
import type { Rule } from './index.js'
import { dataTexts, withoutCode } from './texts.js'

const LINK = /\]\((\/[^)\s]*)\)/g
const PAGES = ['/', '/matrix', '/segments', '/events', '/compare', '/contributing']

export const noteLinks: Rule = {
  name: 'note-links',
  description: 'Site links in data text point at API, segment, event or implementation pages (and anchors) that exist.',
  registries: ['implementations'],
  check({ dataset, report }) {
    const apis = knownSlugs(KINDS.action, dataset.apis, dataset.featureFiles.action)
    const segments = knownSlugs(KINDS.segment, dataset.segments, dataset.featureFiles.segment)
    const events = knownSlugs(KINDS.event, dataset.events, dataset.featureFiles.event)
    const impls = new Set(dataset.implementations.map((i) => i.id))
    const apiAnchors = new Set(dataset.implementations.map((i) => cellAnchor(i.id, null)))
    const segmentAnchors = new Set(dataset.implementations.flatMap((i) => [cellAnchor(i.id, null), ...SEGMENT_CELLS.map((c) => cellAnchor(i.id, c.key))]))
    for (const { source, path, text } of dataTexts(dataset)) {
      for (const [, target] of withoutCode(text).matchAll(LINK)) {
        const [page = '', fragment] = target!.split('#')
        const api = page.match(/^\/api\/([^/]+)$/)?.[1]
        const segment = page.match(/^\/segments\/([^/]+)$/)?.[1]
        const event = page.match(/^\/events\/([^/]+\/[^/]+)$/)?.[1]
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
        } else if (event !== undefined) {
          if (!events.has(event)) problem = `expected a link to an existing event page, found ${target}`
          else if (fragment && !apiAnchors.has(fragment)) problem = `expected an anchor that exists on event pages (impl-<id>), found #${fragment}`
        } else if (impl !== undefined) {
          if (!impls.has(impl)) problem = `expected a link to an existing implementation page, found ${target}`
        } else if (!PAGES.includes(page)) {
          problem = `expected a link to /api/<slug>, /segments/<type>, /events/<post_type>/<slug>, /impl/<id>, ${PAGES.slice(1).join(', ')} or /, found ${target}`
        }
        if (problem) report(source, path, problem)
      }
    }
  },
}
