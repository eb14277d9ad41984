/**
 * `npm run bench`: measures what the site costs its maintainers (validate + generate time, at the
 * real size and at 1×, 10× and 40× synthetic sizes; full build time) and its readers (first-visit
 * bytes, search index size, Lighthouse scores). Prints a table and writes bench-results/bench.json.
 * Figures, not assertions: the budgets test asserts the byte and score budgets.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { loadData } from '../lib/load.js'
import { ROOT } from '../lib/paths.js'
import { renderSite } from '../lib/site.js'
import { writeSite } from '../lib/write.js'
import { makeSyntheticData } from '../bench/synthetic.js'
import { firstVisitWeight, searchIndexBytes, type Weight } from '../bench/weight.js'
import { lighthouseScores, type Scores } from '../bench/lighthouse.js'
import { textTable } from './text-table.js'
import { serve } from '../lib/static-server.js'

const scratch = mkdtempSync(join(tmpdir(), 'onebot-compat-bench-'))
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

/** Validate (load + every rule) and generate (render + write) once, in milliseconds. */
function validateAndGenerate(root: string, docs: string): { ms: number; apis: number } {
  const start = performance.now()
  const { dataset, problems } = loadData(root)
  if (!dataset) throw new Error(`data under ${root} is invalid: ${problems[0]?.message}`)
  writeSite(docs, renderSite(dataset))
  return { ms: performance.now() - start, apis: dataset.apis.length }
}

function timeDataSet(root: string, runs: number): { apis: number; ms: number } {
  const results = Array.from({ length: runs }, (_, i) => validateAndGenerate(root, join(scratch, `docs-${Date.now()}-${i}`)))
  return { apis: results[0]!.apis, ms: median(results.map((r) => r.ms)) }
}

console.log('measuring validate + generate …')
timeDataSet(ROOT, 1) // warm-up: module loading and JIT are not the data's cost
const real = timeDataSet(ROOT, 5)
const synthetic = [1, 10, 40].map((factor) => {
  const root = join(scratch, `synthetic-${factor}`)
  makeSyntheticData(ROOT, factor, root)
  const result = timeDataSet(root, factor === 1 ? 5 : factor === 10 ? 3 : 1)
  rmSync(root, { recursive: true, force: true })
  return { factor, ...result }
})

console.log('measuring the full site build …')
execFileSync('npx', ['tsx', 'scripts/cli/generate.ts'], { cwd: ROOT, stdio: 'ignore' })
const dist = join(scratch, 'dist')
const buildStart = performance.now()
execFileSync('npx', ['vitepress', 'build', '--outDir', dist], { cwd: ROOT, stdio: 'ignore' })
const buildMs = performance.now() - buildStart

const PAGES = { matrix: '/matrix', segments: '/segments', events: '/events', api: '/api/send_msg', segment: '/segments/image', event: '/events/notice/group_ban', compare: '/compare' }
const weights = Object.fromEntries(Object.entries(PAGES).map(([k, p]) => [k, firstVisitWeight(dist, p)])) as Record<keyof typeof PAGES, Weight>
const searchIndex = searchIndexBytes(dist)

console.log('running Lighthouse …')
const { url, server } = await serve(dist)
// A performance score moves with whatever else the machine is doing: each page is scored three times
// and the median of each category is reported.
const RUNS = 3
const lighthouse: Record<string, Scores> = {}
for (const [key, path] of Object.entries(PAGES)) {
  const runs: Scores[] = []
  for (let i = 0; i < RUNS; i++) runs.push((await lighthouseScores(`${url}${path}`)).scores)
  lighthouse[key] = Object.fromEntries((Object.keys(runs[0]!) as (keyof Scores)[]).map((c) => [c, median(runs.map((r) => r[c]))])) as unknown as Scores
}
server.close()
rmSync(scratch, { recursive: true, force: true })

const base = synthetic[0]!
const results = {
  validate_generate: {
    real: { apis: real.apis, ms: Math.round(real.ms) },
    synthetic: synthetic.map((s) => ({
      factor: s.factor,
      apis: s.apis,
      ms: Math.round(s.ms),
      ms_per_api: +(s.ms / s.apis).toFixed(3),
      growth_vs_1x: +(s.ms / base.ms).toFixed(2),
    })),
  },
  site_build_ms: Math.round(buildMs),
  first_visit_gzip_bytes: weights,
  search_index_gzip_bytes: searchIndex,
  lighthouse,
}
mkdirSync(join(ROOT, 'bench-results'), { recursive: true })
writeFileSync(join(ROOT, 'bench-results/bench.json'), JSON.stringify(results, null, 2) + '\n')

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`
const rows: string[][] = [
  [`validate + generate, real data (${real.apis} APIs)`, `${Math.round(real.ms)} ms`],
  ...results.validate_generate.synthetic.map(
    (s) => [`validate + generate, synthetic ${s.factor}× (${s.apis} APIs)`, `${s.ms} ms (${s.ms_per_api} ms/API, ${s.growth_vs_1x}× the 1× time)`],
  ),
  ['full site build (VitePress), real data', `${(buildMs / 1000).toFixed(1)} s`],
  ...Object.entries(weights).map(
    ([k, w]) => [`first visit, ${k} page (gzip)`, `HTML ${kb(w.html)} + JS ${kb(w.js)} + CSS ${kb(w.css)} = ${kb(w.total)}`],
  ),
  ['search index (gzip)', kb(searchIndex)],
  ...Object.entries(lighthouse).map(
    ([k, s]) => [`Lighthouse, ${k} page (median of ${RUNS})`, `performance ${s.performance}, accessibility ${s.accessibility}, best practices ${s['best-practices']}, SEO ${s.seo}`],
  ),
]
console.log(`\n${textTable(['measure', 'figure'], rows)}`)
console.log('\nwritten to bench-results/bench.json')
