import { COMMUNITY_ORIGIN, REFERENCE_ORIGINS } from '../schema.js'
import { features } from '../statements.js'
import type { Rule } from './index.js'

export const knownIds: Rule = {
  name: 'known-ids',
  description: 'Categories, origins (of features and of event sub_types) and implementation keys must be ones the registries define.',
  registries: ['implementations', 'categories'],
  check({ dataset, report }) {
    const categories = dataset.categories.map((c) => c.id)
    const impls = dataset.implementations.map((i) => i.id)
    const origins = [...new Set([...REFERENCE_ORIGINS, ...impls, COMMUNITY_ORIGIN])]
    for (const feature of features(dataset)) {
      if (feature.kind === 'action' && !categories.includes(feature.category)) {
        report(feature.source, ['category'], `expected a category from data/categories.yaml (${categories.join(', ')}), found "${feature.category}"`)
      }
      if (!origins.includes(feature.origin)) {
        report(feature.source, ['origin'], `expected an origin (${origins.join(', ')}), found "${feature.origin}"`)
      }
      if (feature.kind === 'event') {
        for (const [i, t] of feature.sub_types.entries()) {
          if (!origins.includes(t.origin)) report(feature.source, ['sub_types', i, 'origin'], `expected an origin (${origins.join(', ')}), found "${t.origin}"`)
        }
      }
      for (const id of Object.keys(feature.support)) {
        if (!impls.includes(id)) {
          report(feature.source, ['support', id], `expected an implementation from data/implementations.yaml (${impls.join(', ')}), found "${id}"`)
        }
      }
    }
  },
}
