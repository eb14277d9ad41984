/** Two builds of the same data give the same bytes: build again into a scratch folder and compare. */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { listFiles } from '../../scripts/lib/files.js'
import { ROOT } from '../../scripts/lib/paths.js'
import { DIST } from '../browser/site.js'

const htmlFiles = (dir: string): string[] => listFiles(dir).filter((f) => f.endsWith('.html'))

const scratch = mkdtempSync(join(tmpdir(), 'second-build-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

describe('deterministic build', () => {
  it('produces byte-identical HTML when the same data is built twice', () => {
    execFileSync('npx', ['vitepress', 'build', '--outDir', scratch], { cwd: ROOT, stdio: 'ignore' })
    const first = htmlFiles(DIST).map((f) => relative(DIST, f)).sort()
    const second = htmlFiles(scratch).map((f) => relative(scratch, f)).sort()
    expect(second).toEqual(first)
    const differing = first.filter((f) => !readFileSync(join(DIST, f)).equals(readFileSync(join(scratch, f))))
    expect(differing).toEqual([])
  })
})
