/**
 * Writes generated files under docs/. Only files whose bytes change are rewritten (so the dev
 * server reloads just those pages), and generated files that no longer have a source are removed.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs'
import { dirname, join, relative, sep } from 'node:path'
import { listFiles } from './files.js'
import { GENERATED_DIRS } from './site.js'

export interface WriteSummary {
  written: number
  unchanged: number
  removed: number
}

export function writeSite(docsDir: string, files: Map<string, string>): WriteSummary {
  const summary: WriteSummary = { written: 0, unchanged: 0, removed: 0 }
  for (const [file, content] of files) {
    const path = join(docsDir, file)
    if (existsSync(path) && readFileSync(path, 'utf8') === content) {
      summary.unchanged++
      continue
    }
    mkdirSync(dirname(path), { recursive: true })
    writeFileSync(path, content)
    summary.written++
  }
  for (const path of GENERATED_DIRS.flatMap((d) => listFiles(join(docsDir, d)))) {
    const file = relative(docsDir, path).split(sep).join('/')
    if (!files.has(file) && existsSync(path)) {
      rmSync(path)
      summary.removed++
    }
  }
  return summary
}
