/**
 * tanebi (packages/app): `OneBotApp` registers its actions with `new ActionCollection(this, [a, b, ...])` in
 * packages/app/src/index.ts. Each element is an imported `defineAction(endpoint, validator, handler, alias?)`
 * value; ActionCollection (packages/app/src/action/index.ts) maps the endpoint and every alias to it. A
 * `defineAction` that is not in that list is not served, so the list is followed, not the action folder.
 *
 * The layout is the same since the collection was introduced (2025-03-27, first with an empty list); the
 * import alias of the app sources was `@/` at first and `@app/` later, both are resolved.
 */
import type { Extractor, Registered } from '../extractor.js'

const APP = 'packages/app/src'
const INDEX = `${APP}/index.ts`
const COLLECTION = `${APP}/action/index.ts`

/** The text from `open` (an opening bracket) to its matching close, skipping strings and comments. */
function balanced(text: string, open: number): string | undefined {
  const pairs: Record<string, string | undefined> = { '(': ')', '[': ']', '{': '}' }
  const stack: string[] = []
  for (let i = open; i < text.length; i++) {
    const c = text.charAt(i)
    if (c === '"' || c === "'" || c === '`') {
      // Skip a literal; a template's `${...}` holds no bracket that matters here.
      for (i++; i < text.length && text[i] !== c; i++) if (text[i] === '\\') i++
    } else if (c === '/' && text[i + 1] === '/') i = text.indexOf('\n', i) === -1 ? text.length : text.indexOf('\n', i)
    else if (c === '/' && text[i + 1] === '*') i = text.indexOf('*/', i + 2) + 1
    else if (pairs[c]) stack.push(pairs[c]!)
    else if (c === stack[stack.length - 1]) {
      stack.pop()
      if (!stack.length) return text.slice(open + 1, i)
    }
  }
  return undefined
}

/** The top-level comma-separated parts of a bracket's contents (a trailing comma gives no empty part). */
function topLevelParts(inner: string): string[] {
  const parts: string[] = []
  let depth = 0
  let start = 0
  for (let i = 0; i < inner.length; i++) {
    const c = inner.charAt(i)
    if (c === '"' || c === "'" || c === '`') {
      for (i++; i < inner.length && inner[i] !== c; i++) if (inner[i] === '\\') i++
    } else if (c === '/' && inner[i + 1] === '/') i = inner.indexOf('\n', i) === -1 ? inner.length : inner.indexOf('\n', i)
    else if (c === '/' && inner[i + 1] === '*') i = inner.indexOf('*/', i + 2) + 1
    else if ('([{'.includes(c)) depth++
    else if (')]}'.includes(c)) depth--
    else if (c === ',' && depth === 0) {
      parts.push(inner.slice(start, i))
      start = i + 1
    }
  }
  parts.push(inner.slice(start))
  const strip = (s: string) => s.replace(/\/\/[^\n]*|\/\*[\s\S]*?\*\//g, '').trim()
  return parts.map(strip).filter(Boolean)
}

const STRING = /^(['"`])([^'"`\\$]+)\1$/

/** The names one `export const ident = defineAction(...)` registers, or undefined when it cannot be read. */
function actionNames(text: string, ident: string): string[] | undefined {
  const m = new RegExp(`export\\s+const\\s+${ident}\\s*=\\s*defineAction\\s*(?:<[^(]*>)?\\s*\\(`).exec(text)
  if (!m) return undefined
  const args = topLevelParts(balanced(text, m.index + m[0].length - 1) ?? '')
  const endpoint = STRING.exec(args[0] ?? '')?.[2]
  if (!endpoint || args.length < 3) return undefined
  const alias = args[3]
  if (alias === undefined) return [endpoint]
  // The alias argument must be a literal array of strings; anything else we would only guess at.
  if (!alias.startsWith('[')) return undefined
  const aliases = topLevelParts(balanced(alias, 0) ?? '').map((a) => STRING.exec(a)?.[2])
  return aliases.every((a) => a) ? [endpoint, ...(aliases as string[])] : undefined
}

/** Candidate files for an import specifier written in packages/app/src/index.ts. */
function resolve(spec: string): string[] {
  const base = spec.startsWith('./') ? `${APP}/${spec.slice(2)}` : spec.replace(/^@(app)?\//, `${APP}/`)
  return [`${base}.ts`, `${base}/index.ts`]
}

export const extractor: Extractor = {
  impl: 'tanebi',
  describe: `endpoint and aliases of each defineAction in the list given to new ActionCollection in ${INDEX}`,
  extract(tree) {
    const index = tree.read(INDEX)
    const collection = tree.read(COLLECTION)
    if (!index || !collection || !/alias\?\.forEach/.test(collection)) return undefined
    const call = /new\s+ActionCollection\s*\(\s*this\s*,\s*\[/.exec(index)
    if (!call) return undefined
    const idents = topLevelParts(balanced(index, call.index + call[0].length - 1) ?? '')
    // Named imports, `import { a, b as c } from 'spec'`: local name to the exported name and specifier.
    const imports = new Map<string, { exported: string; spec: string }>()
    for (const m of index.matchAll(/import\s*\{([^}]*)\}\s*from\s*['"]([^'"]+)['"]/g)) {
      for (const item of m[1]!.split(',').map((s) => s.trim()).filter(Boolean)) {
        const [exported = '', local = exported] = item.split(/\s+as\s+/).map((s) => s.trim())
        imports.set(local, { exported, spec: m[2]! })
      }
    }
    const names: Registered = new Map()
    for (const ident of idents) {
      const source = imports.get(ident)
      if (!source) return undefined // an inline or spread element, or a local definition: not a layout we read
      let found: string[] | undefined
      let file: string | undefined
      for (const path of resolve(source.spec)) {
        const text = tree.read(path)
        if (text && (found = actionNames(text, source.exported))) {
          file = path
          break
        }
      }
      if (!found || !file) return undefined
      // ActionCollection sets names in list order, so a later action wins a name given twice.
      for (const name of found) names.set(name, file)
    }
    return names
  },
}
