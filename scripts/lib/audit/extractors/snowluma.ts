/**
 * SnowLuma: `ApiHandler` (api-handler.ts) keeps one map from wire name to handler. The action files it
 * draws on are the ones api-handler.ts imports from `./actions/<file>` (each file's `register`, up to
 * v1.11.0) or, from v1.11.1, the ones the barrel actions/index.ts imports into `ALL_ACTIONS`. In each file
 * a name is registered either by a literal `registerAction('name', …)` call (the only form up to v1.9.4)
 * or by an action spec, `defineAction` / `defineStreamAction` / `groupAction` / `groupUserAction`, whose
 * `name:` is a string or an array of names all served by one handler (from v1.9.5). api-handler.ts itself
 * registers `.handle_quick_operation` by a literal call. No suffix (`_async`, `_rate_limited`) is handled.
 *
 * The OneBot layer moved twice: src/onebot (v1.5.x), packages/core/src/onebot (v1.6.0–v1.9.0),
 * packages/onebot/src (v1.9.1 on); the first root that has api-handler.ts is read.
 */
import type { Extractor, Registered } from '../extractor.js'

const ROOTS = ['packages/onebot/src', 'packages/core/src/onebot', 'src/onebot']
const LITERAL_CALL = /\bregister(?:Stream)?Action\(\s*'([^']+)'/g
const SPEC_CALL = /\b(?:defineAction|defineStreamAction|groupAction|groupUserAction)\s*(?:<[^(]*>)?\(\s*\{/g
const SPEC_NAME = /^\s*name:\s*(?:'([^']+)'|\[([^\]]*)\])/m

/** TypeScript without comments (string literals kept), so a commented-out registration is not read. */
function stripComments(text: string): string {
  return text.replace(/'(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*"|`(?:\\.|[^`\\])*`|\/\/[^\n]*|\/\*[\s\S]*?\*\//g, (m) => (m.startsWith('/') ? ' ' : m))
}

/** The action file names a registry file imports: `from './actions/info'` or, in the barrel, `from './info'`. */
function importedActionFiles(text: string, prefix: string): string[] {
  return [...text.matchAll(new RegExp(`from\\s+'${prefix.replace(/[./]/g, '\\$&')}([\\w-]+)'`, 'g'))].map((m) => m[1]!)
}

/** Every wire name one file registers, literal calls and specs alike. */
function namesIn(text: string): string[] {
  const code = stripComments(text)
  const names = [...code.matchAll(LITERAL_CALL)].map((m) => m[1]!)
  for (const call of code.matchAll(SPEC_CALL)) {
    // The spec's own `name:` is the first one after its opening brace (params are declared apart, in `f.*`).
    const m = SPEC_NAME.exec(code.slice(call.index + call[0].length))
    if (!m) continue
    if (m[1]) names.push(m[1])
    else names.push(...[...m[2]!.matchAll(/'([^']+)'/g)].map((n) => n[1]!))
  }
  return names
}

export const extractor: Extractor = {
  impl: 'snowluma',
  describe: 'literal registerAction calls and the name of every action spec in the action files api-handler.ts (or the actions/index.ts barrel) imports',
  extract(tree) {
    const root = ROOTS.find((r) => tree.read(`${r}/api-handler.ts`) !== undefined)
    if (!root) return undefined
    const handler = tree.read(`${root}/api-handler.ts`)!
    const barrel = tree.read(`${root}/actions/index.ts`)
    const files = [...new Set([...importedActionFiles(handler, './actions/'), ...(barrel ? importedActionFiles(barrel, './') : [])])]
    if (!files.length) return undefined
    const names: Registered = new Map()
    for (const name of namesIn(handler)) names.set(name, `${root}/api-handler.ts`)
    for (const file of files) {
      const path = `${root}/actions/${file}.ts`
      const text = tree.read(path)
      if (text === undefined) return undefined // an import we cannot follow: not a layout we read
      for (const name of namesIn(text)) names.set(name, path)
    }
    return names
  },
}
