import { PERMALINK } from '../schema.js'
import type { Rule } from './index.js'

export const auditedCommit: Rule = {
  name: 'audited-commit',
  description: "A source permalink points at the commit the implementation was audited at (data/implementations.yaml).",
  check({ dataset, report }) {
    const commits = new Map(dataset.implementations.map((i) => [i.id, i.audit.commit]))
    for (const api of dataset.apis) {
      for (const [id, s] of Object.entries(api.support)) {
        const commit = s.source?.match(PERMALINK)?.[2]
        const audited = commits.get(id)
        if (commit && audited && commit !== audited) {
          report(api.source, ['support', id, 'source'], `expected the audited commit ${audited.slice(0, 12)}, found ${commit.slice(0, 12)}`, 'warning')
        }
      }
    }
  },
}
