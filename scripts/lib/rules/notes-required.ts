import { DIFF_LISTS } from '../schema.js'
import { statements } from '../statements.js'
import type { Rule } from './index.js'

export const notesRequired: Rule = {
  name: 'notes-required',
  description: '`minor` and `major` always say what differs; stubs and debug-only actions say what they really do.',
  check({ dataset, report }) {
    for (const { feature, statement: s, path } of statements(dataset)) {
      if ((s.status === 'minor' || s.status === 'major') && !s.note) {
        report(feature.source, [...path, 'status'], `expected a note saying what differs (status ${s.status}), found none`)
      }
      if ((s.kind === 'stub' || s.kind === 'debug') && !s.note) {
        report(feature.source, [...path, 'kind'], `expected a note saying what the ${s.kind} ${feature.kind === 'action' ? 'action' : 'handling'} really does, found none`)
      }
      if (s.kind === 'stub' && (s.status === 'full' || s.status === 'minor')) {
        report(feature.source, [...path, 'status'], `expected status major for a stub (registered but does nothing useful), found ${s.status}`)
      }
      const details = s.kind || s.aliases || s.route || DIFF_LISTS.some((key) => s[key])
      if ((s.status === 'none' || s.status === 'unknown') && details) {
        report(feature.source, path, `expected no kind, aliases, route or field differences on a ${s.status} entry, found some`)
      }
    }
  },
}
