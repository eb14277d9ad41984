import type { FieldDiff } from '../schema.js'
import type { Rule } from './index.js'

/** What a diff needs to know of a reference field: its type and whether it is required. */
interface ReferenceField {
  type: string
  required: boolean
}

/** `array` says less than `object[]` but not something else: treat the two spellings as one type. */
const sameType = (a: string, b: string) => a === b || (a === 'array' && b.endsWith('[]')) || (b === 'array' && a.endsWith('[]'))

/** Changes that describe a reference field, so the field they name (or `from`) must exist there. */
const NAMES_REFERENCE_FIELD = new Set(['dropped', 'retyped', 'required', 'optional', 'ignored', 'default', 'value'])

/** A response field is returned or not: accepting, requiring or defaulting it means nothing there. */
const RESPONSE_CHANGES = new Set(['added', 'dropped', 'renamed', 'retyped', 'optional', 'value'])

function diffProblem(diff: FieldDiff, reference: Map<string, ReferenceField>, list: 'params' | 'response'): string | undefined {
  const names = () => [...reference.keys()].join(', ') || 'none'
  if (list === 'response' && !RESPONSE_CHANGES.has(diff.change)) {
    return `expected a change that applies to a response field (${[...RESPONSE_CHANGES].join(', ')}), found "${diff.change}"`
  }
  if (diff.change === 'added') {
    if (reference.has(diff.name)) return `expected "added" to name a field the reference lacks, found "${diff.name}" which it has`
    if (!diff.type) return 'expected a type for an added field, found none'
  }
  if (diff.change === 'renamed') {
    if (!diff.from) return 'expected `from` (the reference name) on a renamed field, found none'
    if (!reference.has(diff.from)) return `expected \`from\` to name a reference field (${names()}), found "${diff.from}"`
  }
  if (!NAMES_REFERENCE_FIELD.has(diff.change)) return undefined
  const field = reference.get(diff.name)
  if (!field) return `expected a reference field for a "${diff.change}" change (${names()}), found "${diff.name}"`
  switch (diff.change) {
    case 'retyped':
      if (!diff.type) return 'expected the new type of a retyped field, found none'
      if (sameType(diff.type, field.type)) {
        return `expected a type other than the reference's \`${field.type}\` for a retyped field, found the same (use "value" when only the values differ)`
      }
      break
    case 'required':
      if (field.required) return `expected "required" on a field the reference leaves optional, found "${diff.name}" which it already requires`
      break
    case 'optional':
      if (!field.required) {
        return `expected "optional" on a field the reference requires, found "${diff.name}" which is already optional (use "default" for another default value)`
      }
      break
    case 'default':
      if (diff.default === undefined) return 'expected the default value (`default`) of a "default" change, found none'
      break
    case 'value':
      if (!diff.note) return 'expected a note saying how the values differ, found none'
      break
  }
  return undefined
}

export const fieldDiffs: Rule = {
  name: 'field-diffs',
  description: 'Field differences name fields the reference really has (or really lacks) and really change them.',
  check({ dataset, report }) {
    for (const api of dataset.apis) {
      // A reference response field is always present, so only "optional" (may be missing) can change it.
      const response = new Map(api.response.map((r) => [r.name, { ...r, required: true }]))
      const lists = { params: new Map(api.params.map((p) => [p.name, p])), response }
      for (const [id, s] of Object.entries(api.support)) {
        for (const key of ['params', 'response'] as const) {
          s[key]?.forEach((diff, i) => {
            const message = diffProblem(diff, lists[key], key)
            if (message) report(api.source, ['support', id, key, i, 'name'], message)
          })
        }
      }
    }
  },
}
