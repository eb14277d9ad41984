import { sinceTag } from '../audit/since.js'
import { isSupportedStatus } from '../model.js'
import { RELEASES_DIR } from '../kinds.js'
import { statements } from '../statements.js'
import type { Rule } from './index.js'

export const sinceRelease: Rule = {
  name: 'since-release',
  description: `A \`since\` (and each run of \`since_history\`) names a release recorded for that implementation in ${RELEASES_DIR}/<impl>.yaml, on a supported cell; release files belong to known implementations.`,
  registries: ['implementations'],
  check({ dataset, report }) {
    for (const { feature, implId, statement: s, path } of statements(dataset)) {
      if (!s.since && !s.since_history) continue
      const releases = dataset.releases[implId]
      const known = new Set(releases?.map((r) => r.tag))
      const check = (tag: string, at: (string | number)[]) => {
        if (!releases) report(feature.source, at, `expected a release recorded for ${implId} (${RELEASES_DIR}/${implId}.yaml, written by \`npm run since\`), found "${tag}" and no releases file`)
        else if (!known.has(sinceTag(tag))) {
          const near = releases.filter((r) => r.tag.toLowerCase().startsWith(sinceTag(tag).toLowerCase().slice(0, 3))).slice(-3).map((r) => r.tag)
          report(feature.source, at, `expected a release tag recorded for ${implId}${near.length ? ` (e.g. ${near.join(', ')})` : ''}, found "${tag}"`)
        }
      }
      if (s.since) {
        if (!isSupportedStatus(s.status)) report(feature.source, [...path, 'since'], `expected \`since\` only on a supported cell, found it on a ${s.status} cell`)
        check(s.since, [...path, 'since'])
      }
      s.since_history?.forEach((run, i) => {
        check(run.from, [...path, 'since_history', i, 'from'])
        check(run.until, [...path, 'since_history', i, 'until'])
      })
    }
    const impls = new Set(dataset.implementations.map((i) => i.id))
    for (const [id, source] of Object.entries(dataset.releaseSources)) {
      if (!impls.has(id)) report(source, [], `expected a releases file named after an implementation (${[...impls].join(', ')}), found ${RELEASES_DIR}/${id}.yaml`)
    }
  },
}
