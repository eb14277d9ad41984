import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { listFiles } from '../../scripts/lib/files.js'
import { generate } from '../../scripts/lib/generate.js'
import { fixtureWith, removeFixture } from '../corpus.js'

const roots: string[] = []
const fresh = (caseName?: string) => {
  const root = fixtureWith(caseName)
  roots.push(root)
  return root
}
afterEach(() => roots.splice(0).forEach(removeFixture))

const snapshot = (dir: string): Record<string, string> =>
  Object.fromEntries(listFiles(dir).map((p) => [p.slice(dir.length), readFileSync(p, 'utf8')]))

describe('generate', () => {
  it('writes the matrix, one page per API and one per implementation', () => {
    const root = fresh()
    const { summary, problems } = generate(root)
    expect(problems).toEqual([])
    expect(summary?.written).toBeGreaterThan(0)
    for (const file of ['matrix.md', 'segments.md', 'api/send_msg.md', 'api/underscore-send_group_notice.md', 'segments/image.md', 'segments/forward.md', 'impl/napcat.md', 'impl/lagrange.md']) {
      expect(existsSync(join(root, 'docs', file)), file).toBe(true)
    }
  })

  it('is deterministic: a second run rewrites nothing and the bytes are identical', () => {
    const root = fresh()
    generate(root)
    const first = snapshot(join(root, 'docs'))
    const { summary } = generate(root)
    expect(summary).toEqual({ written: 0, unchanged: expect.any(Number), removed: 0 })
    expect(snapshot(join(root, 'docs'))).toEqual(first)
  })

  it('writes nothing for invalid data and leaves the earlier output untouched', () => {
    const root = fresh()
    generate(root)
    const before = snapshot(join(root, 'docs'))
    const file = join(root, 'data/apis/message/send_msg.md')
    writeFileSync(file, readFileSync(file, 'utf8').replace('status: full', 'status: ful'))
    const { summary, problems } = generate(root)
    expect(summary).toBeUndefined()
    expect(problems.map((p) => p.field)).toEqual(['support.napcat.status'])
    expect(snapshot(join(root, 'docs'))).toEqual(before)
  })

  it('writes nothing when only a segment file is invalid', () => {
    const root = fresh()
    generate(root)
    const before = snapshot(join(root, 'docs'))
    const file = join(root, 'data/segments/image.md')
    writeFileSync(file, readFileSync(file, 'utf8').replace('direction: receive', 'direction: recieve'))
    const { summary, problems } = generate(root)
    expect(summary).toBeUndefined()
    expect(problems.map((p) => `${p.file} ${p.field}`)).toEqual(['data/segments/image.md fields[2].direction'])
    expect(snapshot(join(root, 'docs'))).toEqual(before)
  })

  it('removes the page of an API whose data file was deleted', () => {
    const root = fresh()
    generate(root)
    rmSync(join(root, 'data/apis/group/underscore-send_group_notice.md'))
    const { summary } = generate(root)
    expect(summary?.removed).toBe(2)
    expect(existsSync(join(root, 'docs/api/underscore-send_group_notice.md'))).toBe(false)
    expect(existsSync(join(root, 'docs/public/notes/api/underscore-send_group_notice.json'))).toBe(false)
    expect(existsSync(join(root, 'docs/api/send_msg.md'))).toBe(true)
  })
})
