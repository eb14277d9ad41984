/** Small markdown writers shared by the page renderers. */

/** Text from data placed in a table cell: one line, pipes escaped. */
export function cell(text: string): string {
  return text.replace(/\r?\n+/g, ' ').replace(/\|/g, '\\|').trim()
}

export const code = (text: string): string => (text.includes('`') ? `\`\` ${text} \`\`` : `\`${text}\``)

export function table(header: string[], rows: string[][], align?: ('l' | 'c' | 'r')[]): string {
  const rule = header.map((_, i) => ({ l: '---', c: ':---:', r: '---:' })[align?.[i] ?? 'l'])
  return [header, rule, ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n')
}

/** Title text for a markdown link, with quotes made safe. */
export const linkTitle = (text: string): string => `"${text.replace(/"/g, '\u201d')}"`

/**
 * Data text is shown literally, never evaluated by Vue: content built from data sits in a `v-pre`
 * block, so `{{ }}` in a note stays text. Blank lines keep the markdown inside it parsed.
 */
export const literal = (markdown: string): string => `<div v-pre>\n\n${markdown.trim()}\n\n</div>`

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
