/**
 * What the matrix's version picker fetches for one implementation: its releases in release order and,
 * per API it supports, since which release (null: registered only after the last release). One small file
 * per implementation, fetched when a reader picks it, so the matrix page does not carry hundreds of tags.
 */
import type { Dataset } from './load.js'
import { isSupportedStatus } from './model.js'

export interface VersionData {
  impl: string
  releases: string[]
  /** Per API slug: the `since` of its cell, or null when no release has it yet. */
  since: Record<string, string | null>
}

export const versionFile = (implId: string): string => `public/releases/${implId}.json`

export function versionFiles(dataset: Dataset): Map<string, string> {
  const files = new Map<string, string>()
  for (const impl of dataset.implementations) {
    const releases = dataset.releases[impl.id]
    if (!releases) continue
    const since: Record<string, string | null> = {}
    for (const api of dataset.apis) {
      const s = api.support[impl.id]
      if (s && isSupportedStatus(s.status)) since[api.slug] = s.since ?? null
    }
    const data: VersionData = { impl: impl.id, releases: releases.map((r) => r.tag), since }
    files.set(versionFile(impl.id), JSON.stringify(data) + '\n')
  }
  return files
}
