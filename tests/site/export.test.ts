/** The machine-readable export in the built site agrees with its JSON Schema and with data/. */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import Ajv2020 from 'ajv/dist/2020.js'
import { describe, expect, it } from 'vitest'
import { loadData } from '../../scripts/lib/load.js'
import { ROOT } from '../../scripts/lib/paths.js'
import { EXPORT_SCHEMA_VERSION, type Export } from '../../scripts/lib/export.js'
import { DIST } from '../browser/site.js'

const read = (file: string) => readFileSync(join(DIST, file), 'utf8')
const exported = JSON.parse(read('onebot-compat.json')) as Export
const schema = JSON.parse(read('onebot-compat.schema.json')) as object
const { dataset } = loadData(ROOT)

describe('onebot-compat.json', () => {
  it('validates against its JSON Schema and carries a schema version', () => {
    const validate = new Ajv2020.default({ allErrors: true, strict: false }).compile(schema)
    const valid = validate(exported)
    expect(validate.errors ?? []).toEqual([])
    expect(valid).toBe(true)
    expect(exported.schema_version).toBe(EXPORT_SCHEMA_VERSION)
  })

  it('holds every API and implementation of data/, with the same statuses, sources and differences', () => {
    expect(exported.apis.map((a) => a.name)).toEqual(dataset!.apis.map((a) => a.name))
    expect(exported.implementations.map((i) => i.audit.commit)).toEqual(dataset!.implementations.map((i) => i.audit.commit))
    for (const api of dataset!.apis) {
      const out = exported.apis.find((a) => a.name === api.name)!
      for (const [id, s] of Object.entries(api.support)) {
        expect({ api: api.name, id, status: out.support[id]?.status, source: out.support[id]?.source, params: out.support[id]?.params }).toEqual({
          api: api.name,
          id,
          status: s.status,
          source: s.source,
          params: s.params,
        })
      }
    }
  })

  it('holds every segment type with both directions of every implementation, as in data/', () => {
    expect(exported.segments.map((s) => s.type)).toEqual(dataset!.segments.map((s) => s.name))
    for (const segment of dataset!.segments) {
      const out = exported.segments.find((s) => s.type === segment.name)!
      expect(out.directions).toEqual(segment.directions)
      for (const [id, entry] of Object.entries(segment.support)) {
        for (const dir of ['send', 'receive'] as const) {
          const s = entry[dir]!
          const o = out.support[id]![dir]
          expect({ type: segment.name, id, dir, status: o.status, source: o.source, via: (o as { via?: string }).via, fields: o.fields }).toEqual({
            type: segment.name,
            id,
            dir,
            status: s.status,
            source: s.source,
            via: (s as { via?: string }).via,
            fields: s.fields,
          })
        }
      }
    }
  })
})

describe('events in onebot-compat.json', () => {
  it('holds every event with each implementation status, emitted sub_types, renames and differences, as in data/', () => {
    expect(exported.events.map((e) => e.id)).toEqual(dataset!.events.map((e) => e.name))
    for (const event of dataset!.events) {
      const out = exported.events.find((e) => e.id === event.name)!
      expect(out.sub_types).toEqual(event.sub_types)
      expect(out.url).toMatch(new RegExp(`/events/${event.post_type}/[a-z_-]+$`))
      for (const [id, s] of Object.entries(event.support)) {
        const o = out.support[id]!
        expect({ id, status: o.status, sub_types: o.sub_types, renames: o.sub_type_renames, fields: o.fields }).toEqual({
          id,
          status: s.status,
          sub_types: s.sub_types,
          renames: s.sub_type_renames,
          fields: s.fields,
        })
      }
    }
  })

  it('carries each implementation\'s releases, which every since names', () => {
    expect(exported.releases).toEqual(dataset!.releases)
    const napcat = new Set(exported.releases.napcat!.map((r) => r.tag))
    for (const api of exported.apis) {
      const since = api.support.napcat?.since
      if (since) expect(napcat.has(since.replace(/^≤/, ''))).toBe(true)
    }
  })

  it('names the keys every event carries, so a difference on `time` can be read', () => {
    const ban = exported.events.find((e) => e.id === 'notice.group_ban')!
    expect(ban.common_fields.map((f) => f.name)).toEqual(['time', 'self_id', 'post_type', 'notice_type', 'sub_type'])
  })
})

describe('llms.txt and llms-full.txt', () => {
  it('link every API page and the export', () => {
    const index = read('llms.txt')
    expect(index.startsWith('# OneBot Compat\n\n> ')).toBe(true)
    expect(index).toContain('/onebot-compat.json')
    for (const api of dataset!.apis) expect(index).toContain(`[${api.name}](`)
    for (const segment of dataset!.segments) expect(index).toContain(`[${segment.name}](`)
    for (const event of dataset!.events) expect(index).toContain(`[${event.name}](`)
  })

  it('spell out every implementation status of every API', () => {
    const full = read('llms-full.txt')
    for (const api of dataset!.apis.slice(0, 50)) {
      expect(full).toContain(`## ${api.name}\n`)
    }
    expect(full).toContain('- NapCat: ')
    expect(full).toContain('## Segment mface\n')
    expect(full).toContain('- NapCat receive: none, arrives as image')
    expect(full).toContain('## Event notice.group_ban\n')
    expect(full).toContain('- tanebi: major, emits ban, lift, sends lift_ban as lift')
  })
})
