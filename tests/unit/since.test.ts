/**
 * `since` from release tags, on small repositories made here: tags in release order, a tag cut from a side
 * branch, a history rewritten after a release, a name removed and registered again, a name added after the
 * last release. Each release is read from its own tree, so ancestry never decides.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Extractor } from '../../scripts/lib/audit/extractor.js'
import { compareVersions, releasesOf } from '../../scripts/lib/audit/releases.js'
import { sinceOf } from '../../scripts/lib/audit/since.js'
import { gitTrees } from '../../scripts/lib/audit/tree.js'

/** A registry any test repository can have: one action name per line of `actions.txt`. */
const listExtractor: Extractor = {
  impl: 'fixture',
  describe: 'actions.txt',
  extract(tree) {
    const text = tree.read('actions.txt')
    return text === undefined ? undefined : new Map(text.split('\n').filter(Boolean).map((n) => [n, 'actions.txt']))
  },
}

let dir: string
const git = (...args: string[]) =>
  execFileSync('git', args, {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com', GIT_AUTHOR_DATE: '2025-01-01T00:00:00Z', GIT_COMMITTER_DATE: '2025-01-01T00:00:00Z' },
  }).trim()
const commit = (names: string[], message: string) => {
  writeFileSync(join(dir, 'actions.txt'), names.join('\n') + '\n')
  git('add', '.')
  git('commit', '-q', '-m', message)
  return git('rev-parse', 'HEAD')
}

let audited: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'since-'))
  git('init', '-q', '-b', 'main')
  writeFileSync(join(dir, 'README'), 'before the registry existed\n')
  git('add', '.')
  git('commit', '-q', '-m', 'no registry yet')
  git('tag', 'v0.9.0') // a release the extractor cannot read
  commit(['a', 'b'], 'first')
  git('tag', 'v1.0.0')
  commit(['a', 'b', 'c'], 'add c')
  git('tag', 'v1.1.0')
  // A fix release cut from a side branch of v1.0.0: it never had c, and b was dropped there.
  git('checkout', '-q', '-b', 'side', 'v1.0.0')
  commit(['a', 'd'], 'side fix')
  git('tag', 'V1.1.1')
  git('checkout', '-q', 'main')
  commit(['a', 'c'], 'drop b')
  git('tag', 'v1.2.0')
  // History rewritten after v1.2.0: main is reset and recommitted, so v1.2.0 is no longer an ancestor.
  git('reset', '-q', '--hard', 'v1.1.0')
  commit(['a', 'c', 'b'], 'rewritten: b is back')
  git('tag', 'v1.3.0-beta.1')
  git('tag', 'v1.3.0')
  audited = commit(['a', 'c', 'b', 'e'], 'e after the last release')
  git('tag', 'v2.0.0') // after the audited version: never walked
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('releases', () => {
  it('orders tags by the version they name, a pre-release before its release, and stops at the audited version', () => {
    expect(releasesOf(join(dir, '.git'), 'v1.3.0').map((r) => r.tag)).toEqual(['v0.9.0', 'v1.0.0', 'v1.1.0', 'V1.1.1', 'v1.2.0', 'v1.3.0-beta.1', 'v1.3.0'])
    expect(releasesOf(join(dir, '.git'))[0]).toEqual({ tag: 'v0.9.0', date: '2025-01-01' })
    expect(compareVersions('v10.0.0', 'v9.9.9')).toBeGreaterThan(0)
    expect(compareVersions('2.6.19', 'V2.6.19')).toBe(0)
  })

  it("starts at a fork's first own release when given one, leaving out the tags it inherited", () => {
    expect(releasesOf(join(dir, '.git'), 'v1.3.0', 'v1.1.0').map((r) => r.tag)).toEqual(['v1.1.0', 'V1.1.1', 'v1.2.0', 'v1.3.0-beta.1', 'v1.3.0'])
  })
})

describe('since', () => {
  const at = () => {
    const releases = releasesOf(join(dir, '.git'), 'v1.3.0')
    const treeAt = gitTrees(join(dir, '.git'))
    return { releases, trees: releases.map((r) => listExtractor.extract(treeAt(r.tag))), atAudit: listExtractor.extract(treeAt(audited))! }
  }

  it('writes a name present from the first readable release as a range', () => {
    const { releases, trees, atAudit } = at()
    expect(sinceOf('a', releases, trees, atAudit)).toEqual({ since: '≤v1.0.0', earlier: [] })
  })

  it('counts a release cut from a side branch in release order: c is missing there, so its run starts again', () => {
    const { releases, trees, atAudit } = at()
    expect(sinceOf('c', releases, trees, atAudit)).toEqual({ since: 'v1.2.0', earlier: [{ from: 'v1.1.0', until: 'v1.1.0' }] })
  })

  it('keeps the history of a name removed and registered again, across a rewritten history', () => {
    const { releases, trees, atAudit } = at()
    expect(sinceOf('b', releases, trees, atAudit)).toEqual({ since: 'v1.3.0-beta.1', earlier: [{ from: 'v1.0.0', until: 'v1.1.0' }] })
  })

  it('leaves since empty for a name registered only after the last release, or no longer registered', () => {
    const { releases, trees, atAudit } = at()
    expect(sinceOf('e', releases, trees, atAudit)).toEqual({ earlier: [] })
    expect(sinceOf('d', releases, trees, atAudit)).toEqual({ earlier: [{ from: 'V1.1.1', until: 'V1.1.1' }] })
  })
})
