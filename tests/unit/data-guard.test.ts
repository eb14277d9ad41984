/**
 * Guards the real data in data/: fails when it regresses, whatever the rules' severities are.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { describe, expect, it } from 'vitest'
import { loadData } from '../../scripts/lib/load.js'
import { ROOT } from '../../scripts/lib/paths.js'
import { PERMALINK, type Implementation, type Status } from '../../scripts/lib/schema.js'
import { isSupportedStatus } from '../../scripts/lib/model.js'

const { dataset, problems } = loadData(ROOT)

/** Supported cells whose source is not a permalink into the implementation's repository at its audited commit. */
function unbacked<C extends { impl: Implementation; s?: { status: Status; source?: string } }>(cells: C[]): C[] {
  return cells.filter(({ s, impl }) => {
    if (!s || !isSupportedStatus(s.status)) return false
    const m = s.source?.match(PERMALINK)
    return !m || m[1]!.toLowerCase() !== impl.repository.toLowerCase() || m[2] !== impl.audit.commit
  })
}

describe('data/ as committed', () => {
  it('validates with no error and no warning', () => {
    expect(problems).toEqual([])
    expect(dataset).toBeDefined()
  })

  const apis = dataset?.apis ?? []
  const impls = dataset?.implementations ?? []
  const cells = apis.flatMap((api) => impls.map((impl) => ({ api: api.name, impl, s: api.support[impl.id] })))

  it('has an entry for every implementation in every API file', () => {
    expect(cells.filter((c) => !c.s).map((c) => `${c.api}/${c.impl.id}`)).toEqual([])
  })

  it('has no unknown cell', () => {
    expect(cells.filter((c) => c.s?.status === 'unknown').map((c) => `${c.api}/${c.impl.id}`)).toEqual([])
  })

  it('backs every supported cell with a permalink at the audited commit', () => {
    expect(unbacked(cells).map((c) => `${c.api}/${c.impl.id}: ${c.s?.source}`)).toEqual([])
  })

  it('covers every API of the seed matrix and the eight implementations, a fork beside its parent', () => {
    expect(impls.map((i) => i.id)).toEqual(['go-cqhttp', 'go-cqhttp-lagrangego', 'napcat', 'snowluma', 'lagrange', 'llonebot', 'luckylilliabot', 'tanebi'])
    expect(apis.length).toBeGreaterThanOrEqual(200)
  })

  const segments = dataset?.segments ?? []
  const segmentCells = segments.flatMap((seg) =>
    impls.flatMap((impl) => (['send', 'receive'] as const).map((dir) => ({ cell: `${seg.name}/${impl.id}/${dir}`, impl, s: seg.support[impl.id]?.[dir] }))),
  )

  it('documents every standard segment type and the extensions the implementations handle', () => {
    const standard = ['text', 'face', 'image', 'record', 'video', 'at', 'rps', 'dice', 'shake', 'poke', 'anonymous', 'share', 'contact', 'location', 'music', 'reply', 'forward', 'node', 'xml', 'json']
    expect(standard.filter((t) => !segments.some((s) => s.name === t && s.origin === 'onebot11'))).toEqual([])
    for (const t of ['mface', 'markdown', 'file', 'keyboard', 'longmsg', 'miniapp']) expect(segments.map((s) => s.name)).toContain(t)
  })

  it('states both directions of every segment for every implementation, none unknown', () => {
    expect(segmentCells.filter((c) => !c.s || c.s.status === 'unknown').map((c) => c.cell)).toEqual([])
  })

  it('backs every supported segment direction with a permalink at the audited commit', () => {
    expect(unbacked(segmentCells).map((c) => `${c.cell}: ${c.s?.source}`)).toEqual([])
  })

  const events = dataset?.events ?? []
  const eventCells = events.flatMap((event) => impls.map((impl) => ({ cell: `${event.name}/${impl.id}`, impl, event, s: event.support[impl.id] })))

  it('documents every standard event, and the extensions the implementations emit', () => {
    const standard = [
      'message.private', 'message.group',
      'notice.group_upload', 'notice.group_admin', 'notice.group_decrease', 'notice.group_increase', 'notice.group_ban',
      'notice.friend_add', 'notice.group_recall', 'notice.friend_recall',
      'notice.notify.poke', 'notice.notify.lucky_king', 'notice.notify.honor',
      'request.friend', 'request.group', 'meta_event.lifecycle', 'meta_event.heartbeat',
    ]
    expect(standard.filter((id) => !events.some((e) => e.name === id && e.origin === 'onebot11'))).toEqual([])
    for (const id of ['message_sent.group', 'notice.group_card', 'notice.essence', 'notice.notify.title', 'notice.offline_file', 'notice.bot_offline']) {
      expect(events.map((e) => e.name)).toContain(id)
    }
  })

  it('states every event for every implementation, none unknown', () => {
    expect(eventCells.filter((c) => !c.s || c.s.status === 'unknown').map((c) => c.cell)).toEqual([])
  })

  it('backs every emitted event with a permalink at the audited commit', () => {
    expect(unbacked(eventCells).map((c) => `${c.cell}: ${c.s?.source}`)).toEqual([])
  })

  it('keeps only events that the standard defines or some implementation emits', () => {
    const nobody = events.filter((e) => e.origin !== 'onebot11' && impls.every((i) => !isSupportedStatus(e.support[i.id]!.status)))
    expect(nobody.map((e) => e.name)).toEqual([])
  })

  // The early community table, kept as it was: the data may disagree with it, but never silently.
  const table = parse(readFileSync(join(ROOT, 'data/community-table.yaml'), 'utf8')) as Record<string, Record<string, string>>
  const apiFor = (name: string) => apis.find((a) => a.name === name) ?? apis.find((a) => a.name === `_${name}`)

  it('has a data file for every API of the early community table', () => {
    expect(Object.keys(table).length).toBeGreaterThanOrEqual(60)
    expect(Object.keys(table).filter((name) => !apiFor(name))).toEqual([])
  })

  it('says so in the note wherever the audited status departs from the early community table', () => {
    const silent = Object.entries(table).flatMap(([name, said]) => {
      const api = apiFor(name)
      if (!api) return []
      return Object.entries(said).flatMap(([implId, status]) => {
        const s = api.support[implId]!
        // "own" means the table took it for that implementation's own extension: full, if the origin agrees.
        const agrees = status === 'own' ? api.origin === implId && s.status === 'full' : status === s.status
        return agrees || s.note?.includes('早期社区对照表') ? [] : [`${api.name}/${implId}: table says ${status}, data says ${s.status}`]
      })
    })
    expect(silent).toEqual([])
  })
})
