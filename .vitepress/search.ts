/**
 * Search tuned for this site's readers, passed to VitePress local search (MiniSearch).
 *
 * These functions are serialised into the browser bundle, so each one is self-contained: no
 * imports, no shared helpers, no closures. Indexing and querying split text the same way:
 * - a snake_case name is indexed whole, without a leading `.` or `_`, and from every `_` on
 *   (`_send_group_notice` → `send_group_notice`, `group_notice`, `notice`), so any tail of a name
 *   finds it and prefix search finds any head;
 * - Han text, which has no spaces, is indexed as single characters and bigrams and queried as
 *   bigrams, so `群公告` inside `获取群公告` is found.
 * On top of that, a page comes first for its own wire name (`boostDocument`), and a heading's
 * name missing the words after its first still finds it (`extractField`).
 */

export function tokenizeForIndex(text: string): string[] {
  const tokens: string[] = []
  const lower = text.toLowerCase()
  for (const match of lower.matchAll(/[a-z0-9_.]+/g)) {
    for (const part of match[0].split('.')) {
      const base = part.replace(/^_+/, '').replace(/_+$/, '')
      if (!base) continue
      tokens.push(base)
      for (let i = base.indexOf('_'); i !== -1; i = base.indexOf('_', i + 1)) {
        const tail = base.slice(i + 1)
        if (tail) tokens.push(tail)
      }
    }
  }
  for (const match of lower.matchAll(/[\u3400-\u4dbf\u4e00-\u9fff]+/g)) {
    const run = match[0]
    for (let i = 0; i < run.length; i++) {
      tokens.push(run[i]!)
      if (i + 1 < run.length) tokens.push(run.slice(i, i + 2))
    }
  }
  return tokens
}

export function tokenizeQuery(text: string): string[] {
  const tokens: string[] = []
  const lower = text.toLowerCase()
  for (const match of lower.matchAll(/[a-z0-9_.]+/g)) {
    for (const part of match[0].split('.')) {
      const base = part.replace(/^_+/, '').replace(/_+$/, '')
      if (base) tokens.push(base)
    }
  }
  for (const match of lower.matchAll(/[\u3400-\u4dbf\u4e00-\u9fff]+/g)) {
    const run = match[0]
    if (run.length === 1) tokens.push(run)
    for (let i = 0; i + 1 < run.length; i++) tokens.push(run.slice(i, i + 2))
  }
  return tokens
}

/** Tokens are already lowercased and trimmed; keep every one (no stop words in API names). */
export function processTerm(term: string): string {
  return term
}

/** Prefix matching for names (any head of a name); Han bigrams match exactly. */
export function prefix(term: string): boolean {
  return /^[a-z0-9_]/.test(term)
}

/** Fuzziness only for longer Latin terms: one typo from 4 letters, two from 8. */
export function fuzzy(term: string): number | boolean {
  if (!/^[a-z0-9_]+$/.test(term) || term.length < 4) return false
  return term.length >= 8 ? 2 : 1
}

/**
 * Ranking beyond the match itself. API and segment pages store a title of their wire name, a space and
 * their Chinese title (`send_like 好友点赞`).
 * - A page whose own wire name is the matched term ranks first (an event's dotted id, part by part, just
 *   below: `heartbeat` finds meta_event.heartbeat): `image` finds the image segment before
 *   `ocr_image`, whose tail it is, and an API page before the implementation pages that list its name.
 * - A Han term counts for more the more of a Chinese title it covers, so a query that is (or nearly is)
 *   a title finds that page first: 点赞 finds 好友点赞 before 获取资料卡点赞记录.
 */
export function boostDocument(_id: string, term: string, stored?: Record<string, unknown>): number {
  const [name = '', ...rest] = String(stored?.title ?? '').split(' ')
  if (/^[a-z0-9]/.test(term)) {
    const own = name.toLowerCase()
    if (own.replace(/^[._]+/, '') === term) return 4
    // An event's name is dotted (notice.group_recall): a part after its post_type is nearly its own name,
    // just below a page whose whole name it is (`poke` finds the segment, then notice.notify.poke).
    return own.split('.').slice(1).includes(term) ? 3 : 1
  }
  const title = rest.join('').replace(/[^\u3400-\u4dbf\u4e00-\u9fff]/g, '')
  return title.includes(term) ? 1 + (2 * term.length) / title.length : 1
}

/**
 * What the index reads of a section. Its text also carries the heading's names without one or more of
 * the words right after their first (`get_group_msg_history` → `get_msg_history`, `get_history`), so a
 * name remembered without its scope word (group, friend, private) still finds the page, below pages with
 * that exact name as heading. The title, which results show, stays as it is.
 */
export function extractField(doc: Record<string, unknown>, field: string): unknown {
  if (field !== 'text') return doc[field]
  const near: string[] = []
  for (const name of String(doc.title ?? '').toLowerCase().match(/[a-z0-9_]+/g) ?? []) {
    const words = name.replace(/^_+|_+$/g, '').split('_')
    for (let j = 2; j < words.length; j++) near.push([words[0], ...words.slice(j)].join('_'))
  }
  return [doc.text, ...near].join(' ')
}
