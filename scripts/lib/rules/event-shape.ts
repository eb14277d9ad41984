import { NOTIFY } from '../schema.js'
import type { Rule } from './index.js'

export const eventShape: Rule = {
  name: 'event-shape',
  description: 'A `notify` notice names its own `sub_type` and declares no others; other events name none; declared sub_types are unique; only meta events carry delivery channels.',
  check({ dataset, report }) {
    for (const event of dataset.events) {
      const notify = event.post_type === 'notice' && event.detail_type === NOTIFY
      if (notify && !event.sub_type) {
        report(event.source, ['detail_type'], 'expected `sub_type` beside detail_type notify (each notify sub_type has its own file, e.g. data/events/notice/notify-poke.md), found none')
      }
      if (!notify && event.sub_type) {
        report(event.source, ['sub_type'], `expected \`sub_type\` only on a notify notice (list the sub_types of ${event.post_type}.${event.detail_type} under sub_types), found "${event.sub_type}"`)
      }
      if (notify && event.sub_types.length) {
        report(event.source, ['sub_types'], `expected no sub_types list on a notify notice (its file is the one sub_type "${event.sub_type ?? ''}"), found ${event.sub_types.length}`)
      }
      const seen = new Set<string>()
      event.sub_types.forEach((t, i) => {
        if (seen.has(t.name)) report(event.source, ['sub_types', i, 'name'], `expected a unique sub_type, found "${t.name}" twice`)
        seen.add(t.name)
      })
      if (event.post_type === 'meta_event') continue
      for (const [id, s] of Object.entries(event.support)) {
        if (s.channels) report(event.source, ['support', id, 'channels'], `expected delivery channels only on meta events, found them on a ${event.post_type} event`)
      }
    }
  },
}
