import { implAnchor } from '../slug.js'
import type { Rule } from './index.js'
import { dataTexts, withoutCode } from './texts.js'

const LINK = /\]\((\/[^)\s]*)\)/g

export const noteLinks: Rule = {
  name: 'note-links',
  description: 'Site links in data text point at API or implementation pages (and anchors) that exist.',
  check({ dataset, report }) {
    const fileSlugs = dataset.apiFiles.map((f) => f.replace(/^.*\//, '').replace(/\.md$/, ''))
    const apis = new Set([...dataset.apis.map((a) => a.slug), ...fileSlugs])
    const impls = new Set(dataset.implementations.map((i) => i.id))
    const apiAnchors = new Set(dataset.implementations.map((i) => implAnchor(i.id)))
    for (const { source, path, text } of dataTexts(dataset)) {
      for (const [, target] of withoutCode(text).matchAll(LINK)) {
        const [page = '', fragment] = target!.split('#')
        const api = page.match(/^\/api\/([^/]+)$/)?.[1]
        const impl = page.match(/^\/impl\/([^/]+)$/)?.[1]
        let problem: string | undefined
        if (api !== undefined) {
          if (!apis.has(api)) problem = `expected a link to an existing API page, found ${target}`
          else if (fragment && !apiAnchors.has(fragment)) problem = `expected an anchor that exists on API pages (impl-<id>), found #${fragment}`
        } else if (impl !== undefined) {
          if (!impls.has(impl)) problem = `expected a link to an existing implementation page, found ${target}`
        } else if (!['/', '/matrix', '/compare', '/contributing'].includes(page)) {
          problem = `expected a link to /api/<slug>, /impl/<id>, /matrix, /compare or /contributing, found ${target}`
        }
        if (problem) report(source, path, problem)
      }
    }
  },
}
