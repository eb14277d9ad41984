import { PERMALINK, SUPPORTED_STATUSES } from '../schema.js'
import { statements } from '../statements.js'
import type { Rule } from './index.js'

export const evidence: Rule = {
  name: 'evidence',
  description: "A supported status carries a permalink into that implementation's own repository.",
  check({ dataset, report }) {
    const repos = new Map(dataset.implementations.map((i) => [i.id, i.repository.toLowerCase()]))
    for (const { feature, implId, statement: s, path } of statements(dataset)) {
      if (SUPPORTED_STATUSES.includes(s.status) && !s.source) {
        report(feature.source, [...path, 'source'], `expected a permalink to the source (status ${s.status} needs evidence), found none`)
      }
      const repo = s.source?.match(PERMALINK)?.[1]?.toLowerCase()
      const expected = repos.get(implId)
      if (repo && expected && repo !== expected) {
        report(feature.source, [...path, 'source'], `expected a permalink into ${expected}, found one into ${repo}`)
      }
    }
  },
}
