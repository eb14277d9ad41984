import type { SourceFile, FieldPath } from '../source.js'
import type { Rule } from './index.js'

export const uniqueNames: Rule = {
  name: 'unique-names',
  description: 'API names, aliases and page slugs, segment types and event ids, are unique across all files of their kind; registry ids are unique.',
  check({ dataset, report }) {
    const claimed = new Map<string, string>()
    const claim = (key: string, what: string, source: SourceFile, path: FieldPath) => {
      const owner = claimed.get(key)
      if (owner) report(source, path, `expected a unique ${what}, found one already used by ${owner}`)
      else claimed.set(key, source.file)
    }
    for (const api of dataset.apis) {
      claim(`name:${api.name}`, `name "${api.name}"`, api.source, ['name'])
      claim(`slug:${api.slug}`, `page slug "${api.slug}"`, api.source, ['name'])
    }
    for (const segment of dataset.segments) claim(`segment:${segment.name}`, `segment type "${segment.name}"`, segment.source, ['name'])
    for (const event of dataset.events) claim(`event:${event.name}`, `event "${event.name}"`, event.source, ['detail_type'])
    // Aliases are checked after every name is known, so an alias can never shadow another API.
    for (const api of dataset.apis) {
      const aliases = [
        ...api.aliases.map((alias, i) => ({ alias, path: ['aliases', i] as FieldPath })),
        ...Object.entries(api.support).flatMap(([id, s]) =>
          (s.aliases ?? []).map((alias, i) => ({ alias, path: ['support', id, 'aliases', i] as FieldPath })),
        ),
      ]
      const own = new Set<string>()
      for (const { alias, path } of aliases) {
        if (alias === api.name) report(api.source, path, `expected an alias other than the API's own name, found "${alias}"`)
        else if (!own.has(alias)) {
          own.add(alias)
          claim(`name:${alias}`, `alias "${alias}"`, api.source, path)
        }
      }
    }
    const registry = (items: { id: string }[], source: SourceFile | undefined) => {
      if (!source) return // unreadable, so it has no entries to compare
      const seen = new Set<string>()
      items.forEach((item, i) => {
        if (seen.has(item.id)) report(source, [i, 'id'], `expected a unique id, found "${item.id}" twice`)
        seen.add(item.id)
      })
    }
    registry(dataset.implementations, dataset.registrySources.implementations)
    registry(dataset.categories, dataset.registrySources.categories)
  },
}
