import { expectedFile } from '../kinds.js'
import { features } from '../statements.js'
import type { Rule } from './index.js'

export const filePath: Rule = {
  name: 'file-path',
  description: 'A feature file lives where its own fields say: data/apis/<category>/<slug>.md, data/segments/<type>.md.',
  check({ dataset, report }) {
    for (const feature of features(dataset)) {
      const expected = expectedFile(feature)
      if (feature.file !== expected) {
        const from = feature.kind === 'action' ? 'its category and name' : 'its type'
        report(feature.source, ['name'], `expected this file at ${expected} (from ${from}), found it at ${feature.file}`)
      }
    }
  },
}
