/**
 * Reads one data file as text and keeps what is needed to point at a field's line:
 * YAML files whole, API files as gray-matter front matter plus a markdown body.
 */
import { readFileSync, statSync } from 'node:fs'
import matter from 'gray-matter'
import { LineCounter, isMap, isSeq, parseDocument, type Document, type Node } from 'yaml'

/** Larger data files are refused: nothing a contributor writes needs this much. */
export const MAX_FILE_BYTES = 256 * 1024

export type FieldPath = (string | number)[]

/** The pseudo-field naming an API file's markdown body in problems. */
export const BODY = 'body'

export interface SourceFile {
  /** Repository-relative path. */
  file: string
  /** Parsed YAML value (front matter for API files). */
  value: unknown
  /** Markdown body (API files only). */
  body: string
  /** 1-based line of a field, falling back to its nearest existing parent. */
  lineOf(path: FieldPath): number | undefined
}

export class SourceError extends Error {
  constructor(
    message: string,
    readonly line?: number,
  ) {
    super(message)
  }
}

function readText(absPath: string): string {
  const size = statSync(absPath).size
  if (size > MAX_FILE_BYTES) {
    throw new SourceError(`expected a data file of at most ${MAX_FILE_BYTES} bytes, found ${size} bytes`)
  }
  const bytes = readFileSync(absPath)
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    const lenient = new TextDecoder('utf-8').decode(bytes)
    const line = lenient.slice(0, lenient.indexOf('\uFFFD')).split('\n').length
    throw new SourceError('expected UTF-8 text, found bytes that are not valid UTF-8', line)
  }
}

function parseYaml(source: string) {
  const lineCounter = new LineCounter()
  const doc = parseDocument(source, { lineCounter, prettyErrors: true, uniqueKeys: true })
  const [first] = doc.errors
  if (first) {
    const line = first.linePos?.[0]?.line
    const reason = first.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')
    throw new SourceError(`expected valid YAML, found a syntax error: ${reason}`, line)
  }
  const lineOf = (path: FieldPath) => {
    const node = nearestNode(doc, path)
    const offset = node?.range?.[0]
    return offset === undefined ? undefined : lineCounter.linePos(offset).line
  }
  return { value: doc.toJS() as unknown, lineOf }
}

/** The node at `path`, or its closest ancestor that exists; for a map key, the key's own node. */
function nearestNode(doc: Document, path: FieldPath): Node | undefined {
  let node: unknown = doc.contents
  let found = node as Node | undefined
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => (item.key as { value?: unknown })?.value === key)
      if (!pair) break
      found = (pair.key as Node) ?? found
      node = pair.value
    } else if (isSeq(node) && typeof key === 'number' && node.items[key]) {
      node = node.items[key]
      found = node as Node
    } else break
  }
  return found
}

export function readYamlFile(absPath: string, file: string): SourceFile {
  const text = readText(absPath)
  const { value, lineOf } = parseYaml(text)
  return { file, value, body: '', lineOf }
}

export function readApiFile(absPath: string, file: string): SourceFile {
  const text = readText(absPath).replace(/^\uFEFF/, '')
  if (!text.trim()) throw new SourceError('expected YAML front matter between `---` lines, found an empty file')
  if (!/^---\r?\n/.test(text)) {
    throw new SourceError('expected the file to start with a `---` line opening the front matter', 1)
  }
  const closing = text.slice(3).search(/\r?\n---[ \t]*(\r?\n|$)/)
  if (closing < 0) throw new SourceError('expected a `---` line closing the front matter, found none', 1)
  let parsed: ReturnType<typeof parseYaml> | undefined
  // gray-matter splits the file; our engine parses with positions so fields can be located.
  const split = matter(text, {
    engines: {
      yaml: (frontMatter: string) => {
        // The front matter starts with the newline that ends the opening `---`, so its lines are the file's.
        parsed = parseYaml(frontMatter)
        return (parsed.value ?? {}) as object
      },
    },
  })
  if (!parsed) throw new SourceError('expected YAML front matter closed by a `---` line', 1)
  const { lineOf } = parsed
  // Body problems point at the body's first non-blank line.
  const bodyStart = text.length - split.content.trimStart().length
  const bodyLine = text.slice(0, bodyStart).split('\n').length
  return { file, value: parsed.value, body: split.content, lineOf: (path) => (path[0] === BODY ? bodyLine : lineOf(path)) }
}
