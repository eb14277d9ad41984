import { features } from '../statements.js'
import type { Rule } from './index.js'

export const completeSupport: Rule = {
  name: 'complete-support',
  description: 'Every feature file has an entry for every implementation: a missing key is an error, never a silent "no".',
  check({ dataset, report }) {
    for (const feature of features(dataset)) {
      for (const impl of dataset.implementations) {
        if (!(impl.id in feature.support)) {
          report(feature.source, ['support'], `expected an entry for implementation "${impl.id}" (use status: unknown if it is not audited yet), found none`)
        }
      }
    }
  },
}
