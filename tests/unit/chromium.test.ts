import { spawnSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { ROOT } from '../../scripts/lib/paths.js'

const NOWHERE = '/nonexistent/chromium'
const withBrowserAt = (path: string) => ({ cwd: ROOT, encoding: 'utf8' as const, env: { ...process.env, CHROMIUM_PATH: path } })

describe('a machine without Chromium', () => {
  it('is told the command that installs it, or how to point at another browser', () => {
    const run = spawnSync('npx', ['tsx', 'scripts/cli/check-chromium.ts'], withBrowserAt(NOWHERE))
    expect(run.status).toBe(1)
    expect(run.stderr.trim()).toBe(
      'no Chromium at /nonexistent/chromium: install it with `apt-get install chromium`, or set CHROMIUM_PATH to a Chromium or Chrome binary',
    )
  })

  it('accepts any executable file that CHROMIUM_PATH names', () => {
    const run = spawnSync('npx', ['tsx', 'scripts/cli/check-chromium.ts'], withBrowserAt(process.execPath))
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
  })

  it('stops npm test before the typecheck, unit tests and build', () => {
    // The timeout only matters if the check is broken: then npm test would run the whole suite.
    const run = spawnSync('npm', ['test'], { ...withBrowserAt(NOWHERE), timeout: 60_000 })
    expect(run.status).toBe(1)
    expect(run.stderr).toContain(`no Chromium at ${NOWHERE}: install it with \`apt-get install chromium\``)
    // npm announces each script it starts with "> <package>@<version> <script>": only `test` started.
    expect(run.stdout.match(/^> onebot-compat@\S+ \S+/gm)).toEqual([expect.stringMatching(/ test$/)])
  })
})
