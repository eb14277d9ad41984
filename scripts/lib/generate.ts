/** Load, validate, render, write: the whole generator as one call, used by the CLI and the dev server. */
import { join } from 'node:path'
import { loadData } from './load.js'
import { hasErrors, type Problem } from './problems.js'
import { lastCommitDates } from './git-dates.js'
import { renderSite } from './site.js'
import { writeSite, type WriteSummary } from './write.js'

export interface GenerateResult {
  problems: Problem[]
  /** Absent when validation failed: then nothing was written. */
  summary?: WriteSummary
}

export function generate(root: string, docsDir = join(root, 'docs')): GenerateResult {
  const { dataset, problems } = loadData(root)
  if (!dataset || hasErrors(problems)) return { problems }
  const files = renderSite(dataset, lastCommitDates(root, 'data'))
  return { problems, summary: writeSite(docsDir, files) }
}
