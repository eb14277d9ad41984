/** Generated pages are valid HTML: the generator's markdown must never produce broken markup. */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { HtmlValidate } from 'html-validate'
import { describe, expect, it } from 'vitest'
import { DIST } from '../browser/site.js'

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Markup of the VitePress theme itself, the same on every page and not ours to change:
    'attribute-misuse': 'off', // `as` on preload links in <head>
    'attribute-empty-style': 'off', // crossorigin=""
    'no-trailing-whitespace': 'off',
    'no-implicit-button-type': 'off',
    'prefer-native-element': 'off', // sidebar section headers
    'no-dup-class': 'off', // sidebar link classes
    'text-content': 'off', // the theme's icon-only buttons carry aria-labels set at runtime
    // markdown-it writes table column alignment as inline style.
    'no-inline-style': 'off',
  },
})

const generated = [
  'matrix.html',
  ...readdirSync(join(DIST, 'api')).map((f) => `api/${f}`),
  ...readdirSync(join(DIST, 'impl')).map((f) => `impl/${f}`),
]

describe('built HTML of generated pages', () => {
  it('covers the matrix, every API page and every implementation page', () => {
    expect(generated.length).toBeGreaterThan(200)
  })

  it('passes html-validate', async () => {
    const failures: string[] = []
    for (const file of generated) {
      const report = await validator.validateString(readFileSync(join(DIST, file), 'utf8'), file)
      for (const result of report.results) {
        for (const m of result.messages) failures.push(`${file}:${m.line}:${m.column} ${m.ruleId} ${m.message}`)
      }
    }
    expect(failures.slice(0, 20)).toEqual([])
  })
})
