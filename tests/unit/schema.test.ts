import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT } from '../../scripts/lib/paths.js'
import { jsonSchemas } from '../../scripts/lib/schema.js'

describe('JSON Schemas in schema/', () => {
  it.each(Object.keys(jsonSchemas()))('%s matches the zod schema (run `npm run schema` after changing it)', (file) => {
    const committed = JSON.parse(readFileSync(join(ROOT, 'schema', file), 'utf8'))
    expect(committed).toEqual(JSON.parse(JSON.stringify(jsonSchemas()[file])))
  })

  it('requires an entry per implementation to carry a status', () => {
    const api = jsonSchemas()['api.schema.json'] as { properties: { support: { additionalProperties: { required: string[] } } } }
    expect(api.properties.support.additionalProperties.required).toEqual(['status'])
  })
})
