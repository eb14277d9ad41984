/**
 * Since which release a name has been registered: walking the releases in order, each read from its own
 * tree, the first release of the run that lasts up to the audited commit. A name already there at the
 * first release the extractor can read is written `≤<tag>`; a release whose tree the extractor cannot read
 * (a layout older or other than its registry) says nothing and breaks no run. Earlier runs (a name
 * registered, removed and registered again) are kept as history.
 */
import type { Registered } from './extractor.js'
import type { Release } from '../schema.js'

export interface Run {
  from: string
  /** The last release of the run. */
  until: string
}

export interface SinceResult {
  /** The tag, `≤tag` when it was there from the first readable release, or undefined when no release has it yet. */
  since?: string
  /** Earlier runs that ended before the current one began. */
  earlier: Run[]
}

/**
 * `trees` holds each release's registered names (undefined where unreadable), in release order; `atAudit`
 * the names registered at the audited commit.
 */
export function sinceOf(name: string, releases: Release[], trees: (Registered | undefined)[], atAudit: Registered): SinceResult {
  const readable = releases.map((r, i) => ({ tag: r.tag, names: trees[i] })).filter((r) => r.names)
  const runs: Run[] = []
  let open: Run | undefined
  for (const r of readable) {
    if (r.names!.has(name)) {
      if (open) open.until = r.tag
      else open = { from: r.tag, until: r.tag }
    } else if (open) {
      runs.push(open)
      open = undefined
    }
  }
  // The current run is the one still open at the last readable release, and the name must still be
  // registered at the audited commit; otherwise no release has it yet (added after the last release).
  const current = open && atAudit.has(name) ? open : undefined
  if (open && !current) runs.push(open)
  if (!current) return { earlier: runs }
  const floor = readable[0]!.tag
  return { since: current.from === floor ? `≤${floor}` : current.from, earlier: runs }
}

/** The tag a `since` names (without the `≤` of a name older than the first readable release). */
export const sinceTag = (since: string): string => since.replace(/^≤/, '')
