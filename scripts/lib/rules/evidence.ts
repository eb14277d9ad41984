import { PERMALINK, SUPPORTED_STATUSES } from '../schema.js'
import type { Rule } from './index.js'

export const evidence: Rule = {
  name: 'evidence',
  description: "A supported status carries a permalink into that implementation's own repository.",
  check({ dataset, report }) {
    const repos = new Map(dataset.implementations.map((i) => [i.id, i.repository.toLowerCase()]))
    for (const api of dataset.apis) {
      for (const [id, s] of Object.entries(api.support)) {
        if (SUPPORTED_STATUSES.includes(s.status) && !s.source) {
          report(api.source, ['support', id, 'source'], `expected a permalink to the source (status ${s.status} needs evidence), found none`)
        }
        const repo = s.source?.match(PERMALINK)?.[1]?.toLowerCase()
        const expected = repos.get(id)
        if (repo && expected && repo !== expected) {
          report(api.source, ['support', id, 'source'], `expected a permalink into ${expected}, found one into ${repo}`)
        }
      }
    }
  },
}
