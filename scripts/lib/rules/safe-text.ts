import type { Rule } from './index.js'
import { dataTexts, withoutCode } from './texts.js'

/** Raw HTML would be live in the generated pages; `<https://…>` autolinks are plain markdown. */
const RAW_HTML = /<(?!https?:\/\/)[A-Za-z!/?]/
// `data:` is only dangerous as a link target; in prose it is usually a JSON key (`data:null`).
const SCRIPT_URL = /\b(?:javascript|vbscript):|\]\(\s*data:/i
const EVENT_HANDLER = /\bon[a-z]+\s*=/i

export const safeText: Rule = {
  name: 'safe-text',
  description: 'Data text is markdown only: no raw HTML, no event-handler attributes, no script URLs.',
  check({ dataset, report }) {
    for (const { source, path, text } of dataTexts(dataset)) {
      const live = withoutCode(text)
      if (RAW_HTML.test(live)) {
        report(source, path, `expected markdown without raw HTML (wrap code in backticks), found "${live.match(/<[^>\s]*/)?.[0]}"`)
      } else if (SCRIPT_URL.test(live)) {
        report(source, path, `expected only http(s) or site links, found a script URL "${live.match(SCRIPT_URL)?.[0]}"`)
      } else if (EVENT_HANDLER.test(live)) {
        report(source, path, `expected no event-handler attributes, found "${live.match(EVENT_HANDLER)?.[0]}"`)
      }
    }
  },
}
