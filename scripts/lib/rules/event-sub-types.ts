import type { Rule } from './index.js'

export const eventSubTypes: Rule = {
  name: 'event-sub-types',
  description: "Every sub_type an implementation emits is declared in the event's `sub_types`, or is the new name of a declared one in `sub_type_renames`.",
  check({ dataset, report }) {
    for (const event of dataset.events) {
      const declared = event.sub_types.map((t) => t.name)
      const list = declared.join(', ')
      for (const [id, s] of Object.entries(event.support)) {
        const at = (...path: (string | number)[]) => ['support', id, ...path]
        if (!declared.length && (s.sub_types || s.sub_type_renames)) {
          report(event.source, at(s.sub_types ? 'sub_types' : 'sub_type_renames'), `expected no sub_types on an event that declares none (${event.name}), found some (declare them under sub_types first)`)
          continue
        }
        const renamedTo = new Set(s.sub_type_renames?.map((r) => r.to))
        const seen = new Set<string>()
        s.sub_types?.forEach((name, i) => {
          if (seen.has(name)) report(event.source, at('sub_types', i), `expected each sub_type once, found "${name}" twice`)
          seen.add(name)
          if (!declared.includes(name) && !renamedTo.has(name)) {
            report(event.source, at('sub_types', i), `expected a sub_type declared for ${event.name} (${list}) or the new name of one in sub_type_renames, found "${name}"`)
          }
        })
        s.sub_type_renames?.forEach((r, i) => {
          if (!declared.includes(r.from)) report(event.source, at('sub_type_renames', i, 'from'), `expected \`from\` to name a declared sub_type (${list}), found "${r.from}"`)
          if (!seen.has(r.to)) report(event.source, at('sub_type_renames', i, 'to'), `expected \`to\` to be listed in this implementation's sub_types (what it emits), found "${r.to}" missing there`)
        })
      }
    }
  },
}
