import { expectedSubTypes, subTypeUse } from '../model.js'
import type { Rule } from './index.js'

export const eventStatus: Rule = {
  name: 'event-status',
  description: 'An event\'s status agrees with what it emits: `none` emits nothing; a supported one lists the sub_types it emits; `full` emits every expected sub_type under its own name, on every channel.',
  check({ dataset, report }) {
    for (const event of dataset.events) {
      const expected = expectedSubTypes(event)
      for (const [id, s] of Object.entries(event.support)) {
        const path = ['support', id]
        if (s.status === 'unknown') continue
        if (s.status === 'none') {
          const emitted = [s.sub_types?.length && 'sub_types', s.sub_type_renames && 'sub_type_renames', s.channels && 'channels'].filter(Boolean)
          if (emitted.length) report(event.source, path, `expected nothing emitted on a none entry, found ${emitted.join(', ')}`)
          continue
        }
        if (event.sub_types.length && !s.sub_types?.length) {
          report(event.source, [...path, 'sub_types'], `expected the sub_types ${event.name} is emitted with (${event.sub_types.map((t) => t.name).join(', ')}), found none (use status none when the event is never emitted)`)
          continue
        }
        if (s.status !== 'full') continue
        if (s.channels && event.post_type === 'meta_event') {
          report(event.source, [...path, 'status'], `expected minor or major when the event is delivered only on some channels (${s.channels.join(', ')}), found full`)
        }
        const missing = expected.filter((t) => subTypeUse(s, t.name).use === 'missing').map((t) => t.name)
        const renamed = expected.filter((t) => subTypeUse(s, t.name).use === 'renamed').map((t) => t.name)
        const why = [missing.length && `${missing.join(', ')} never emitted`, renamed.length && `${renamed.join(', ')} renamed`].filter(Boolean)
        if (why.length) report(event.source, [...path, 'status'], `expected minor or major when an expected sub_type is not emitted as is (${why.join('; ')}), found full`)
      }
    }
  },
}
