/**
 * NapCatQQ (NapNeko/NapCatQQ). The OneBot action dispatcher looks the incoming `action` up in a Map built
 * from one array of handler instances in `<action dir>/index.ts` (`const actionHandlers = [new X(...), ...]`):
 * each instance is keyed by its `actionName`, which the handler class sets as `actionName = ActionName.Key`,
 * and the `ActionName` table (an `enum` in types.ts in older releases, a `const` object in router.ts later)
 * gives the wire name. Since v4.9.66 classes decorated `@ActionHandler` are registered too (AutoRegisterRouter).
 *
 * Layouts read (every release tag from v1.0.0): src/onebot11/action (v1.x), src/onebot/action (v2.0.1–v4.9.42;
 * ActionName in types.ts until v4.1.12, router.ts from v4.1.13), packages/napcat-onebot/action (v4.9.43+).
 *
 * Every name is also registered as `<name>_async` and `<name>_rate_limited` on the same handler; those
 * suffixes are recorded as implementation-wide behaviours in data/implementations.yaml, not as aliases, so
 * they are not returned here.
 */
import type { Extractor, Registered } from '../extractor.js'
import type { TreeReader } from '../tree.js'

const ACTION_DIRS = ['packages/napcat-onebot/action', 'src/onebot/action', 'src/onebot11/action']

/** Blank out comments (commented-out handlers and ActionName entries are common), keeping string literals. */
const stripComments = (src: string): string =>
  src.replace(/('(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*"|`(?:\\.|[^`\\])*`)|\/\/[^\n]*|\/\*[\s\S]*?\*\//g, (_, str: string | undefined) => str ?? ' ')

/** ActionName key -> wire name, from `enum ActionName { K = 'v' }` or `const ActionName = { K: 'v' }`. */
function parseActionNames(src: string): Map<string, string> | undefined {
  const body = /export\s+(?:enum\s+ActionName\s*|const\s+ActionName\s*=\s*)\{([\s\S]*?)\}/.exec(stripComments(src))?.[1]
  if (!body) return undefined
  return new Map([...body.matchAll(/(\w+)\s*[=:]\s*(['"])(.*?)\2/g)].map((m) => [m[1]!, m[3]!]))
}

interface Import {
  spec: string
  /** The name the module exports it under: `default` for a default import. */
  name: string
}

/** Local name -> where it comes from, for default and named imports (`{ A as B }` gives B -> A). */
function parseImports(src: string): Map<string, Import> {
  const imports = new Map<string, Import>()
  for (const m of src.matchAll(/import\s+(?:type\s+)?([\w\s{},]*?)\s+from\s+['"]([^'"]+)['"]/g)) {
    const clause = m[1]!
    const spec = m[2]!
    const def = /^\s*(\w+)/.exec(clause.replace(/\{[^}]*\}/, ''))?.[1]
    if (def) imports.set(def, { spec, name: 'default' })
    for (const part of /\{([^}]*)\}/.exec(clause)?.[1]!.split(',') ?? []) {
      const n = /^\s*(?:type\s+)?(\w+)(?:\s+as\s+(\w+))?\s*$/.exec(part)
      if (n) imports.set(n[2] ?? n[1]!, { spec, name: n[1]! })
    }
  }
  return imports
}

/** A module specifier as a file of the tree: relative to the importer, or `@/x` = src/x or packages/x. */
function resolveModule(tree: TreeReader, from: string, spec: string): string | undefined {
  let base: string
  if (spec.startsWith('.')) {
    const parts = from.split('/').slice(0, -1)
    for (const seg of spec.split('/')) {
      if (seg === '..') parts.pop()
      else if (seg !== '.') parts.push(seg)
    }
    base = parts.join('/')
  } else if (spec.startsWith('@/')) {
    base = `${from.startsWith('src/') ? 'src' : 'packages'}/${spec.slice(2)}`
  } else return undefined // a package (napcat-core, typebox, ...): never a handler
  base = base.replace(/\.[jt]s$/, '')
  return [`${base}.ts`, `${base}/index.ts`].find((p) => tree.read(p) !== undefined)
}

/** Top-level elements of the array literal that starts at `open` (the index of its `[`). */
function arrayItems(src: string, open: number): string[] {
  const items: string[] = []
  let depth = 0
  let start = open + 1
  for (let i = open; i < src.length; i++) {
    const c = src[i]!
    if ('([{'.includes(c)) depth++
    else if (')]}'.includes(c)) depth--
    if ((c === ',' && depth === 1) || depth === 0) {
      items.push(src.slice(start, i).trim())
      start = i + 1
    }
    if (depth === 0) break
  }
  return items.filter(Boolean)
}

type Resolved = { name: string | undefined; file: string } | undefined

/**
 * The wire name a handler class registers and the file defining it: its own `actionName = ActionName.Key`
 * (or a string literal), else the one it inherits through `extends`.
 */
function classAction(tree: TreeReader, file: string, cls: string, names: Map<string, string>, depth = 0): Resolved {
  const src = tree.read(file)
  if (!src || depth > 5) return undefined
  const code = stripComments(src)
  if (cls === 'default') {
    // A default import: the class declared `export default class X`, or exported by `export default X`.
    const local = /\bexport\s+default\s+(?:abstract\s+)?(?:class\s+)?(\w+)/.exec(code)?.[1]
    return local && local !== 'class' ? classAction(tree, file, local, names, depth + 1) : undefined
  }
  const decl = new RegExp(`\\bclass\\s+${cls}\\b([^{]*)\\{`).exec(code)
  if (!decl) {
    // Not declared here: follow the import that brings it in.
    const from = parseImports(code).get(cls)
    const next = from && resolveModule(tree, file, from.spec)
    return next ? classAction(tree, next, from.name, names, depth + 1) : undefined
  }
  // The class body runs to the next class declaration of the file.
  const rest = code.slice(decl.index + decl[0].length)
  const end = rest.search(/\n\s*(?:export\s+)?(?:default\s+)?(?:abstract\s+)?class\s+\w/)
  const body = end < 0 ? rest : rest.slice(0, end)
  const own = /\bactionName\s*(?::[^=;\n]+)?=\s*(?:ActionName\.(\w+)|(['"])(.*?)\2)/.exec(body)
  // A key missing from the table is `undefined` at run time (v3.1 commented out `SetModelShow` and
  // `GetOnlineClient` in the enum but kept their handlers): the handler then answers to no wire name.
  if (own) return { name: own[1] ? names.get(own[1]) : own[3], file }
  const base = /\bextends\s+(\w+)/.exec(decl[1]!)?.[1]
  if (!base) return undefined
  const parent = classAction(tree, file, base, names, depth + 1)
  // The name is inherited, but the handler serving it is still this class's file.
  return parent && { name: parent.name, file }
}

function extract(tree: TreeReader): Registered | undefined {
  const dir = ACTION_DIRS.find((d) => tree.read(`${d}/index.ts`) !== undefined)
  if (!dir) return undefined
  const indexPath = `${dir}/index.ts`
  const names = parseActionNames(tree.read(`${dir}/router.ts`) ?? tree.read(`${dir}/types.ts`) ?? '')
  if (!names) return undefined
  const index = stripComments(tree.read(indexPath)!)
  const open = /\bactionHandlers\s*=\s*\[/.exec(index)
  if (!open) return undefined

  const registered: Registered = new Map()
  const register = (cls: string, file: string): boolean => {
    const found = classAction(tree, file, cls, names)
    if (!found) return false
    // A later handler with the same name replaces the earlier one, as in the Map.
    if (found.name !== undefined) registered.set(found.name, found.file)
    return true
  }

  for (const item of arrayItems(index, open.index + open[0].length - 1)) {
    // `new X(obContext, core)`, or (v2.2) a variable holding one: `const v = new X(...)` declared above.
    const cls =
      /^new\s+(\w+)\s*\(/.exec(item)?.[1] ??
      (/^\w+$/.test(item) ? new RegExp(`\\b(?:const|let)\\s+${item}\\s*=\\s*new\\s+(\\w+)\\s*\\(`).exec(index)?.[1] : undefined)
    if (!cls || !register(cls, indexPath)) return undefined // an element not understood: no partial set
  }

  // @ActionHandler classes join the map after the array (4.9+). The build's auto-include plugin pulls every
  // file of action/test into the bundle, which is where the decorated classes live; scan the whole folder.
  if (/\bAutoRegisterRouter\s*\.\s*forEach\b/.test(index)) {
    for (const file of tree.list(dir).filter((p) => p.endsWith('.ts'))) {
      const code = stripComments(tree.read(file) ?? '')
      for (const m of code.matchAll(/@ActionHandler\s+(?:export\s+)?(?:default\s+)?class\s+(\w+)/g)) {
        if (!register(m[1]!, file)) return undefined
      }
    }
  }
  return registered
}

export const extractor: Extractor = {
  impl: 'napcat',
  describe: 'action/index.ts actionHandlers array (+ @ActionHandler classes); each class actionName = ActionName.X, wire name from the ActionName table in action/router.ts (types.ts before v4.1.13)',
  extract,
}
