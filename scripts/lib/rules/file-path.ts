import { APIS_DIR } from '../load.js'
import type { Rule } from './index.js'

export const filePath: Rule = {
  name: 'file-path',
  description: 'An API file lives at data/apis/<category>/<slug>.md, matching its own category and name.',
  check({ dataset, report }) {
    for (const api of dataset.apis) {
      const expected = `${APIS_DIR}/${api.category}/${api.slug}.md`
      if (api.file !== expected) {
        report(api.source, ['name'], `expected this file at ${expected} (from its category and name), found it at ${api.file}`)
      }
    }
  },
}
