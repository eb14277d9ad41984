import { formatProblem, type Problem } from '../lib/problems.js'

/** Prints every problem, then a one-line count; returns whether any is an error. */
export function reportProblems(problems: Problem[]): boolean {
  for (const p of problems) console.error(formatProblem(p))
  const errors = problems.filter((p) => p.severity === 'error').length
  const warnings = problems.length - errors
  if (problems.length) console.error(`\n${errors} error(s), ${warnings} warning(s)`)
  return errors > 0
}
