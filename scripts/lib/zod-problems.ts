/** Turns zod issues into problems that say what was expected and what was found. */
import type { z } from 'zod'
import { describeValue, type Problem } from './problems.js'
import type { FieldPath, SourceFile } from './source.js'

function found(input: unknown): string {
  return input === undefined ? 'nothing (the field is missing)' : describeValue(input)
}

function expectation(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.expected === 'object') return 'a mapping of fields'
      if (issue.expected === 'record') return 'a mapping of implementation ids to entries'
      return issue.expected === 'array' ? 'a list' : `a ${issue.expected}`
    case 'invalid_value':
      return `one of ${issue.values.map((v) => String(v)).join(', ')}`
    case 'unrecognized_keys':
      return 'only the fields the schema defines'
    case 'invalid_union':
      return 'one of the allowed forms (a string, a number, a boolean or null)'
    default:
      // Our schema's custom messages already read as expectations ("a wire name ...").
      return issue.message
  }
}

export function zodProblems(error: z.ZodError, source: SourceFile, fieldPrefix: FieldPath = []): Problem[] {
  const problems: Problem[] = []
  for (const issue of error.issues) {
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [undefined]
    for (const key of keys) {
      const path: FieldPath = [...fieldPrefix, ...(issue.path as FieldPath), ...(key === undefined ? [] : [key])]
      const what = key === undefined ? found(issue.input) : `an unknown field ${JSON.stringify(key)}`
      problems.push({
        file: source.file,
        line: source.lineOf(path),
        field: formatPath(path),
        rule: 'schema',
        severity: 'error',
        message: `expected ${expectation(issue)}, found ${what}`,
      })
    }
  }
  return problems
}

export function formatPath(path: FieldPath): string {
  return path.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`)).join('')
}
