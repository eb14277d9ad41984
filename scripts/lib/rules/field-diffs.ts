import type { FieldDiff } from '../schema.js'
import type { Rule } from './index.js'

/** Changes that describe a reference field, so the field they name (or `from`) must exist there. */
const NAMES_REFERENCE_FIELD = new Set(['dropped', 'retyped', 'required', 'optional', 'ignored', 'default'])

function diffProblem(diff: FieldDiff, reference: Set<string>): string | undefined {
  if (diff.change === 'added') {
    if (reference.has(diff.name)) return `expected "added" to name a field the reference lacks, found "${diff.name}" which it has`
    if (!diff.type) return 'expected a type for an added field, found none'
  }
  if (diff.change === 'renamed') {
    if (!diff.from) return 'expected `from` (the reference name) on a renamed field, found none'
    if (!reference.has(diff.from)) return `expected \`from\` to name a reference field (${[...reference].join(', ') || 'none'}), found "${diff.from}"`
  }
  if (NAMES_REFERENCE_FIELD.has(diff.change) && !reference.has(diff.name)) {
    return `expected a reference field for a "${diff.change}" change (${[...reference].join(', ') || 'none'}), found "${diff.name}"`
  }
  if (diff.change === 'retyped' && !diff.type) return 'expected the new type of a retyped field, found none'
  return undefined
}

export const fieldDiffs: Rule = {
  name: 'field-diffs',
  description: 'Field differences name fields the reference really has (or really lacks, for added ones).',
  check({ dataset, report }) {
    for (const api of dataset.apis) {
      const lists = { params: new Set(api.params.map((p) => p.name)), response: new Set(api.response.map((r) => r.name)) }
      for (const [id, s] of Object.entries(api.support)) {
        for (const key of ['params', 'response'] as const) {
          s[key]?.forEach((diff, i) => {
            const message = diffProblem(diff, lists[key])
            if (message) report(api.source, ['support', id, key, i, 'name'], message)
          })
        }
      }
    }
  },
}
