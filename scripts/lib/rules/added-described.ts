import { statements } from '../statements.js'
import type { Rule } from './index.js'

export const addedDescribed: Rule = {
  name: 'added-described',
  description: 'Every field an implementation adds says what it does (`note`); a parameter an API adds also says its default (`default`, null when nothing is sent) unless it is required.',
  check({ dataset, report }) {
    for (const { feature, statement, path } of statements(dataset)) {
      for (const key of ['params', 'response', 'fields'] as const) {
        statement[key]?.forEach((d, i) => {
          if (d.change !== 'added') return
          const at = [...path, key, i]
          if (!d.note) report(feature.source, [...at, 'name'], `expected a note saying what the added field "${d.name}" does or holds, found none`)
          if (key === 'params' && d.default === undefined && !d.required) {
            report(feature.source, [...at, 'name'], `expected the default of the added parameter "${d.name}" (\`default\`, or \`default: null\` when nothing is sent; or \`required: true\`), found none`)
          }
        })
      }
    }
  },
}
