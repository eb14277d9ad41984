import type { FieldDiff } from '../schema.js'
import { diffLists, sameType, statements, type DiffList } from '../statements.js'
import type { Rule } from './index.js'

/** Changes that describe a reference field, so the field they name (or `from`) must exist there. */
const NAMES_REFERENCE_FIELD = new Set(['dropped', 'retyped', 'required', 'optional', 'ignored', 'default', 'value'])

/** A returned field is there or not: accepting, requiring or defaulting it means nothing there. */
const RESPONSE_CHANGES = new Set(['added', 'dropped', 'renamed', 'retyped', 'optional', 'value'])

function diffProblem(diff: FieldDiff, list: DiffList): string | undefined {
  const reference = list.reference
  const names = () => [...reference.keys()].join(', ') || 'none'
  if (list.response && !RESPONSE_CHANGES.has(diff.change)) {
    return `expected a change that applies to a ${list.key === 'response' ? 'response' : 'received'} field (${[...RESPONSE_CHANGES].join(', ')}), found "${diff.change}"`
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
  const elsewhere = list.otherDirection?.get(diff.name)
  if (!field && elsewhere) {
    return `expected a reference field of this direction for a "${diff.change}" change (${names()}), found "${diff.name}", which the reference has only for ${elsewhere}`
  }
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
    for (const { feature, cell, statement, path } of statements(dataset)) {
      for (const list of diffLists(feature, cell)) {
        statement[list.key]?.forEach((diff, i) => {
          const message = diffProblem(diff, list)
          if (message) report(feature.source, [...path, list.key, i, 'name'], message)
        })
      }
    }
  },
}
