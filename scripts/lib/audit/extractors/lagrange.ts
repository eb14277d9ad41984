/**
 * Lagrange.OneBot: OperationService (Lagrange.OneBot/Core/Operation/OperationService.cs) builds its
 * action table by reflection over every type of its own assembly (Assembly.GetExecutingAssembly()), keyed
 * by each `[Operation("name")]` attribute on the class; a class may carry several (AllowMultiple = true
 * since 2024-03). The incoming `action` is looked up in that table as is. So the names are the attributes
 * on any class of the Lagrange.OneBot project, not only those under Core/Operation.
 *
 * The mechanism has not changed since the first operations (2023-10), on the v1 line (every tag) and in
 * the short-lived 2025 rewrite on master, where the service moved to Lagrange.OneBot/Operation/ and reflects
 * over `typeof(OperationService).Assembly`. Trees without the OneBot project (master after OneBot was
 * deprecated) are not recognised.
 */
import type { Extractor, Registered } from '../extractor.js'

const PROJECT = 'Lagrange.OneBot'
const SERVICES = [`${PROJECT}/Core/Operation/OperationService.cs`, `${PROJECT}/Operation/OperationService.cs`]

/** Drops C# comments, leaving string and char literals intact (a `"image/*"` must not open a comment). */
function stripCSharpComments(text: string): string {
  return text.replace(/@"(?:[^"]|"")*"|"(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])+'|\/\/[^\n]*|\/\*[\s\S]*?\*\//g, (m) =>
    m.startsWith('/') ? ' ' : m,
  )
}

// `Operation("x")` (or `OperationAttribute("x")`) opening an attribute section or following a comma in one.
const ATTRIBUTE = /[[,]\s*(?:[\w.]+\.)?Operation(?:Attribute)?\s*\(\s*"([^"]+)"\s*\)/g

export const extractor: Extractor = {
  impl: 'lagrange',
  describe: `[Operation("name")] attributes on classes of ${PROJECT}, read by reflection in ${SERVICES[0]}`,
  extract(tree) {
    const service = SERVICES.map((p) => tree.read(p)).find((t) => t !== undefined)
    // The table must still be built from the attribute by reflection over the project's own assembly;
    // anything else is a layout we don't know.
    if (!service || !/GetCustomAttributes?<OperationAttribute>/.test(service)) return undefined
    if (!/GetExecutingAssembly\(\)|typeof\(OperationService\)\.Assembly/.test(service)) return undefined
    const names: Registered = new Map()
    for (const path of tree.list(PROJECT)) {
      if (!path.endsWith('.cs')) continue
      const text = stripCSharpComments(tree.read(path) ?? '')
      // The table is filled with `_operations[api] = type`, so a name given twice would keep one handler in
      // an order reflection does not promise; the first file seen is kept (no name repeats at the audit).
      for (const m of text.matchAll(ATTRIBUTE)) if (!names.has(m[1]!)) names.set(m[1]!, path)
    }
    return names.size ? names : undefined
  },
}
