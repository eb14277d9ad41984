/**
 * The one loader: every consumer (validate, generate, exports, tests, benchmarks) reads data/ through it.
 * It parses every file, checks each against the schema, then runs the cross-file rules over every file
 * that passed, even while another file is broken, and returns every problem at once. A dataset is
 * returned only when there is no error.
 */
import type { z } from 'zod'
import { existsSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { listFiles } from './files.js'
import { CategoriesFileSchema, FamiliesFileSchema, ImplementationsFileSchema, ReleasesFileSchema, type Category, type Family, type Implementation, type Release } from './schema.js'
import { hasErrors, sortProblems, type Problem } from './problems.js'
import { readApiFile, readYamlFile, SourceError, type SourceFile } from './source.js'
import { zodProblems } from './zod-problems.js'
import { runRules } from './rules/index.js'
import { KINDS, RELEASES_DIR, type ApiRecord, type EventRecord, type FeatureKind, type FeatureRecord, type KindSpec, type SegmentRecord } from './kinds.js'

export type { ApiRecord, SegmentRecord, EventRecord, FeatureRecord } from './kinds.js'
export { APIS_DIR, SEGMENTS_DIR, EVENTS_DIR, RELEASES_DIR } from './kinds.js'

export interface Dataset {
  root: string
  implementations: Implementation[]
  categories: Category[]
  /** Same-function API names, from data/families.yaml. */
  families: Family[]
  /** Each implementation's releases in release order, from data/releases/<impl>.yaml (absent: no release tags read). */
  releases: Record<string, Release[]>
  /** Where each releases file lives, for rules that report on it. */
  releaseSources: Record<string, SourceFile>
  apis: ApiRecord[]
  segments: SegmentRecord[]
  events: EventRecord[]
  /**
   * Every feature file found, per kind, including ones that failed to parse, so one broken file does
   * not make links to it look dead.
   */
  featureFiles: Record<FeatureKind, string[]>
  /** Where the registry files live, for rules that report on them; absent while one cannot be read. */
  registrySources: Partial<Record<Registry, SourceFile>>
}

/** The registry files the feature files are checked against (families is optional). */
export type Registry = 'implementations' | 'categories' | 'families'

export interface LoadResult {
  dataset?: Dataset
  problems: Problem[]
}

export const IMPLEMENTATIONS_FILE = 'data/implementations.yaml'
export const CATEGORIES_FILE = 'data/categories.yaml'
export const FAMILIES_FILE = 'data/families.yaml'

const toPosix = (path: string) => path.split(sep).join('/')

function read(root: string, file: string, reader: typeof readYamlFile, problems: Problem[]): SourceFile | undefined {
  try {
    return reader(join(root, file), file)
  } catch (error) {
    if (!(error instanceof SourceError)) {
      const missing = (error as NodeJS.ErrnoException).code === 'ENOENT'
      const reason = missing ? 'no such file' : error instanceof Error ? error.message : String(error)
      problems.push({ file, field: '', rule: 'read', severity: 'error', message: `expected a readable file, found ${reason}` })
      return undefined
    }
    problems.push({ file, line: error.line, field: '', rule: 'syntax', severity: 'error', message: error.message })
    return undefined
  }
}

function parseWith<T>(schema: z.ZodType<T>, source: SourceFile, problems: Problem[]): T | undefined {
  const result = schema.safeParse(source.value, { reportInput: true })
  if (result.success) return result.data
  problems.push(...zodProblems(result.error, source))
  return undefined
}

/** Reads and checks every file of one kind of feature; each file that passes its schema becomes a record. */
function loadFeatures(root: string, spec: KindSpec, problems: Problem[]): { records: FeatureRecord[]; files: string[] } {
  const records: FeatureRecord[] = []
  const files: string[] = []
  for (const path of listFiles(join(root, spec.dir))) {
    const file = toPosix(relative(root, path))
    files.push(file)
    if (!file.endsWith('.md')) {
      problems.push({ file, field: '', rule: 'file-path', severity: 'error', message: `expected only \`.md\` ${spec.noun} files under ${spec.dir}, found another kind of file` })
      continue
    }
    const source = read(root, file, readApiFile, problems)
    if (!source) continue
    const front = parseWith(spec.schema, source, problems) as Record<string, unknown> | undefined
    if (!front) continue
    const name = spec.nameOf(front)
    records.push({ ...front, name, kind: spec.kind, file, slug: spec.slug(name), body: source.body.trim(), source } as FeatureRecord)
  }
  return { records, files }
}

export interface LoadOptions {
  /** Return the parsed dataset even when rules found errors (for `npm run fix`, which repairs formatting only). */
  keepOnError?: boolean
}

export function loadData(root: string, options: LoadOptions = {}): LoadResult {
  const problems: Problem[] = []

  const implSource = read(root, IMPLEMENTATIONS_FILE, readYamlFile, problems)
  const catSource = read(root, CATEGORIES_FILE, readYamlFile, problems)
  const implementations = implSource && parseWith(ImplementationsFileSchema, implSource, problems)
  const categories = catSource && parseWith(CategoriesFileSchema, catSource, problems)
  // Optional: a data set without same-function names needs no file.
  const familySource = existsSync(join(root, FAMILIES_FILE)) ? read(root, FAMILIES_FILE, readYamlFile, problems) : undefined
  const families = familySource ? parseWith(FamiliesFileSchema, familySource, problems) : []

  // Optional, one file per implementation whose release tags `npm run since` has read.
  const releases: Record<string, Release[]> = {}
  const releaseSources: Record<string, SourceFile> = {}
  for (const path of listFiles(join(root, RELEASES_DIR))) {
    const file = toPosix(relative(root, path))
    const source = read(root, file, readYamlFile, problems)
    const list = source && parseWith(ReleasesFileSchema, source, problems)
    if (!list) continue
    const id = file.slice(RELEASES_DIR.length + 1).replace(/\.ya?ml$/, '')
    releases[id] = list
    releaseSources[id] = source
  }

  const apis = loadFeatures(root, KINDS.action, problems) as { records: ApiRecord[]; files: string[] }
  const segments = loadFeatures(root, KINDS.segment, problems) as { records: SegmentRecord[]; files: string[] }
  const events = loadFeatures(root, KINDS.event, problems) as { records: EventRecord[]; files: string[] }

  // A broken registry counts as empty, so the rules still check every feature file; those that compare
  // files against that registry are skipped (runRules), as they would otherwise fault every file.
  const broken = new Set<Registry>()
  if (!implementations) broken.add('implementations')
  if (!categories) broken.add('categories')
  if (!families) broken.add('families')
  const dataset: Dataset = {
    root,
    implementations: implementations ?? [],
    categories: categories ?? [],
    families: families ?? [],
    releases,
    releaseSources,
    apis: apis.records,
    segments: segments.records,
    events: events.records,
    featureFiles: { action: apis.files, segment: segments.files, event: events.files },
    registrySources: { implementations: implSource, categories: catSource, families: familySource },
  }
  problems.push(...runRules(dataset, broken))
  const sorted = sortProblems(problems)
  const usable = broken.size === 0 && (!hasErrors(sorted) || options.keepOnError)
  return usable ? { dataset, problems: sorted } : { problems: sorted }
}
