/** A problem found in the data: where it is, which rule found it, and what to do about it. */
export type Severity = 'error' | 'warning'

export interface Problem {
  /** Repository-relative path with forward slashes, e.g. `data/apis/message/send_msg.md`. */
  file: string
  /** 1-based line of the offending field, when it can be located. */
  line?: number
  /** Dotted field path, e.g. `support.napcat.status`; empty for the whole file. */
  field: string
  rule: string
  severity: Severity
  message: string
}

export function formatProblem(p: Problem): string {
  const where = p.line ? `${p.file}:${p.line}` : p.file
  const field = p.field ? `${p.field}: ` : ''
  const tag = p.severity === 'warning' ? `[${p.rule}] warning: ` : `[${p.rule}] `
  return `${where}: ${tag}${field}${p.message}`
}

export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      a.field.localeCompare(b.field) ||
      a.rule.localeCompare(b.rule),
  )
}

export const hasErrors = (problems: Problem[]): boolean => problems.some((p) => p.severity === 'error')

/** Shows a found value briefly: strings quoted, long values cut. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing'
  let shown: string
  try {
    shown = JSON.stringify(value) ?? String(value)
  } catch {
    shown = String(value)
  }
  return shown.length > 60 ? `${shown.slice(0, 57)}...` : shown
}
