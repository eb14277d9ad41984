import { PLACEHOLDER } from '../new-api.js'
import { describeValue } from '../problems.js'
import type { Rule } from './index.js'
import { dataTexts } from './texts.js'

export const placeholders: Rule = {
  name: 'placeholders',
  description: 'No text still holds a placeholder that `npm run new` wrote.',
  check({ dataset, report }) {
    for (const { source, path, text } of dataTexts(dataset)) {
      if (text.includes(PLACEHOLDER)) {
        report(source, path, `expected your own text, found the placeholder ${describeValue(text)} that \`npm run new\` wrote`)
      }
    }
  },
}
