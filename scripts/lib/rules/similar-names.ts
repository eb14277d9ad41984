import type { ApiRecord } from '../load.js'
import type { Rule } from './index.js'

const bare = (name: string) => name.replace(/^[._]/, '')

export const similarNames: Rule = {
  name: 'similar-names',
  description:
    'Two APIs whose names differ only by a leading `.` or `_` are probably one action: record one as an alias, or say in either description how they differ.',
  check({ dataset, report }) {
    const byBare = new Map<string, ApiRecord>()
    for (const api of dataset.apis) {
      const other = byBare.get(bare(api.name))
      // A description that names its look-alike shows a contributor has told the two apart.
      const explained = other && (api.body.includes(`\`${other.name}\``) || other.body.includes(`\`${api.name}\``))
      if (other && !explained) {
        report(
          api.source,
          ['name'],
          `expected names that differ by more than a leading "." or "_", found "${api.name}" beside "${other.name}" (if they are the same action, make one an alias of the other, or name the other in backticks in a description to say how they differ)`,
          'warning',
        )
      } else byBare.set(bare(api.name), api)
    }
  },
}
