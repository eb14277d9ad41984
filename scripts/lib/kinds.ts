/**
 * The kinds of feature the site documents. Every kind shares the support statement, the rules on
 * statements, the matrix, the page skeleton, compare, search and export; what differs per kind is
 * here: where its files live, its schema, its page address and how one implementation's cell splits
 * into statements.
 */
import type { z } from 'zod'
import { ApiSchema, EventSchema, SegmentSchema, type ApiFrontMatter, type EventFrontMatter, type SegmentFrontMatter } from './schema.js'
import type { SourceFile } from './source.js'
import { apiPath, apiSlug, eventId, eventPath, eventSlug, segmentPath } from './slug.js'

export type FeatureKind = 'action' | 'segment' | 'event'

/** One statement of a cell: actions have one per implementation, segments one per direction. */
export interface CellSpec {
  /** Key of the statement under `support.<impl>`; `null` when the entry itself is the statement. */
  key: 'send' | 'receive' | null
  /** Short label shown inside a matrix cell (发 / 收); empty for a single statement. */
  label: string
  /** Label in prose (发送 / 接收). */
  long: string
}

export const ACTION_CELLS: readonly CellSpec[] = [{ key: null, label: '', long: '' }]
export const SEGMENT_CELLS: readonly CellSpec[] = [
  { key: 'send', label: '发', long: '发送' },
  { key: 'receive', label: '收', long: '接收' },
]

interface RecordBase {
  /** Repository-relative path of the data file. */
  file: string
  slug: string
  /** Markdown body: the description, then any longer notes. */
  body: string
  source: SourceFile
}

export interface ApiRecord extends ApiFrontMatter, RecordBase {
  kind: 'action'
}

export interface SegmentRecord extends SegmentFrontMatter, RecordBase {
  kind: 'segment'
}

export interface EventRecord extends EventFrontMatter, RecordBase {
  kind: 'event'
  /** The dotted id shown and searched: `notice.group_recall`, `notice.notify.poke`. */
  name: string
}

export type FeatureRecord = ApiRecord | SegmentRecord | EventRecord

export interface KindSpec {
  kind: FeatureKind
  /** What one file describes, in problem messages. */
  noun: string
  /** Chinese name of the kind, in headings and labels. */
  label: string
  dir: string
  schema: z.ZodType
  /** A feature's name from its validated front matter (an event's is its dotted id). */
  nameOf(front: Record<string, unknown>): string
  slug(name: string): string
  /** The slug a file's path stands for, so a file that failed to parse still counts as a page. */
  slugOfFile(file: string): string
  path(name: string): string
  cells: readonly CellSpec[]
}

export const APIS_DIR = 'data/apis'
export const SEGMENTS_DIR = 'data/segments'
export const EVENTS_DIR = 'data/events'
/** Each implementation's releases, one file per implementation (`npm run since` writes them). */
export const RELEASES_DIR = 'data/releases'

const ownName = (front: Record<string, unknown>) => front.name as string
const baseName = (file: string) => file.replace(/^.*\//, '').replace(/\.md$/, '')

export const KINDS: Record<FeatureKind, KindSpec> = {
  action: {
    kind: 'action',
    noun: 'API',
    label: 'API',
    dir: APIS_DIR,
    schema: ApiSchema,
    nameOf: ownName,
    slug: apiSlug,
    slugOfFile: baseName,
    path: apiPath,
    cells: ACTION_CELLS,
  },
  segment: {
    kind: 'segment',
    noun: 'segment',
    label: '消息段',
    dir: SEGMENTS_DIR,
    schema: SegmentSchema,
    nameOf: ownName,
    // Segment types are lowercase and never start with `.` or `_`, so the type is its own slug.
    slug: (name) => name,
    slugOfFile: baseName,
    path: segmentPath,
    cells: SEGMENT_CELLS,
  },
  event: {
    kind: 'event',
    noun: 'event',
    label: '事件',
    dir: EVENTS_DIR,
    schema: EventSchema,
    nameOf: (front) => eventId(front as EventFrontMatter),
    slug: eventSlug,
    // data/events/notice/notify-poke.md stands for notice/notify-poke
    slugOfFile: (file) => file.slice(EVENTS_DIR.length + 1).replace(/\.md$/, ''),
    path: eventPath,
    // One statement per implementation, as for an action; what it emits is inside the statement.
    cells: ACTION_CELLS,
  },
}

export const featurePath = (f: FeatureRecord): string => KINDS[f.kind].path(f.name)

/** Where a feature's data file belongs, from its own fields: its category and slug, or its type. */
export const expectedFile = (f: FeatureRecord): string =>
  f.kind === 'action' ? `${APIS_DIR}/${f.category}/${f.slug}.md` : `${KINDS[f.kind].dir}/${f.slug}.md`

/**
 * Every slug a kind's pages can have: its records' own, and the one each file's name stands for, so a
 * file that failed to parse still counts as present and one broken file does not cascade.
 */
export const knownSlugs = (spec: KindSpec, records: FeatureRecord[], files: string[]): Set<string> =>
  new Set([...records.map((r) => r.slug), ...files.map(spec.slugOfFile)])
