/**
 * `npm run dev`: generates the pages, starts the VitePress dev server, and regenerates whenever a
 * data file changes, so the open page updates in the browser without a restart.
 */
import { watch } from 'node:fs'
import { join } from 'node:path'
import { createServer } from 'vitepress'
import { generate } from '../lib/generate.js'
import { ROOT } from '../lib/paths.js'
import { reportProblems } from './report-problems.js'

function regenerate(): void {
  const { problems, summary } = generate(ROOT)
  if (reportProblems(problems) || !summary) console.error('data has errors: pages were left as they were')
  else if (summary.written || summary.removed) console.log(`regenerated: ${summary.written} written, ${summary.removed} removed`)
}

regenerate()
let timer: NodeJS.Timeout | undefined
watch(join(ROOT, 'data'), { recursive: true }, () => {
  clearTimeout(timer)
  timer = setTimeout(regenerate, 100) // editors save in several steps
})
// A port chosen through PORT is kept or fails; the default moves on when taken.
const server = await createServer(ROOT, { port: Number(process.env.PORT ?? 5173), strictPort: process.env.PORT !== undefined })
await server.listen()
server.printUrls()
