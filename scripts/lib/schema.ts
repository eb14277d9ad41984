/**
 * The data contract: one zod definition gives the TypeScript types, the runtime
 * validation and (through `z.toJSONSchema`) the JSON Schema that editors use.
 */
import { z } from 'zod'

/** Statuses: how well an implementation supports an API. */
export const STATUSES = ['full', 'minor', 'major', 'none', 'unknown'] as const
export type Status = (typeof STATUSES)[number]
export const SUPPORTED_STATUSES: readonly Status[] = ['full', 'minor', 'major']

/** What a registered action really is, beside its status. */
export const KINDS = ['working', 'stub', 'debug'] as const
export type Kind = (typeof KINDS)[number]

/** Origins that count as a reference definition (the standard and go-cqhttp). */
export const REFERENCE_ORIGINS = ['onebot11', 'go-cqhttp'] as const
/** An extension shared by several implementations whose originator is not established. */
export const COMMUNITY_ORIGIN = 'community'

export const DIFF_CHANGES = [
  'added', // the implementation accepts/returns a field the reference does not have
  'dropped', // a reference field is not accepted/returned
  'renamed', // same meaning under another name (`from` is the reference name)
  'retyped', // another type
  'required', // optional in the reference, required here
  'optional', // required in the reference, optional here
  'ignored', // accepted but has no effect
  'default', // another default value
  'value', // same name and type, but what it holds or accepts differs (a fixed placeholder, another format)
] as const
export type DiffChange = (typeof DIFF_CHANGES)[number]

/** A wire name: what is sent as `action`, e.g. `send_msg`, `.handle_quick_operation`, `_send_group_notice`. */
export const WIRE_NAME = /^[._]?[A-Za-z][A-Za-z0-9_]*$/
/**
 * A field name, optionally a path into nested objects or arrays: `files[].file_id`; `[].user_id` is a
 * field of each item when `data` itself is an array; `*_list[].user_id` stands for several lists alike.
 */
const FIELD_NAME = /^(\[\]\.)?[A-Za-z_*][A-Za-z0-9_*]*(\[\])?(\.[A-Za-z_][A-Za-z0-9_]*(\[\])?)*$/
/** Types are a small vocabulary, unions joined by `|`, arrays with `[]`. */
const TYPE_WORD = '(number|string|boolean|message|object|array|null|any)(\\[\\])?'
export const TYPE_PATTERN = new RegExp(`^${TYPE_WORD}( \\| ${TYPE_WORD})*$`)
/** A permalink: repository, full commit hash, file, line. */
export const PERMALINK =
  /^https:\/\/github\.com\/([\w.-]+\/[\w.-]+)\/blob\/([0-9a-f]{40})\/([^#\s]+)#L(\d+)(-L\d+)?$/
const ID = /^[a-z0-9][a-z0-9-]*$/
const DATE = /^\d{4}-\d{2}-\d{2}$/

const text = z.string().trim().min(1, 'a non-empty text')
const fieldName = z.string().regex(FIELD_NAME, 'a field name such as `group_id` or `files[].file_id`')
const typeName = z.string().regex(TYPE_PATTERN, 'a type such as `number`, `string | number` or `object[]`')
const permalink = z
  .string()
  .regex(PERMALINK, 'a permalink https://github.com/<owner>/<repo>/blob/<40-hex commit>/<file>#L<line>')
const httpUrl = z.string().regex(/^https:\/\/[^\s]+$/, 'an https URL')
const jsonValue = z.union([z.string(), z.number(), z.boolean(), z.null()])

export const ParamSchema = z.strictObject({
  name: fieldName,
  type: typeName,
  required: z.boolean(),
  default: jsonValue.optional(),
  description: text,
})
export type Param = z.infer<typeof ParamSchema>

export const ResponseFieldSchema = z.strictObject({
  name: fieldName,
  type: typeName,
  description: text,
})
export type ResponseField = z.infer<typeof ResponseFieldSchema>

export const FieldDiffSchema = z.strictObject({
  name: fieldName,
  change: z.enum(DIFF_CHANGES),
  from: fieldName.optional(),
  type: typeName.optional(),
  required: z.boolean().optional(),
  default: jsonValue.optional(),
  note: text.optional(),
  /** The runtime condition it holds under (a back end, a config switch, one code path of several). */
  when: text.optional(),
  /** On a `default` change: omitting the field makes the call do the opposite of the reference's default. */
  reverses: z.literal(true).optional(),
})
export type FieldDiff = z.infer<typeof FieldDiffSchema>

/** The support statement every kind of feature shares: how well one implementation does one thing. */
export const statementShape = {
  status: z.enum(STATUSES),
  source: permalink.optional(),
  kind: z.enum(KINDS).optional(),
  /** The first release of the run of releases that registers it up to the audited commit (`v4.2.0`), or `≤<tag>` when it was there from the first release that can be read (computed by `npm run since`). */
  since: z.string().regex(/^≤?\S+$/, 'a release tag such as `v4.2.0`, or `≤v1.0.0`').optional(),
  /** Earlier runs of releases that registered it, before it was removed and registered again. */
  since_history: z.array(z.strictObject({ from: text, until: text })).optional(),
  note: text.optional(),
  /** The runtime condition the whole statement holds under (a config switch that is off by default, a back end). */
  when: text.optional(),
}
const diffList = z.array(FieldDiffSchema).optional()

/** An action's statement: its field differences are parameters and response fields. */
export const SupportSchema = z.strictObject({
  ...statementShape,
  aliases: z.array(z.string().regex(WIRE_NAME, 'a wire name')).optional(),
  params: diffList,
  response: diffList,
})
export type Support = z.infer<typeof SupportSchema>

/** The lists of field differences a statement can carry, whatever its kind. */
export const DIFF_LISTS = ['params', 'response', 'fields'] as const
export type DiffListKey = (typeof DIFF_LISTS)[number]
/** A statement of any kind, as the shared rules and renderers see it. */
export type Statement = z.infer<z.ZodObject<typeof statementShape>> & Partial<Record<DiffListKey, FieldDiff[]>> & {
  aliases?: string[]
  route?: Route
  via?: string
  sub_types?: string[]
  sub_type_renames?: SubTypeRename[]
  channels?: Channel[]
}

export const ApiSchema = z.strictObject({
  name: z.string().regex(WIRE_NAME, 'a wire name such as `send_msg` or `.handle_quick_operation`'),
  title: text,
  category: z.string().regex(ID, 'a category id'),
  origin: z.string().regex(ID, 'an origin id'),
  aliases: z.array(z.string().regex(WIRE_NAME, 'a wire name')).default([]),
  reference: permalink.optional(),
  params: z.array(ParamSchema).default([]),
  response: z.array(ResponseFieldSchema).default([]),
  /** What `data` is when it is not an object with the fields above (a bare array, string or nothing). */
  response_note: text.optional(),
  support: z.record(z.string(), SupportSchema),
})
export type ApiFrontMatter = z.infer<typeof ApiSchema>

/** A segment `type` as sent on the wire: `image`, `mface`, `music`. */
export const SEGMENT_TYPE = /^[a-z][a-z0-9_]*$/
const segmentType = z.string().regex(SEGMENT_TYPE, 'a segment type such as `image` or `mface`')
/** The two directions a segment travels: in an outgoing message (send) or an incoming one (receive). */
export const DIRECTIONS = ['send', 'receive'] as const
export type Direction = (typeof DIRECTIONS)[number]
/** Where a type is accepted when it is not accepted by send_msg like any other segment. */
export const ROUTES = [
  'forward_api_only', // only inside the forward-send APIs (send_group_forward_msg and friends)
  'sole_segment', // only as the one segment of its message
] as const
export type Route = (typeof ROUTES)[number]

export const SegmentFieldSchema = z.strictObject({
  name: fieldName,
  type: typeName,
  /** Which way the field travels: `both`, or only in sent (`send`) or received (`receive`) segments. */
  direction: z.enum(['both', ...DIRECTIONS]),
  /** Required when sending. */
  required: z.boolean().default(false),
  default: jsonValue.optional(),
  description: text,
})
export type SegmentField = z.infer<typeof SegmentFieldSchema>

export const SegmentSendSchema = z.strictObject({ ...statementShape, fields: diffList, route: z.enum(ROUTES).optional() })
export const SegmentReceiveSchema = z.strictObject({ ...statementShape, fields: diffList, via: segmentType.optional() })
/** Both directions are optional here so that a missing one is reported by a rule, with the file's line. */
export const SegmentSupportSchema = z.strictObject({ send: SegmentSendSchema.optional(), receive: SegmentReceiveSchema.optional() })
export type SegmentSupport = z.infer<typeof SegmentSupportSchema>

export const SegmentSchema = z.strictObject({
  name: segmentType,
  title: text,
  origin: z.string().regex(ID, 'an origin id'),
  reference: permalink.optional(),
  /** The directions the reference defines; a supported cell in another direction shows as an extension. */
  directions: z.array(z.enum(DIRECTIONS)).min(1, 'at least one direction').default(['send', 'receive']),
  fields: z.array(SegmentFieldSchema).default([]),
  support: z.record(z.string(), SegmentSupportSchema),
})
export type SegmentFrontMatter = z.infer<typeof SegmentSchema>

/** The five kinds of report an implementation posts: `post_type` (`message_sent` is go-cqhttp's, for the bot's own messages). */
export const POST_TYPES = ['message', 'message_sent', 'notice', 'request', 'meta_event'] as const
export type PostType = (typeof POST_TYPES)[number]
/** The key that carries an event's detail type, per post_type. */
export const DETAIL_KEYS: Record<PostType, string> = {
  message: 'message_type',
  message_sent: 'message_type',
  notice: 'notice_type',
  request: 'request_type',
  meta_event: 'meta_event_type',
}
/** `notify` notices are one file per `sub_type`, because each carries its own fields. */
export const NOTIFY = 'notify'
/** A detail type or sub_type as sent: `group_recall`, `lucky_king`, `lift_ban`. */
export const EVENT_WORD = /^[a-z][a-z0-9_]*$/
const eventWord = z.string().regex(EVENT_WORD, 'a lowercase name such as `group_recall` or `lift_ban`')
/** Where an implementation can deliver events: HTTP POST, forward and reverse WebSocket, server-sent events. */
export const CHANNELS = ['http-post', 'ws', 'ws-reverse', 'sse'] as const
export type Channel = (typeof CHANNELS)[number]

export const SubTypeSchema = z.strictObject({
  name: eventWord,
  origin: z.string().regex(ID, 'an origin id'),
  description: text,
})
export type SubType = z.infer<typeof SubTypeSchema>

export const SubTypeRenameSchema = z.strictObject({ from: eventWord, to: eventWord })
export type SubTypeRename = z.infer<typeof SubTypeRenameSchema>

/** An event's statement: what it emits, under which sub_types, with which fields, on which channels. */
export const EventSupportSchema = z.strictObject({
  ...statementShape,
  /** The sub_types it really emits (a renamed one under its own name, listed in `sub_type_renames`). */
  sub_types: z.array(eventWord).optional(),
  sub_type_renames: z.array(SubTypeRenameSchema).optional(),
  fields: diffList,
  /** Only these delivery channels carry it (meta events some implementations send on WebSocket only). */
  channels: z.array(z.enum(CHANNELS)).min(1, 'at least one channel').optional(),
})
export type EventSupport = z.infer<typeof EventSupportSchema>

export const EventSchema = z.strictObject({
  post_type: z.enum(POST_TYPES),
  /** The value of message_type / notice_type / request_type / meta_event_type. */
  detail_type: eventWord,
  /** A `notify` notice's own sub_type: the file describes that one. */
  sub_type: eventWord.optional(),
  title: text,
  origin: z.string().regex(ID, 'an origin id'),
  reference: permalink.optional(),
  sub_types: z.array(SubTypeSchema).default([]),
  fields: z.array(ResponseFieldSchema).default([]),
  support: z.record(z.string(), EventSupportSchema),
})
export type EventFrontMatter = z.infer<typeof EventSchema>

/**
 * What an implementation-wide behaviour is about, in the order compare shows them. A fixed list, so that
 * two implementations' behaviours on one topic can be set side by side.
 */
export const BEHAVIOUR_TOPICS = [
  '消息 ID',
  'CQ 码字符串',
  '消息格式',
  '响应结构',
  '错误码',
  'echo 字段',
  '_async 后缀',
  '_rate_limited 后缀',
  '参数校验与类型转换',
  '鉴权',
  'HTTP 传输',
  'WebSocket 传输',
  '动作路由',
  '操作结果',
  '快速操作',
  '事件上报',
  '合并转发 ID',
  '发送目标判定',
  '维护状态',
  '其他',
] as const
export type BehaviourTopic = (typeof BEHAVIOUR_TOPICS)[number]

export const BehaviourSchema = z.strictObject({
  topic: z.enum(BEHAVIOUR_TOPICS),
  summary: text,
  source: permalink.optional(),
})

export const ImplementationSchema = z.strictObject({
  id: z.string().regex(ID, 'an id of lowercase letters, digits and dashes'),
  name: text,
  repository: z.string().regex(/^[\w.-]+\/[\w.-]+$/, 'owner/name'),
  docs: httpUrl.optional(),
  maintained: z.boolean(),
  description: text,
  audit: z.strictObject({
    commit: z.string().regex(/^[0-9a-f]{40}$/, 'a 40-hex commit hash'),
    date: z.string().regex(DATE, 'a date YYYY-MM-DD'),
    branch: text,
    version: text.optional(),
    /**
     * The implementation's own first release, when its repository also carries older tags it inherited
     * (a fork keeps its parent's release tags): `npm run since` walks releases from this one on.
     */
    first_release: text.optional(),
  }),
  behaviours: z.array(BehaviourSchema).default([]),
})
export type Implementation = z.infer<typeof ImplementationSchema>
export const ImplementationsFileSchema = z.array(ImplementationSchema).min(1, 'at least one implementation')

/** One release of an implementation, as its tag names it, and the day it was cut. */
export const ReleaseSchema = z.strictObject({ tag: text, date: z.string().regex(DATE, 'a date YYYY-MM-DD') })
export type Release = z.infer<typeof ReleaseSchema>
/** data/releases/<impl>.yaml: an implementation's releases in release order, written by `npm run since`. */
export const ReleasesFileSchema = z.array(ReleaseSchema).min(1, 'at least one release')

export const CategorySchema = z.strictObject({
  id: z.string().regex(ID, 'an id of lowercase letters, digits and dashes'),
  title: text,
  description: text,
})
export type Category = z.infer<typeof CategorySchema>
export const CategoriesFileSchema = z.array(CategorySchema).min(1, 'at least one category')

/** Wire names that do one job under different names (one implementation's name and another's), read together. */
export const FamilySchema = z.strictObject({
  title: text,
  names: z.array(z.string().regex(WIRE_NAME, 'a wire name')).min(2, 'at least two names'),
})
export type Family = z.infer<typeof FamilySchema>
export const FamiliesFileSchema = z.array(FamilySchema)

/** JSON Schemas of the data files, for editors and for machines; `npm run schema` writes them to schema/. */
export function jsonSchemas(): Record<string, unknown> {
  const schema = (s: z.ZodType, title: string) => ({ title, ...z.toJSONSchema(s, { io: 'input' }) })
  return {
    'api.schema.json': schema(ApiSchema, 'OneBot Compat API file front matter (data/apis/<category>/<slug>.md)'),
    'segment.schema.json': schema(SegmentSchema, 'OneBot Compat message segment file front matter (data/segments/<type>.md)'),
    'event.schema.json': schema(EventSchema, 'OneBot Compat event file front matter (data/events/<post_type>/<slug>.md)'),
    'implementations.schema.json': schema(ImplementationsFileSchema, 'OneBot Compat implementations (data/implementations.yaml)'),
    'categories.schema.json': schema(CategoriesFileSchema, 'OneBot Compat categories (data/categories.yaml)'),
    'families.schema.json': schema(FamiliesFileSchema, 'OneBot Compat same-function API names (data/families.yaml)'),
    'releases.schema.json': schema(ReleasesFileSchema, 'OneBot Compat releases of one implementation (data/releases/<impl>.yaml)'),
  }
}
