import type { Rule } from './index.js'

export const notesRequired: Rule = {
  name: 'notes-required',
  description: '`minor` and `major` always say what differs; stubs and debug-only actions say what they really do.',
  check({ dataset, report }) {
    for (const api of dataset.apis) {
      for (const [id, s] of Object.entries(api.support)) {
        if ((s.status === 'minor' || s.status === 'major') && !s.note) {
          report(api.source, ['support', id, 'status'], `expected a note saying what differs (status ${s.status}), found none`)
        }
        if ((s.kind === 'stub' || s.kind === 'debug') && !s.note) {
          report(api.source, ['support', id, 'kind'], `expected a note saying what the ${s.kind} action really does, found none`)
        }
        if (s.kind === 'stub' && (s.status === 'full' || s.status === 'minor')) {
          report(api.source, ['support', id, 'status'], `expected status major for a stub (registered but does nothing useful), found ${s.status}`)
        }
        if ((s.status === 'none' || s.status === 'unknown') && (s.kind || s.params || s.response || s.aliases)) {
          report(api.source, ['support', id], `expected no kind, aliases or field differences on a ${s.status} entry, found some`)
        }
      }
    }
  },
}
