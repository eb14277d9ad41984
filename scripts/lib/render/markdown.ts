/** Small markdown writers shared by the page renderers. */

/**
 * Data text as markdown. Braces outside code spans are escaped, because the markdown renderer reads a
 * trailing `{...}` as HTML attributes and would swallow text such as `{user_id, nickname}`; a heading's
 * own `{#anchor}` in a description body is kept, since contributors write those on purpose. Text with
 * `{{ }}` is put in a `v-pre` block so Vue shows it literally instead of evaluating it; other text is
 * left plain, so the page stays static HTML that the client bundle does not have to repeat.
 */
export function text(markdown: string): string {
  const escaped = escapeBraces(markdown)
  return hasMustache(markdown) ? `<div v-pre>\n\n${escaped.trim()}\n\n</div>` : escaped
}

const hasMustache = (s: string) => /\{\{|\}\}/.test(s)

function escapeBraces(markdown: string): string {
  return markdown
    .split('\n')
    .map((line) => {
      const anchor = /^#{1,6} .*(\{#[A-Za-z0-9_-]+\})\s*$/.exec(line)?.[1]
      const head = anchor ? line.slice(0, line.lastIndexOf(anchor)) : line
      const escaped = head
        .split(/(`+[^`]*`+)/)
        .map((part, i) => (i % 2 === 1 ? part : part.replace(/[{}]/g, '\\$&')))
        .join('')
      return anchor ? escaped + anchor : escaped
    })
    .join('\n')
}

/** Text from data placed in a table cell: one line, pipes escaped, `{{ }}` kept literal. */
export function cell(markdown: string): string {
  const line = escapeBraces(markdown).replace(/\r?\n+/g, ' ').replace(/\|/g, '\\|').trim()
  return hasMustache(markdown) ? `<span v-pre>${line}</span>` : line
}

export const code = (text: string): string => (text.includes('`') ? `\`\` ${text} \`\`` : `\`${text}\``)

/**
 * A markdown table. Every pipe inside a cell is escaped here, code spans included (`number | string`),
 * since the table syntax splits on pipes before it reads code spans; pipes already escaped stay as they are.
 */
export function table(header: string[], rows: string[][], align?: ('l' | 'c' | 'r')[]): string {
  const rule = header.map((_, i) => ({ l: '---', c: ':---:', r: '---:' })[align?.[i] ?? 'l'])
  const escape = (c: string) => c.replace(/(?<!\\)\|/g, '\\|')
  return [header.map(escape), rule, ...rows.map((r) => r.map(escape))].map((r) => `| ${r.join(' | ')} |`).join('\n')
}

/** Title text for a markdown link, with quotes made safe. */
export const linkTitle = (text: string): string => `"${text.replace(/"/g, '\u201d')}"`

/** Front matter written as JSON, which is valid YAML and needs no quoting rules. */
export function frontMatter(fields: Record<string, unknown>): string {
  const lines = Object.entries(fields)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}: ${JSON.stringify(v)}`)
  return `---\n${lines.join('\n')}\n---\n`
}

export function shortCommit(commit: string): string {
  return commit.slice(0, 7)
}
