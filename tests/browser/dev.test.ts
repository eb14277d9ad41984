/**
 * `npm run dev`: saving a data file updates the open page in the browser, without a restart or a
 * reload, and an invalid save is shown on the page until it is fixed. Runs the dev server on a scratch
 * copy of the project so the real data is never touched.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DATA_PROBLEMS_EVENT } from '../../scripts/lib/dev-problems.js'
import { listFiles } from '../../scripts/lib/files.js'
import { ROOT } from '../../scripts/lib/paths.js'
import { launch } from './browser.js'
import { DIST } from './site.js'

const PORT = 5391
let copy: string
let server: ChildProcess

beforeAll(async () => {
  copy = mkdtempSync(join(tmpdir(), 'onebot-compat-dev-'))
  for (const entry of ['data', 'docs', 'scripts', '.vitepress', 'package.json', 'tsconfig.json']) {
    cpSync(join(ROOT, entry), join(copy, entry), {
      recursive: true,
      filter: (src) => !/\.vitepress[\\/](cache|dist)/.test(src),
    })
  }
  symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'))
  server = spawn('npx', ['tsx', 'scripts/cli/dev.ts'], {
    cwd: copy,
    env: { ...process.env, PORT: String(PORT) },
    stdio: 'pipe',
    detached: true, // its own process group, so stopping it also stops the tsx and Vite processes under it
  })
  let output = ''
  server.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()))
  server.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()))
  // Poll the port rather than read the banner: with colours on (as under CI) the printed URL is
  // split by escape codes.
  const deadline = Date.now() + 120_000
  for (;;) {
    if (server.exitCode !== null) throw new Error(`dev server exited with ${server.exitCode}:\n${output}`)
    if (await responds(`http://localhost:${PORT}/`)) break
    if (Date.now() > deadline) throw new Error(`dev server did not answer within 120 s:\n${output}`)
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
}, 150_000)

async function responds(url: string): Promise<boolean> {
  try {
    return (await fetch(url)).ok
  } catch {
    return false
  }
}

afterAll(() => {
  if (server?.pid) process.kill(-server.pid)
  if (copy) rmSync(copy, { recursive: true, force: true })
})

describe('npm run dev', () => {
  it('shows a saved data file change in the open page without a reload', async () => {
    const browser = await launch()
    try {
      const page = await (await browser.newContext()).newPage()
      await page.goto(`http://localhost:${PORT}/api/send_like`)
      const summary = page.locator('.vp-doc p strong').first()
      await summary.waitFor()
      expect(await summary.textContent()).toBe('好友点赞')
      // A marker on window survives hot updates but not a full reload.
      await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1))
      const file = join(copy, 'data/apis/friend/send_like.md')
      writeFileSync(file, readFileSync(file, 'utf8').replace('title: 好友点赞', 'title: 好友点赞（已修改）'))
      await page.waitForFunction(() => document.querySelector('.vp-doc p strong')?.textContent === '好友点赞（已修改）', null, { timeout: 60_000 })
      expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1)
    } finally {
      await browser.close()
    }
  }, 120_000)

  it('shows an invalid save in a banner, across reloads, until the file is fixed', async () => {
    const browser = await launch()
    const file = join(copy, 'data/apis/friend/send_like.md')
    const valid = readFileSync(file, 'utf8')
    try {
      const page = await (await browser.newContext()).newPage()
      await page.goto(`http://localhost:${PORT}/api/send_like`)
      await page.locator('.vp-doc p strong').first().waitFor()
      const banner = page.locator('.data-problems')
      expect(await banner.count()).toBe(0)

      // The first supported implementation's status gets a typo; the banner names its line.
      const line = valid.slice(0, valid.indexOf('    status: full\n')).split('\n').length
      writeFileSync(file, valid.replace('    status: full\n', '    status: ful\n'))
      await banner.waitFor({ timeout: 60_000 })
      const text = (await banner.textContent()) ?? ''
      expect(text).toContain('数据有错，页面停留在上次成功生成的版本。')
      expect(text).toContain(`data/apis/friend/send_like.md:${line}: [schema] support.napcat.status: expected one of full, minor, major, none, unknown, found "ful"`)

      // A page opened while the data is broken shows it too.
      await page.reload()
      await banner.waitFor({ timeout: 30_000 })
      expect(await banner.textContent()).toContain('support.napcat.status')

      writeFileSync(file, valid)
      await banner.waitFor({ state: 'detached', timeout: 60_000 })
    } finally {
      writeFileSync(file, valid)
      await browser.close()
    }
  }, 180_000)

  it('is left out of the built site', () => {
    const assets = listFiles(join(DIST, 'assets')).filter((f) => f.endsWith('.js'))
    expect(assets.length).toBeGreaterThan(0)
    expect(assets.filter((f) => readFileSync(f, 'utf8').includes(DATA_PROBLEMS_EVENT))).toEqual([])
  })
})
