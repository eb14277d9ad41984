/**
 * go-cqhttp: where an incoming `action` is looked up changed three times; each layout is read as it was.
 *
 * - v1.0.0-beta8 and later: the switch cmd/api-generator writes into modules/api/api.go, `case "a", "b":`
 *   (from v1.0.0-rc5 in three blocks: OneBot 11 only, OneBot 12 only, shared). The OneBot 12 block is left
 *   out: it is served only by a server configured `version: 12`, and this site documents OneBot 11.
 * - v0.9.40-fix3 to v1.0.0-beta7-fix2: the `var API = map[string]func...` table in server/api.go.
 * - v0.9.0 to v0.9.40-fix2: HTTP and WebSocket kept their own tables; a name served by either counts:
 *   `wsApi`/`wsAPI` in server/websocket.go, and `httpApi`/`httpAPI` in server/http.go or, up to v0.9.24,
 *   one `engine.Any("/name", ...)` route per action.
 *
 * Besides the table, the long-polling middleware (server/middlewares.go, since v1.0.0-beta7) answers
 * `get_updates` (and, for OneBot 12 only, `get_latest_events`, left out) before it. A `_async` suffix is cut off by every
 * server before the lookup (old HTTP routes spelt each `_async` twin out): those twins are not names here.
 *
 * A name maps to the coolq file defining the `CQ...` method its handler calls, else to the handler's file.
 */
import type { Extractor, Registered } from '../extractor.js'

const GENERATED = 'modules/api/api.go'
const API_TABLE = 'server/api.go'
const HTTP = 'server/http.go'
const WS = 'server/websocket.go'
const MIDDLEWARES = 'server/middlewares.go'

/** Go source without comments (string, raw string and rune literals kept, so `"http://"` stays). */
function stripGoComments(text: string): string {
  return text.replace(/"(?:\\.|[^"\\\n])*"|`[^`]*`|'(?:\\.|[^'\\\n])+'|\/\/[^\n]*|\/\*[\s\S]*?\*\//g, (m) => (m.startsWith('/') ? ' ' : m))
}

/** Index just past the `}` closing the `{` at `open`, skipping literals (comments are already gone). */
function closeOf(text: string, open: number): number {
  let depth = 0
  for (let i = open; i < text.length; i++) {
    const c = text.charAt(i)
    if (c === '"' || c === "'") {
      for (i++; i < text.length && text[i] !== c; i++) if (text[i] === '\\') i++
    } else if (c === '`') i = text.indexOf('`', i + 1)
    else if (c === '{') depth++
    else if (c === '}' && --depth === 0) return i + 1
  }
  return text.length
}

/** The body of `func name(` or `func (recv) name(` in a file, from the `{` ending its signature line. */
function funcBody(text: string, name: string): string | undefined {
  const m = new RegExp(`\\bfunc\\s+(?:\\([^)]*\\)\\s*)?${name}\\s*\\(`).exec(text)
  if (!m) return undefined
  const open = text.slice(m.index).search(/\{[ \t]*\n/) // gofmt ends the signature line with the body's `{`
  return open < 0 ? undefined : text.slice(m.index + open, closeOf(text, m.index + open))
}

/** Top-level `"key": value` entries of the map literal assigned to `var <name> = map[string]...{`. */
function mapEntries(text: string, names: RegExp): Array<[string, string]> | undefined {
  const m = new RegExp(`\\bvar\\s+(?:${names.source})\\s*=\\s*map\\[string\\]`).exec(text)
  if (!m) return undefined
  // The literal's `{` ends the declaration's line (a func value type holds no `{` followed by a newline).
  const offset = text.slice(m.index).search(/\{[ \t]*\n/)
  if (offset < 0) return undefined
  const open = m.index + offset
  const body = text.slice(open + 1, closeOf(text, open) - 1)
  const entries: Array<[string, string]> = []
  let depth = 0
  let last: [string, number] | undefined
  const flush = (end: number) => last && entries.push([last[0], body.slice(last[1], end)])
  for (let i = 0; i < body.length; i++) {
    const c = body.charAt(i)
    if (c === '"' && depth === 0) {
      const key = /^"((?:\\.|[^"\\])*)"\s*:/.exec(body.slice(i))
      if (key) {
        flush(i)
        last = [key[1]!, i + key[0].length]
        i += key[0].length - 1
        continue
      }
    }
    if (c === '"' || c === "'") {
      for (i++; i < body.length && body[i] !== c; i++) if (body[i] === '\\') i++
    } else if (c === '`') i = body.indexOf('`', i + 1)
    else if ('{(['.includes(c)) depth++
    else if ('})]'.includes(c)) depth--
  }
  flush(body.length)
  return entries
}

export const extractor: Extractor = {
  impl: 'go-cqhttp',
  describe:
    `the generated switch in ${GENERATED} (older: the table in ${API_TABLE}, or the HTTP and WebSocket tables), ` +
    'plus the long-polling middleware',
  extract(tree) {
    const read = (path: string) => {
      const text = tree.read(path)
      return text === undefined ? undefined : stripGoComments(text)
    }

    // Where each `CQ...` method of the bot is defined.
    let methods: Map<string, string> | undefined
    const methodFile = (name: string) => {
      if (!methods) {
        methods = new Map()
        for (const path of tree.list('coolq').filter((p) => p.endsWith('.go') && !p.endsWith('_test.go'))) {
          for (const m of (read(path) ?? '').matchAll(/\bfunc\s+\(\w+\s+\*CQBot\)\s+(CQ\w+)\s*\(/g)) methods.set(m[1]!, path)
        }
      }
      return methods.get(name)
    }
    /** The handler file of a piece of routing code in `file`: follows a named function or method once. */
    const handlerFile = (code: string, file: string, text: string, depth = 2): string => {
      const cq = /\.(CQ\w+)\s*\(/.exec(code)
      if (cq) return methodFile(cq[1]!) ?? file
      const called = /^\s*(?:\w+\.)?(\w+)\s*,?\s*$/.exec(code)?.[1] ?? /\bs\.(\w+)\s*\(/.exec(code)?.[1]
      const body = called && depth > 0 ? funcBody(text, called) : undefined
      return body ? handlerFile(body, file, text, depth - 1) : file
    }

    const names: Registered = new Map()
    const addTable = (file: string, text: string, entries: Array<[string, string]>) => {
      for (const [name, value] of entries) if (!names.has(name)) names.set(name, handlerFile(value, file, text))
    }

    const generated = read(GENERATED)
    const apiTable = read(API_TABLE)
    if (generated && /\bswitch\s+action\s*\{/.test(generated)) {
      // Each `case` label list, with the code up to the next label as its handler. The file holds nothing
      // but `switch action` blocks; the one under `if spec.Version == 12` is OneBot 12's and is cut out.
      const v12 = /\bif\s+spec\.Version\s*==\s*12\s*\{/.exec(generated)
      const ob11 = v12 ? generated.slice(0, v12.index) + generated.slice(closeOf(generated, v12.index + v12[0].length - 1)) : generated
      const labels = [...ob11.matchAll(/\bcase\s+((?:"[^"]*"\s*,\s*)*"[^"]*")\s*:/g)]
      labels.forEach((m, i) => {
        const file = handlerFile(ob11.slice(m.index + m[0].length, labels[i + 1]?.index), GENERATED, generated)
        for (const [, name] of m[1]!.matchAll(/"([^"]*)"/g)) if (!names.has(name!)) names.set(name!, file)
      })
    } else if (apiTable && mapEntries(apiTable, /API/)) {
      addTable(API_TABLE, apiTable, mapEntries(apiTable, /API/)!)
    } else {
      const ws = read(WS)
      const http = read(HTTP)
      const wsEntries = ws && mapEntries(ws, /wsApi|wsAPI/)
      if (!ws || !http || !wsEntries) return undefined
      const httpEntries =
        mapEntries(http, /httpApi|httpAPI/) ??
        [...http.matchAll(/\bengine\.Any\(\s*"\/([^"/:]+)"\s*,\s*([^)]*)\)/g)]
          .filter((m) => !m[1]!.endsWith('_async'))
          .map((m): [string, string] => [m[1]!, m[2]!])
      if (!httpEntries.length) return undefined
      addTable(WS, ws, wsEntries)
      addTable(HTTP, http, httpEntries)
    }
    if (!names.size) return undefined

    // The long-polling middleware claims its action by comparing the name before the table is consulted.
    const middlewares = read(MIDDLEWARES)
    const polling = middlewares && funcBody(middlewares, 'longPolling')
    // A name claimed only for `spec.Version == 12` is OneBot 12's.
    if (polling) {
      for (const m of polling.matchAll(/(\bspec\.Version\s*==\s*12\s*&&\s*)?\baction\s*[!=]=\s*"([^"]+)"/g)) if (!m[1]) names.set(m[2]!, MIDDLEWARES)
    }
    return names
  },
}
