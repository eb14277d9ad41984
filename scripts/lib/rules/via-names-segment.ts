import { KINDS, knownSlugs } from '../kinds.js'
import type { Rule } from './index.js'

export const viaNamesSegment: Rule = {
  name: 'via-names-segment',
  description: '`via` (the type received content arrives as instead) names another segment the site documents, on a direction that is not supported.',
  check({ dataset, report }) {
    // A segment's slug is its type.
    const types = knownSlugs(KINDS.segment, dataset.segments, dataset.featureFiles.segment)
    for (const segment of dataset.segments) {
      for (const [id, entry] of Object.entries(segment.support)) {
        const via = entry.receive?.via
        if (!via) continue
        const path = ['support', id, 'receive', 'via']
        if (via === segment.name) report(segment.source, path, `expected another segment type than the segment itself, found "${via}"`)
        else if (!types.has(via)) report(segment.source, path, `expected a segment type documented under data/segments (${[...types].sort().join(', ')}), found "${via}"`)
        else if (entry.receive!.status !== 'none') {
          report(segment.source, path, `expected \`via\` only when the type itself is not received (status none), found status ${entry.receive!.status}`)
        }
      }
    }
  },
}
