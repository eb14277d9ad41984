import { SEGMENT_CELLS } from '../kinds.js'
import type { Rule } from './index.js'

export const bothDirections: Rule = {
  name: 'both-directions',
  description: "A segment's entry for an implementation states both directions, send and receive: a missing one is never a silent \"no\".",
  check({ dataset, report }) {
    for (const segment of dataset.segments) {
      for (const [id, entry] of Object.entries(segment.support)) {
        for (const cell of SEGMENT_CELLS) {
          if (!entry[cell.key!]) {
            report(segment.source, ['support', id], `expected a \`${cell.key}\` statement (${cell.long}; use status: none if the implementation does not handle it), found none`)
          }
        }
      }
    }
  },
}
