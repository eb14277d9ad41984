import { DIFF_LISTS } from '../schema.js'
import { statements } from '../statements.js'
import type { Rule } from './index.js'

export const reversedDefault: Rule = {
  name: 'reversed-default',
  description: 'A default that makes the call do the opposite of the reference (`reverses: true`) is a `default` change, says what happens, and makes the cell `major`.',
  check({ dataset, report }) {
    for (const { feature, statement: s, path } of statements(dataset)) {
      for (const key of DIFF_LISTS) {
        s[key]?.forEach((d, i) => {
          if (!d.reverses) return
          const at = [...path, key, i]
          if (d.change !== 'default') report(feature.source, [...at, 'reverses'], `expected \`reverses\` only on a "default" change, found it on "${d.change}"`)
          if (!d.note) report(feature.source, [...at, 'name'], `expected a note saying what the call does when "${d.name}" is omitted, found none`)
          if (s.status !== 'major') report(feature.source, [...path, 'status'], `expected major when omitting "${d.name}" reverses the action, found ${s.status}`)
        })
      }
    }
  },
}
