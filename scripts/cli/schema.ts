/** `npm run schema`: writes the JSON Schemas of the data files to schema/, derived from scripts/lib/schema.ts. */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT } from '../lib/paths.js'
import { jsonSchemas } from '../lib/schema.js'

const dir = join(ROOT, 'schema')
mkdirSync(dir, { recursive: true })
for (const [file, schema] of Object.entries(jsonSchemas())) {
  writeFileSync(join(dir, file), JSON.stringify(schema, null, 2) + '\n')
  console.log(`wrote schema/${file}`)
}
