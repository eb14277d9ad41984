/**
 * The action registry of LLOneBot and of LuckyLilliaBot (the same code base under a new name, with
 * rewritten history), shared by the two extractors.
 *
 * How the code maps an incoming `action` to a handler (unchanged in shape since v3.0.0):
 * - `<dir>/index.ts` lists handler instances, `new SomeAction(...)`, in the `actionHandlers` array
 *   (from v3.31 inside `initActionMap(adapter)`); every handler is stored in a Map under its
 *   `actionName` (a later handler with the same name replaces an earlier one) and HTTP, WebSocket and
 *   Satori look the incoming name up in that Map (before v3.4 HTTP/WS registered routes by the same
 *   `actionName`, with no Map).
 * - each handler class sets `actionName = ActionName.Key`, and the `ActionName` enum in
 *   `<dir>/types.ts` gives the wire name of each key.
 * - `<dir>` is `src/onebot11/action` from v3.4.0, `src/onebot11/actions` in v3.0.0 to v3.3.1. Older
 *   releases (v0.x–v2.x) answered actions in hand-written `if` chains, a layout this does not read.
 *
 * From v3.23.0 the Map also gets `<name>_async` and `<name>_rate_limited` for EVERY handler. Those are
 * generic suffixes that the data records once per implementation (behaviours `_async 后缀` and
 * `_rate_limited 后缀`), not as aliases of single APIs, so they are left out here.
 */
import type { Extractor, Registered } from '../extractor.js'
import type { TreeReader } from '../tree.js'

/** The registry folders, newest layout first. */
const REGISTRY_DIRS = ['src/onebot11/action', 'src/onebot11/actions']

export const DESCRIBE =
  'handlers listed in actionHandlers of src/onebot11/action/index.ts (actions/ before v3.4), each under its class\'s `actionName = ActionName.X` from the enum in types.ts; the generic _async/_rate_limited copies left out'

/** Removes block comments and whole-line or trailing `//` comments (a commented-out `new X()` is not registered). */
function stripComments(text: string): string {
  // `//` preceded by start of line or whitespace, so `https://` inside strings survives.
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|\s)\/\/.*$/gm, '$1')
}

/** The `ActionName` enum: key → wire name. */
function parseEnum(typesText: string): Map<string, string> | undefined {
  const body = /export\s+enum\s+ActionName\s*\{([\s\S]*?)\n\}/.exec(stripComments(typesText))?.[1]
  if (!body) return undefined
  const names = new Map<string, string>()
  for (const m of body.matchAll(/(\w+)\s*=\s*(['"`])(.*?)\2/g)) names.set(m[1]!, m[3]!)
  return names.size ? names : undefined
}

/** Turns an import specifier into a path in the tree ('@/' is the `src/` alias); undefined for packages. */
function resolveImport(tree: TreeReader, fromFile: string, spec: string): string | undefined {
  let base: string
  if (spec.startsWith('@/')) base = `src/${spec.slice(2)}`
  else if (spec.startsWith('.')) {
    const parts = fromFile.split('/').slice(0, -1)
    for (const seg of spec.split('/')) {
      if (seg === '..') parts.pop()
      else if (seg !== '.') parts.push(seg)
    }
    base = parts.join('/')
  } else return undefined
  return [base, `${base}.ts`, `${base}/index.ts`].find((p) => /\.ts$/.test(p) && tree.read(p) !== undefined)
}

/** `export default`: the imported binding is the file's default export, whatever its local name. */
const DEFAULT = 'default'

/**
 * The classes a file imports: local name → the defining file and the exported name there (`default` for a
 * default import, the original name for `{ A as B }`).
 */
function parseImports(tree: TreeReader, file: string, text: string): Map<string, { path: string; name: string }> {
  const imports = new Map<string, { path: string; name: string }>()
  for (const m of text.matchAll(/import\s+(?!type\s)([\w\s{},]+?)\s+from\s+['"]([^'"]+)['"]/g)) {
    const path = resolveImport(tree, file, m[2]!)
    if (!path) continue
    const clause = m[1]!
    const named = /\{([^}]*)\}/.exec(clause)?.[1] ?? ''
    const defaultName = clause.replace(/\{[^}]*\}/, '').replace(/,/g, ' ').trim()
    if (defaultName) imports.set(defaultName, { path, name: DEFAULT })
    for (const part of named.split(',')) {
      const [exported, local = exported] = part.trim().replace(/^type\s+/, '').split(/\s+as\s+/).map((x) => x.trim())
      if (exported && local) imports.set(local, { path, name: exported })
    }
  }
  return imports
}

/**
 * The wire name a handler class declares, following `extends` when the class does not set it itself;
 * undefined when it cannot be resolved. `className` may be DEFAULT for the file's default export.
 */
function actionNameOf(tree: TreeReader, file: string, className: string, enumNames: Map<string, string>, depth = 0): string | undefined {
  const text = tree.read(file)
  if (text === undefined || depth > 5) return undefined
  const code = stripComments(text)
  if (className === DEFAULT) {
    // `export default class [Name] ...` declares it in place; `export default Name` points at a class.
    const decl = /\bexport\s+default\s+(?:abstract\s+)?class\b/.exec(code)
    if (!decl) {
      const target = /\bexport\s+default\s+(\w+)/.exec(code)?.[1]
      return target ? actionNameOf(tree, file, target, enumNames, depth + 1) : undefined
    }
    return fromClassBody(tree, file, code, decl.index + decl[0].length, enumNames, depth)
  }
  const decl = new RegExp(`\\bclass\\s+${className}\\b`).exec(code)
  if (decl) return fromClassBody(tree, file, code, decl.index + decl[0].length, enumNames, depth)
  // Not declared here: re-exported from another file.
  const imported = parseImports(tree, file, text).get(className)
  return imported ? actionNameOf(tree, imported.path, imported.name, enumNames, depth + 1) : undefined
}

/** Reads `actionName = ...` in the class starting at `at` (after `class [Name]`), else in the class it extends. */
function fromClassBody(tree: TreeReader, file: string, code: string, at: number, enumNames: Map<string, string>, depth: number): string | undefined {
  // The class: up to the next class declaration (or the end of the file).
  const rest = code.slice(at)
  const next = /\bclass\s+\w+/.exec(rest)
  const body = next ? rest.slice(0, next.index) : rest
  const own = /\bactionName\s*(?::\s*[\w.]+\s*)?=\s*(?:ActionName\.(\w+)|(['"])(.*?)\2)/.exec(body)
  if (own) return own[1] !== undefined ? enumNames.get(own[1]) : own[3]
  const parent = /^\s*(?:\w+\s*)?(?:<[^{]*?>)?\s*extends\s+(\w+)/.exec(body)?.[1]
  if (!parent || parent === 'BaseAction') return undefined
  return actionNameOf(tree, file, parent, enumNames, depth + 1)
}

/** Every wire name registered in one tree, with the handler file; undefined when the layout is not known. */
export function extractRegistry(tree: TreeReader): Registered | undefined {
  for (const dir of REGISTRY_DIRS) {
    const indexFile = `${dir}/index.ts`
    const indexText = tree.read(indexFile)
    const typesText = tree.read(`${dir}/types.ts`)
    if (indexText === undefined || typesText === undefined) continue
    const enumNames = parseEnum(typesText)
    const handlers = /\bactionHandlers\s*(?::[^=]*)?=\s*\[([\s\S]*?)\]/.exec(stripComments(indexText))?.[1]
    if (!enumNames || !handlers) return undefined
    const imports = parseImports(tree, indexFile, indexText)
    const registered: Registered = new Map()
    for (const m of handlers.matchAll(/\bnew\s+(\w+)\s*\(/g)) {
      const cls = m[1]!
      const { path: file, name: exported } = imports.get(cls) ?? { path: indexFile, name: cls }
      const name = actionNameOf(tree, file, exported, enumNames)
      // One handler we cannot resolve makes the whole set unreliable.
      if (!name) return undefined
      registered.set(name, file) // a later handler with the same name wins, as in the code
    }
    return registered.size ? registered : undefined
  }
  return undefined
}

export function llonebotExtractor(impl: string): Extractor {
  return { impl, describe: DESCRIBE, extract: extractRegistry }
}
