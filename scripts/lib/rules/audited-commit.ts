import { PERMALINK } from '../schema.js'
import { statements } from '../statements.js'
import type { Rule } from './index.js'

export const auditedCommit: Rule = {
  name: 'audited-commit',
  description: "A source permalink points at the commit the implementation was audited at (data/implementations.yaml).",
  check({ dataset, report }) {
    const commits = new Map(dataset.implementations.map((i) => [i.id, i.audit.commit]))
    for (const { feature, implId, statement: s, path } of statements(dataset)) {
      const commit = s.source?.match(PERMALINK)?.[2]
      const audited = commits.get(implId)
      if (commit && audited && commit !== audited) {
        report(feature.source, [...path, 'source'], `expected the audited commit ${audited.slice(0, 12)}, found ${commit.slice(0, 12)}`, 'warning')
      }
    }
  },
}
