/**
 * Data for machines: every API, segment, event, implementation, status, field difference and source as one JSON
 * document with a schema version, its JSON Schema, and llms.txt / llms-full.txt for language models.
 * Nothing time-dependent goes in, so the same data always gives the same bytes.
 */
import { z } from 'zod'
import type { Dataset } from './load.js'
import { originInfo, shownIcon, legendEntry } from './model.js'
import {
  CategorySchema,
  FieldDiffSchema,
  ImplementationSchema,
  ParamSchema,
  ReleaseSchema,
  ResponseFieldSchema,
  SegmentFieldSchema,
  SubTypeSchema,
  SubTypeRenameSchema,
  ROUTES,
  DIRECTIONS,
  POST_TYPES,
  CHANNELS,
  statementShape,
} from './schema.js'
import { apiPath, eventPath, implPath, segmentPath } from './slug.js'
import { cellOrigin } from './model.js'
import { SEGMENT_CELLS } from './kinds.js'
import { eventCommonFields, statementOf } from './statements.js'
import { SITE_URL } from './site-info.js'

/**
 * Bump when a consumer would have to change how it reads the export.
 * 2: field differences gained the change kind `value` (same name and type, other values).
 * 3: message segments (`segments`, each implementation with a `send` and a `receive` statement).
 * 4: events (`events`, each implementation's statement with the sub_types it emits).
 * 5: release registry (`releases`), statements' `since_history`, and `when` / `reverses` on differences.
 */
export const EXPORT_SCHEMA_VERSION = 5
export const EXPORT_FILE = 'onebot-compat.json'
export const EXPORT_SCHEMA_FILE = 'onebot-compat.schema.json'

const url = (path: string) => new URL(path.replace(/^\//, ''), SITE_URL).href

/** A statement as exported: the data's own shape plus the icon the site derives from it. */
const exportedStatement = {
  ...statementShape,
  shown: z.string().describe('the icon the site shows, derived from origin and status'),
}

const ExportedSegmentStatement = z.strictObject({
  ...exportedStatement,
  fields: z.array(FieldDiffSchema).optional(),
  route: z.enum(ROUTES).optional(),
  via: z.string().optional(),
})

export const ExportSchema = z.strictObject({
  schema_version: z.literal(EXPORT_SCHEMA_VERSION),
  site: z.string(),
  implementations: z.array(ImplementationSchema.extend({ url: z.string() })),
  categories: z.array(CategorySchema),
  /** Each implementation's releases (tag, date) that `since` values name, in release order. */
  releases: z.record(z.string(), z.array(ReleaseSchema)),
  apis: z.array(
    z.strictObject({
      name: z.string(),
      title: z.string(),
      url: z.string(),
      category: z.string(),
      origin: z.string(),
      origin_label: z.string(),
      aliases: z.array(z.string()),
      reference: z.string().optional(),
      description: z.string(),
      params: z.array(ParamSchema),
      response: z.array(ResponseFieldSchema),
      response_note: z.string().optional(),
      support: z.record(
        z.string(),
        z.strictObject({
          ...exportedStatement,
          aliases: z.array(z.string()).optional(),
          params: z.array(FieldDiffSchema).optional(),
          response: z.array(FieldDiffSchema).optional(),
        }),
      ),
    }),
  ),
  segments: z.array(
    z.strictObject({
      type: z.string(),
      title: z.string(),
      url: z.string(),
      origin: z.string(),
      origin_label: z.string(),
      reference: z.string().optional(),
      directions: z.array(z.enum(DIRECTIONS)).describe('the directions the reference defines'),
      description: z.string(),
      fields: z.array(SegmentFieldSchema),
      support: z.record(z.string(), z.strictObject({ send: ExportedSegmentStatement, receive: ExportedSegmentStatement })),
    }),
  ),
  events: z.array(
    z.strictObject({
      id: z.string().describe('the dotted id: post_type, detail type and, for a notify notice, its sub_type'),
      post_type: z.enum(POST_TYPES),
      detail_type: z.string(),
      sub_type: z.string().optional(),
      title: z.string(),
      url: z.string(),
      origin: z.string(),
      origin_label: z.string(),
      reference: z.string().optional(),
      description: z.string(),
      sub_types: z.array(SubTypeSchema),
      common_fields: z.array(ResponseFieldSchema).describe('the keys every event carries; field differences may name them'),
      fields: z.array(ResponseFieldSchema),
      support: z.record(
        z.string(),
        z.strictObject({
          ...exportedStatement,
          sub_types: z.array(z.string()).optional(),
          sub_type_renames: z.array(SubTypeRenameSchema).optional(),
          channels: z.array(z.enum(CHANNELS)).optional(),
          fields: z.array(FieldDiffSchema).optional(),
        }),
      ),
    }),
  ),
})
export type Export = z.infer<typeof ExportSchema>

export function exportJsonSchema(): unknown {
  return { title: 'OneBot Compat data export', ...z.toJSONSchema(ExportSchema) }
}

export function buildExport(dataset: Dataset): Export {
  return {
    schema_version: EXPORT_SCHEMA_VERSION,
    site: SITE_URL,
    implementations: dataset.implementations.map((i) => ({ ...i, url: url(implPath(i.id)) })),
    categories: dataset.categories,
    releases: dataset.releases,
    apis: dataset.apis.map((api) => ({
      name: api.name,
      title: api.title,
      url: url(apiPath(api.name)),
      category: api.category,
      origin: api.origin,
      origin_label: originInfo(api.origin, dataset.implementations).label,
      aliases: api.aliases,
      reference: api.reference,
      description: api.body,
      params: api.params,
      response: api.response,
      response_note: api.response_note,
      support: Object.fromEntries(
        dataset.implementations.map((impl) => {
          const s = api.support[impl.id]!
          return [impl.id, { ...s, shown: shownIcon(api.origin, s) }]
        }),
      ),
    })),
    segments: dataset.segments.map((segment) => ({
      type: segment.name,
      title: segment.title,
      url: url(segmentPath(segment.name)),
      origin: segment.origin,
      origin_label: originInfo(segment.origin, dataset.implementations).label,
      reference: segment.reference,
      directions: segment.directions,
      description: segment.body,
      fields: segment.fields,
      support: Object.fromEntries(
        dataset.implementations.map((impl) => {
          const [send, receive] = SEGMENT_CELLS.map((c) => {
            const s = statementOf(segment, impl.id, c)!
            return { ...s, shown: shownIcon(cellOrigin(segment, c), s) }
          })
          return [impl.id, { send: send!, receive: receive! }]
        }),
      ),
    })),
    events: dataset.events.map((event) => ({
      id: event.name,
      post_type: event.post_type,
      detail_type: event.detail_type,
      sub_type: event.sub_type,
      title: event.title,
      url: url(eventPath(event.name)),
      origin: event.origin,
      origin_label: originInfo(event.origin, dataset.implementations).label,
      reference: event.reference,
      description: event.body,
      sub_types: event.sub_types,
      common_fields: eventCommonFields(event),
      fields: event.fields,
      support: Object.fromEntries(
        dataset.implementations.map((impl) => {
          const s = event.support[impl.id]!
          return [impl.id, { ...s, shown: shownIcon(event.origin, s) }]
        }),
      ),
    })),
  }
}

/** llms.txt: what the site is and where everything is, as a link list (llmstxt.org). */
export function llmsTxt(dataset: Dataset): string {
  const lines = [
    '# OneBot Compat',
    '',
    `> OneBot 11 compatibility reference: for each of ${dataset.apis.length} APIs (actions), ${dataset.segments.length} message segment types and ${dataset.events.length} events, how ${dataset.implementations.map((i) => i.name).join(', ')} really implement it — status (for segments, per direction: send and receive; for events, which sub_types are emitted), parameter, response and field differences, and a permalink to each implementation's source at an audited commit. The site is in Chinese; wire names are as sent.`,
    '',
    `Statuses: full (as the reference defines), minor (small differences), major (callers must adapt; also registered-but-does-nothing stubs), none (absent at the audited commit), unknown (not audited). Origin (onebot11, go-cqhttp, an implementation, community) is a separate fact.`,
    '',
    '## Data',
    '',
    `- [Full data as JSON](${url(EXPORT_FILE)}): every API, status, field difference and source (schema_version ${EXPORT_SCHEMA_VERSION})`,
    `- [JSON Schema of the export](${url(EXPORT_SCHEMA_FILE)})`,
    `- [Everything as plain text](${url('llms-full.txt')})`,
    `- [Support matrix](${url('/matrix')})`,
    `- [Message segment matrix](${url('/segments')}): ${dataset.segments.length} segment types, each implementation's send and receive support`,
    `- [Event matrix](${url('/events')}): ${dataset.events.length} events (message, message_sent, notice, request, meta_event), whether each implementation really posts them`,
    '',
    '## Implementations',
    '',
    ...dataset.implementations.map((i) => `- [${i.name}](${url(implPath(i.id))}): audited at ${i.repository}@${i.audit.commit.slice(0, 12)} (${i.audit.date})${i.maintained ? '' : ', no longer maintained'}`),
    '',
  ]
  for (const category of dataset.categories) {
    const apis = dataset.apis.filter((a) => a.category === category.id)
    if (!apis.length) continue
    lines.push(`## ${category.title} (${category.id})`, '', ...apis.map((a) => `- [${a.name}](${url(apiPath(a.name))}): ${a.title}`), '')
  }
  lines.push('## Message segments', '', ...dataset.segments.map((s) => `- [${s.name}](${url(segmentPath(s.name))}): ${s.title} (${originInfo(s.origin, dataset.implementations).label})`), '')
  lines.push('## Events', '', ...dataset.events.map((e) => `- [${e.name}](${url(eventPath(e.name))}): ${e.title} (${originInfo(e.origin, dataset.implementations).label})`), '')
  return lines.join('\n')
}

/** llms-full.txt: every API with its parameters and every implementation's status, notes included. */
export function llmsFullTxt(dataset: Dataset): string {
  const out = [llmsTxt(dataset).split('\n## Data')[0]!.trimEnd(), '']
  for (const api of dataset.apis) {
    out.push(`## ${api.name}`, '', `${api.title}. Category: ${api.category}. Origin: ${originInfo(api.origin, dataset.implementations).label}. Page: ${url(apiPath(api.name))}`)
    if (api.aliases.length) out.push(`Aliases: ${api.aliases.join(', ')}`)
    if (api.body) out.push('', api.body)
    out.push('', 'Parameters:', ...(api.params.length ? api.params.map((p) => `- ${p.name} (${p.type}${p.required ? ', required' : ''}${p.default !== undefined ? `, default ${JSON.stringify(p.default)}` : ''}): ${p.description}`) : ['- none']))
    out.push('', 'Response:', ...(api.response.length ? api.response.map((r) => `- ${r.name} (${r.type}): ${r.description}`) : [`- ${api.response_note ?? 'none'}`]))
    out.push('', 'Support:')
    for (const impl of dataset.implementations) {
      const s = api.support[impl.id]!
      const icon = shownIcon(api.origin, s)
      const head = `- ${impl.name}: ${s.status}${s.kind && s.kind !== 'working' ? ` (${s.kind})` : ''} ${icon} ${legendEntry(icon).label}${s.source ? ` — ${s.source}` : ''}`
      out.push(head)
      for (const d of [...(s.params ?? []).map((d) => ({ ...d, where: 'param' })), ...(s.response ?? []).map((d) => ({ ...d, where: 'response' }))]) {
        out.push(`  - ${d.where} ${d.name}: ${d.change}${d.from ? ` from ${d.from}` : ''}${d.type ? ` to ${d.type}` : ''}${d.note ? ` — ${d.note}` : ''}`)
      }
      if (s.note) out.push(...s.note.trim().split('\n').filter(Boolean).map((l) => `  ${l}`))
    }
    out.push('')
  }
  for (const segment of dataset.segments) {
    out.push(`## Segment ${segment.name}`, '', `${segment.title}. Origin: ${originInfo(segment.origin, dataset.implementations).label}. Directions defined by the reference: ${segment.directions.join(', ')}. Page: ${url(segmentPath(segment.name))}`)
    if (segment.body) out.push('', segment.body)
    out.push('', 'Fields:', ...(segment.fields.length ? segment.fields.map((f) => `- ${f.name} (${f.type}, ${f.direction}${f.required ? ', required when sending' : ''}): ${f.description}`) : ['- none']))
    out.push('', 'Support:')
    for (const impl of dataset.implementations) {
      for (const c of SEGMENT_CELLS) {
        const s = statementOf(segment, impl.id, c)!
        out.push(`- ${impl.name} ${c.key}: ${s.status}${s.kind && s.kind !== 'working' ? ` (${s.kind})` : ''}${s.route ? `, route ${s.route}` : ''}${s.via ? `, arrives as ${s.via}` : ''}${s.source ? ` — ${s.source}` : ''}`)
        for (const d of s.fields ?? []) out.push(`  - field ${d.name}: ${d.change}${d.from ? ` from ${d.from}` : ''}${d.type ? ` to ${d.type}` : ''}${d.note ? ` — ${d.note}` : ''}`)
        if (s.note) out.push(...s.note.trim().split('\n').filter(Boolean).map((l) => `  ${l}`))
      }
    }
    out.push('')
  }
  for (const event of dataset.events) {
    out.push(`## Event ${event.name}`, '', `${event.title}. Origin: ${originInfo(event.origin, dataset.implementations).label}. Page: ${url(eventPath(event.name))}`)
    if (event.body) out.push('', event.body)
    if (event.sub_types.length) out.push('', 'Sub types:', ...event.sub_types.map((t) => `- ${t.name} (${originInfo(t.origin, dataset.implementations).label}): ${t.description}`))
    out.push('', 'Fields (besides time, self_id, post_type and the type keys):', ...(event.fields.length ? event.fields.map((f) => `- ${f.name} (${f.type}): ${f.description}`) : ['- none']))
    out.push('', 'Support:')
    for (const impl of dataset.implementations) {
      const s = event.support[impl.id]!
      const emitted = s.sub_types ? `, emits ${s.sub_types.join(', ')}` : ''
      const renamed = (s.sub_type_renames ?? []).map((r) => `, sends ${r.from} as ${r.to}`).join('')
      const channels = s.channels ? `, only on ${s.channels.join(', ')}` : ''
      out.push(`- ${impl.name}: ${s.status}${emitted}${renamed}${channels}${s.source ? ` — ${s.source}` : ''}`)
      for (const d of s.fields ?? []) out.push(`  - field ${d.name}: ${d.change}${d.from ? ` from ${d.from}` : ''}${d.type ? ` to ${d.type}` : ''}${d.note ? ` — ${d.note}` : ''}`)
      if (s.note) out.push(...s.note.trim().split('\n').filter(Boolean).map((l) => `  ${l}`))
    }
    out.push('')
  }
  return out.join('\n')
}
