/**
 * Writes generated files under docs/. Only files whose bytes change are rewritten (so the dev
 * server reloads just those pages), and generated files that no longer have a source are removed.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs'
import { dirname, join, relative, sep } from 'node:path'
import { GENERATED_DIRS, GENERATED_FILES } from './site.js'

export interface WriteSummary {
  written: number
  unchanged: number
  removed: number
}

function walk(dir: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? walk(path) : [path]
  })
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
  const owned = [...GENERATED_DIRS.flatMap((d) => walk(join(docsDir, d))), ...GENERATED_FILES.map((f) => join(docsDir, f))]
  for (const path of owned) {
    const file = relative(docsDir, path).split(sep).join('/')
    if (!files.has(file) && existsSync(path)) {
      rmSync(path)
      summary.removed++
    }
  }
  return summary
}
