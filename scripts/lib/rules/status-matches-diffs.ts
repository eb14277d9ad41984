import type { Rule } from './index.js'

export const statusMatchesDiffs: Rule = {
  name: 'status-matches-diffs',
  description: '`full` means no field differs from the reference: a recorded difference makes it at least `minor`.',
  check({ dataset, report }) {
    for (const api of dataset.apis) {
      for (const [id, s] of Object.entries(api.support)) {
        const count = (s.params?.length ?? 0) + (s.response?.length ?? 0)
        if (s.status === 'full' && count > 0) {
          report(api.source, ['support', id, 'status'], `expected minor or major when fields differ from the reference (${count} recorded), found full`)
        }
      }
    }
  },
}
