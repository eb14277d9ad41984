import { APIS_DIR, expectedFile } from '../kinds.js'
import { features } from '../statements.js'
import type { Rule } from './index.js'

const folderOf = (file: string): string => file.slice(0, file.lastIndexOf('/'))

export const filePath: Rule = {
  name: 'file-path',
  description: 'A feature file lives where its own fields say: data/apis/<category>/<slug>.md, data/segments/<type>.md, data/events/<post_type>/<detail_type>.md (notify notices: notify-<sub_type>.md).',
  check({ dataset, report }) {
    const categories = dataset.categories.map((c) => c.id)
    for (const feature of features(dataset)) {
      // An unknown category has no folder to move to (known-ids names the categories that exist), so only
      // the file's name is checked, in the folder it is in.
      const knownFolder = feature.kind !== 'action' || categories.includes(feature.category)
      const expected = knownFolder ? expectedFile(feature) : `${folderOf(feature.file)}/${feature.slug}.md`
      if (feature.file === expected) continue
      const from = { segment: 'its type', event: 'its post_type, detail_type and sub_type', action: knownFolder ? 'its category and name' : 'its name' }[feature.kind]
      let message = `expected this file at ${expected} (from ${from}), found it at ${feature.file}`
      const folder = folderOf(feature.file).slice(APIS_DIR.length + 1)
      if (feature.kind === 'action' && folder && !categories.includes(folder)) {
        message += `, whose folder is not a category (categories: ${categories.join(', ')})`
      }
      report(feature.source, [feature.kind === 'event' ? 'detail_type' : 'name'], message)
    }
  },
}
