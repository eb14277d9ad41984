/**
 * `npm run dev`: generates the pages, starts the VitePress dev server, and regenerates whenever a
 * data file changes, so the open page updates in the browser without a restart. While the data has
 * errors, the open page shows them in a banner (the theme's DataProblems) until a save fixes them.
 */
import { watch } from 'node:fs'
import { join } from 'node:path'
import { createServer } from 'vitepress'
import { DATA_PROBLEMS_EVENT, DATA_PROBLEMS_REQUEST } from '../lib/dev-problems.js'
import { generate } from '../lib/generate.js'
import { ROOT } from '../lib/paths.js'
import { formatProblem } from '../lib/problems.js'
import { reportProblems } from './report-problems.js'

/** The errors of the last regeneration, as printed; empty once the data is valid again. */
let errors: string[] = []
let server: Awaited<ReturnType<typeof createServer>> | undefined

function regenerate(): void {
  const { problems, summary } = generate(ROOT)
  if (reportProblems(problems) || !summary) console.error('data has errors: pages were left as they were')
  else if (summary.written || summary.removed) console.log(`regenerated: ${summary.written} written, ${summary.removed} removed`)
  errors = summary ? [] : problems.filter((p) => p.severity === 'error').map(formatProblem)
  server?.ws.send(DATA_PROBLEMS_EVENT, errors)
}

regenerate()
let timer: NodeJS.Timeout | undefined
watch(join(ROOT, 'data'), { recursive: true }, () => {
  clearTimeout(timer)
  timer = setTimeout(regenerate, 100) // editors save in several steps
})
// A port chosen through PORT is kept or fails; the default moves on when taken.
server = await createServer(ROOT, { port: Number(process.env.PORT ?? 5173), strictPort: process.env.PORT !== undefined })
server.ws.on(DATA_PROBLEMS_REQUEST, (_data, client) => client.send(DATA_PROBLEMS_EVENT, errors))
await server.listen()
server.printUrls()
