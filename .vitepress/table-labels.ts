/**
 * A markdown-it rule for content tables of three or more columns: it labels each body cell with its
 * column's header text (`data-label`), so that on a phone the stylesheet can show every row as a card
 * of "label: value" lines instead of squeezing the columns to a few characters each. The matrices
 * (inside `<div class="mx">`) keep their own layout and are left alone.
 */
import type { MarkdownRenderer } from 'vitepress'

type Token = ReturnType<MarkdownRenderer['parse']>[number]

const plain = (inline: Token | undefined): string =>
  (inline?.children ?? [])
    .filter((t) => t.type === 'text' || t.type === 'code_inline')
    .map((t) => t.content)
    .join('')
    .trim()

export function tableLabels(md: MarkdownRenderer): void {
  md.core.ruler.push('table_labels', (state: { tokens: Token[] }) => {
    const tokens = state.tokens
    tokens.forEach((open, i) => {
      if (open.type !== 'table_open' || /class="mx"/.test(tokens[i - 1]?.content ?? '')) return
      const heads: string[] = []
      let j = i + 1
      for (; tokens[j] && tokens[j]!.type !== 'thead_close'; j++) {
        if (tokens[j]!.type === 'th_open') heads.push(plain(tokens[j + 1]))
      }
      if (heads.length < 3) return
      let column = 0
      for (; tokens[j] && tokens[j]!.type !== 'table_close'; j++) {
        if (tokens[j]!.type === 'tr_open') column = 0
        if (tokens[j]!.type === 'td_open') tokens[j]!.attrSet('data-label', heads[column++] ?? '')
      }
    })
  })
}
