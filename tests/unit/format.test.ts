import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { formatApiFile } from '../../scripts/lib/format.js'
import { loadData, type Dataset } from '../../scripts/lib/load.js'
import { ApiSchema } from '../../scripts/lib/schema.js'
import { readApiFile } from '../../scripts/lib/source.js'
import { VALID_FIXTURE } from '../corpus.js'

const dataset = loadData(VALID_FIXTURE).dataset as Dataset
const order = dataset.implementations.map((i) => i.id)

describe('formatApiFile (npm run fix, npm run new)', () => {
  it('writes the fixture files exactly as they are: they are canonical', () => {
    for (const api of dataset.apis) {
      const original = readFileSync(join(VALID_FIXTURE, api.file), 'utf8')
      expect(formatApiFile(ApiSchema.parse(api.source.value), api.body, order)).toBe(original)
    }
  })

  it('puts keys and implementations in canonical order without changing any value', () => {
    const api = dataset.apis.find((a) => a.name === 'send_msg')!
    const front = ApiSchema.parse(api.source.value)
    const { support, ...rest } = front
    const shuffled = { support: { lagrange: support.lagrange!, napcat: support.napcat! }, ...rest }
    const text = formatApiFile(shuffled, api.body, order)
    expect(text.indexOf('  napcat:')).toBeLessThan(text.indexOf('  lagrange:'))
    const path = join(mkdtempSync(join(tmpdir(), 'format-')), 'api.md')
    writeFileSync(path, text)
    expect(ApiSchema.parse(readApiFile(path, 'api.md').value)).toEqual(front)
  })
})
