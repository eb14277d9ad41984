import { DIFF_LISTS } from '../schema.js'
import { statements } from '../statements.js'
import type { Rule } from './index.js'

export const statusMatchesDiffs: Rule = {
  name: 'status-matches-diffs',
  description: '`full` means no field differs from the reference: a recorded difference makes it at least `minor`.',
  check({ dataset, report }) {
    for (const { feature, statement: s, path } of statements(dataset)) {
      const count = DIFF_LISTS.reduce((n, key) => n + (s[key]?.length ?? 0), 0)
      if (s.status === 'full' && count > 0) {
        report(feature.source, [...path, 'status'], `expected minor or major when fields differ from the reference (${count} recorded), found full`)
      }
    }
  },
}
