/**
 * Page slugs and anchors, derived from wire names only, so a title change never breaks a link.
 * Page files and URLs never start with `.` or `_` (some static hosts drop such files); the leading
 * character is spelled out instead, so `.ocr_image` and `ocr_image` can never collide.
 */
const PREFIX_WORDS: Record<string, string> = { '.': 'dot-', _: 'underscore-' }

export function apiSlug(name: string): string {
  const first = name[0] ?? ''
  const word = PREFIX_WORDS[first]
  return (word ? word + name.slice(1) : name).toLowerCase()
}

export const apiPath = (name: string): string => `/api/${apiSlug(name)}`
export const implPath = (id: string): string => `/impl/${id}`

/** Anchor of one implementation's section on an API page. */
export const implAnchor = (id: string): string => `impl-${id}`
/** Anchor of a category's table in the matrix. */
export const categoryAnchor = (id: string): string => `cat-${id}`

export const segmentPath = (type: string): string => `/segments/${type}`

/** An event's dotted id, shown and searched: `notice.group_recall`, `notice.notify.poke` (a notify notice's own sub_type). */
export const eventId = (e: { post_type: string; detail_type: string; sub_type?: string }): string =>
  [e.post_type, e.detail_type, ...(e.sub_type ? [e.sub_type] : [])].join('.')

/**
 * An event's slug: its post_type folder, then its detail type, with a notify notice's sub_type after a
 * dash (`notice/notify-poke`). A dash never occurs in a wire name, so two ids never share a slug.
 */
export const eventSlug = (id: string): string => {
  const [post, ...rest] = id.split('.')
  return `${post}/${rest.join('-')}`
}
export const eventPath = (id: string): string => `/events/${eventSlug(id)}`
/** Anchor of a post_type's table in the event matrix. */
export const postTypeAnchor = (postType: string): string => `post-${postType}`

/**
 * Anchor of one statement's section on a feature page: `impl-<id>` for a single statement,
 * `impl-<id>-send` / `impl-<id>-receive` for a segment's two directions.
 */
export const cellAnchor = (implId: string, key: string | null): string => (key ? `${implAnchor(implId)}-${key}` : implAnchor(implId))

/** Anchor of an origin's table in the segment matrix. */
export const originAnchor = (origin: string): string => `origin-${origin}`
