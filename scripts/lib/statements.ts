/**
 * Support statements of every kind of feature, located: which feature, implementation and cell each
 * belongs to, where it sits in its file, and which reference fields its differences are judged
 * against. Rules, renderers and exports walk statements through here, so a new kind only has to say
 * how its cells split.
 */
import type { Dataset } from './load.js'
import { KINDS, type CellSpec, type EventRecord, type FeatureRecord } from './kinds.js'
import { DETAIL_KEYS, type DiffListKey, type Statement } from './schema.js'
import type { FieldPath } from './source.js'

export const features = (dataset: Dataset): FeatureRecord[] => [...dataset.apis, ...dataset.segments, ...dataset.events]

export const cellsOf = (feature: FeatureRecord): readonly CellSpec[] => KINDS[feature.kind].cells

/** A reference field as differences see it: its type, whether it is required and its default. */
export interface ReferenceField {
  type: string
  required: boolean
  default?: string | number | boolean | null
}

/** `array` says less than `object[]` but not something else: treat the two spellings as one type. */
export const sameType = (a: string, b: string): boolean =>
  a === b || (a === 'array' && b.endsWith('[]')) || (b === 'array' && a.endsWith('[]'))

/** The keys every event carries, written once here rather than in every event file. */
export function eventCommonFields(event: EventRecord): { name: string; type: string; description: string }[] {
  return [
    { name: 'time', type: 'number', description: '事件发生的时间戳（秒）' },
    { name: 'self_id', type: 'number', description: '收到事件的机器人 QQ 号' },
    { name: 'post_type', type: 'string', description: `上报类型，为 ${event.post_type}` },
    { name: DETAIL_KEYS[event.post_type], type: 'string', description: `事件类型，为 ${event.detail_type}` },
    ...(event.sub_type || event.sub_types.length ? [{ name: 'sub_type', type: 'string', description: '子类型' }] : []),
  ]
}

/** One list of field differences a statement may carry, with the reference fields it is judged against. */
export interface DiffList {
  key: DiffListKey
  reference: Map<string, ReferenceField>
  /** Response fields are returned or not: accepting, requiring or defaulting them means nothing. */
  response: boolean
  /** Reference fields that travel only the other way (a segment's), so a difference naming one can say so. */
  otherDirection?: Map<string, string>
}

export function diffLists(feature: FeatureRecord, cell: CellSpec): DiffList[] {
  if (feature.kind === 'action') {
    return [
      { key: 'params', reference: new Map(feature.params.map((p) => [p.name, p])), response: false },
      // A reference response field is always present, so only "optional" (may be missing) can change it.
      { key: 'response', reference: new Map(feature.response.map((r) => [r.name, { ...r, required: true }])), response: true },
    ]
  }
  if (feature.kind === 'event') {
    // An event's fields are emitted or not, like a response; the keys every event carries count too,
    // so an implementation that sends `time` in milliseconds can say so.
    const fields = [...eventCommonFields(feature), ...feature.fields]
    return [{ key: 'fields', reference: new Map(fields.map((f) => [f.name, { type: f.type, required: true }])), response: true }]
  }
  // A segment's fields in one direction: sent fields can be required or defaulted, received ones are present or not.
  const travels = (f: { direction: string }) => f.direction === 'both' || f.direction === cell.key
  const received = cell.key === 'receive'
  return [
    {
      key: 'fields',
      reference: new Map(feature.fields.filter(travels).map((f) => [f.name, { type: f.type, required: received || f.required, default: f.default }])),
      response: received,
      otherDirection: new Map(feature.fields.filter((f) => !travels(f)).map((f) => [f.name, f.direction])),
    },
  ]
}

/** Where a statement sits under the file's `support` map. */
export const statementPath = (implId: string, cell: CellSpec): FieldPath => (cell.key ? ['support', implId, cell.key] : ['support', implId])

export function statementOf(feature: FeatureRecord, implId: string, cell: CellSpec): Statement | undefined {
  const entry = feature.support[implId] as Record<string, unknown> | undefined
  return (cell.key ? entry?.[cell.key] : entry) as Statement | undefined
}

export interface LocatedStatement {
  feature: FeatureRecord
  implId: string
  cell: CellSpec
  statement: Statement
  path: FieldPath
}

/** Every statement present in the data (missing ones are the complete-support rule's business). */
export function* statements(dataset: Dataset): Generator<LocatedStatement> {
  for (const feature of features(dataset)) {
    for (const implId of Object.keys(feature.support)) {
      for (const cell of cellsOf(feature)) {
        const statement = statementOf(feature, implId, cell)
        if (statement) yield { feature, implId, cell, statement, path: statementPath(implId, cell) }
      }
    }
  }
}
