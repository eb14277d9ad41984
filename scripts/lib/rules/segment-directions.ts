import type { Rule } from './index.js'

export const segmentDirections: Rule = {
  name: 'segment-directions',
  description:
    "A segment's canonical fields travel in directions its reference defines; a direction the reference leaves out is shown as an extension, so it must not carry reference fields.",
  check({ dataset, report }) {
    for (const segment of dataset.segments) {
      const seen = new Set<string>()
      segment.directions.forEach((d, i) => {
        if (seen.has(d)) report(segment.source, ['directions', i], `expected each direction once, found "${d}" twice`)
        seen.add(d)
      })
      segment.fields.forEach((field, i) => {
        const travels = field.direction === 'both' ? ['send', 'receive'] : [field.direction]
        const outside = travels.filter((d) => !seen.has(d))
        if (outside.length) {
          report(
            segment.source,
            ['fields', i, 'direction'],
            `expected a direction the reference defines for this segment (directions: ${[...seen].join(', ')}), found "${field.direction}" (${outside.join(', ')} is not defined)`,
          )
        }
      })
    }
  },
}
