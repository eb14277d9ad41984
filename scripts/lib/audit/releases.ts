/**
 * An implementation's releases, in release order: its version tags, read from a local clone, sorted by
 * the version they name (not by date, and never by which tags contain which commit: rewritten histories
 * and tags cut from side branches make ancestry say the wrong thing).
 */
import { execFileSync } from 'node:child_process'
import type { Release } from '../schema.js'

/** A version read from a tag name: `v4.2.0`, `V4.0.3`, `2.6.19`, `v1.0.0-beta.2`. */
export function parseVersion(tag: string): { parts: number[]; pre: string } | undefined {
  const m = tag.match(/^[vV]?(\d+(?:\.\d+)*)(?:-([0-9A-Za-z.-]+))?$/)
  return m ? { parts: m[1]!.split('.').map(Number), pre: m[2] ?? '' } : undefined
}

/** Release order: by version numbers, a pre-release before its release. */
export function compareVersions(a: string, b: string): number {
  const [x, y] = [parseVersion(a)!, parseVersion(b)!]
  for (let i = 0; i < Math.max(x.parts.length, y.parts.length); i++) {
    const d = (x.parts[i] ?? 0) - (y.parts[i] ?? 0)
    if (d) return d
  }
  if (x.pre === y.pre) return 0
  if (!x.pre) return 1
  if (!y.pre) return -1
  return x.pre.localeCompare(y.pre, 'en', { numeric: true })
}

/**
 * Every version tag of the repository up to and including `upTo` (the audited version), in release order;
 * from `from` on when given (a fork's first own release: the tags before it are its parent's).
 */
export function releasesOf(gitDir: string, upTo?: string, from?: string): Release[] {
  const out = execFileSync('git', ['--git-dir', gitDir, 'for-each-ref', 'refs/tags', '--format=%(refname:short) %(*committerdate:short)%(committerdate:short)'], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  })
  const releases = out
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [tag = '', date = ''] = line.split(' ')
      // An annotated tag gives its commit's date first; a lightweight one only the commit's.
      return { tag, date: date.slice(0, 10) }
    })
    .filter((r) => parseVersion(r.tag))
  const sorted = releases.sort((a, b) => compareVersions(a.tag, b.tag) || a.tag.localeCompare(b.tag))
  return sorted.filter(
    (r) => (!upTo || !parseVersion(upTo) || compareVersions(r.tag, upTo) <= 0) && (!from || compareVersions(r.tag, from) >= 0),
  )
}
