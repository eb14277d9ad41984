/**
 * Validation rules, shaped like browser-compat-data's linters: one rule per module, each with a
 * name, a description and a check that reports problems. `runRules` runs them all together.
 */
import type { Dataset, Registry } from '../load.js'
import type { Problem, Severity } from '../problems.js'
import type { FieldPath, SourceFile } from '../source.js'
import { formatPath } from '../zod-problems.js'
import { knownIds } from './known-ids.js'
import { completeSupport } from './complete-support.js'
import { filePath } from './file-path.js'
import { uniqueNames } from './unique-names.js'
import { similarNames } from './similar-names.js'
import { notesRequired } from './notes-required.js'
import { evidence } from './evidence.js'
import { auditedCommit } from './audited-commit.js'
import { fieldDiffs } from './field-diffs.js'
import { statusMatchesDiffs } from './status-matches-diffs.js'
import { safeText } from './safe-text.js'
import { placeholders } from './placeholders.js'
import { noteLinks } from './note-links.js'
import { bothDirections } from './both-directions.js'
import { viaNamesSegment } from './via-names-segment.js'
import { segmentDirections } from './segment-directions.js'
import { families } from './families.js'
import { communityRemarkLast } from './community-remark-last.js'
import { eventShape } from './event-shape.js'
import { eventSubTypes } from './event-sub-types.js'
import { eventStatus } from './event-status.js'
import { addedDescribed } from './added-described.js'
import { reversedDefault } from './reversed-default.js'
import { sinceRelease } from './since-release.js'

export interface RuleContext {
  dataset: Dataset
  report(source: SourceFile, path: FieldPath, message: string, severity?: Severity): void
}

export interface Rule {
  name: string
  description: string
  /**
   * Registries this rule checks every feature file against. While one of them is broken the rule is
   * skipped: against an empty registry it would fault every file, burying the one real problem.
   */
  registries?: readonly Registry[]
  check(ctx: RuleContext): void
}

export const RULES: Rule[] = [
  knownIds,
  completeSupport,
  filePath,
  uniqueNames,
  similarNames,
  notesRequired,
  evidence,
  auditedCommit,
  fieldDiffs,
  statusMatchesDiffs,
  safeText,
  placeholders,
  noteLinks,
  bothDirections,
  viaNamesSegment,
  segmentDirections,
  families,
  communityRemarkLast,
  eventShape,
  eventSubTypes,
  eventStatus,
  addedDescribed,
  reversedDefault,
  sinceRelease,
]

export function runRules(dataset: Dataset, brokenRegistries: ReadonlySet<Registry> = new Set()): Problem[] {
  const problems: Problem[] = []
  for (const rule of RULES) {
    if (rule.registries?.some((r) => brokenRegistries.has(r))) continue
    rule.check({
      dataset,
      report(source, path, message, severity = 'error') {
        problems.push({ file: source.file, line: source.lineOf(path), field: formatPath(path), rule: rule.name, severity, message })
      },
    })
  }
  return problems
}
