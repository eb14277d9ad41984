import { COMMUNITY_ORIGIN, REFERENCE_ORIGINS } from '../schema.js'
import type { Rule } from './index.js'

export const knownIds: Rule = {
  name: 'known-ids',
  description: 'Categories, origins and implementation keys must be ones the registries define.',
  check({ dataset, report }) {
    const categories = dataset.categories.map((c) => c.id)
    const impls = dataset.implementations.map((i) => i.id)
    const origins = [...new Set([...REFERENCE_ORIGINS, ...impls, COMMUNITY_ORIGIN])]
    for (const api of dataset.apis) {
      if (!categories.includes(api.category)) {
        report(api.source, ['category'], `expected a category from data/categories.yaml (${categories.join(', ')}), found "${api.category}"`)
      }
      if (!origins.includes(api.origin)) {
        report(api.source, ['origin'], `expected an origin (${origins.join(', ')}), found "${api.origin}"`)
      }
      for (const id of Object.keys(api.support)) {
        if (!impls.includes(id)) {
          report(api.source, ['support', id], `expected an implementation from data/implementations.yaml (${impls.join(', ')}), found "${id}"`)
        }
      }
    }
  },
}
