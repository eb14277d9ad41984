import { statements } from '../statements.js'
import type { Rule } from './index.js'

/** How notes name the early community table (data/community-table.yaml). */
const COMMUNITY_TABLE = '早期社区'

export const communityRemarkLast: Rule = {
  name: 'community-remark-last',
  description: 'A note opens with what differs; what the early community table said is a remark in a later paragraph.',
  check({ dataset, report }) {
    for (const { feature, statement: s, path } of statements(dataset)) {
      const first = s.note?.trim().split(/\n\s*\n/)[0] ?? ''
      if (first.includes(COMMUNITY_TABLE)) {
        report(feature.source, [...path, 'note'], 'expected the note to open with what differs, found the early community table\'s claim in its first paragraph (move it to a closing paragraph)')
      }
    }
  },
}
