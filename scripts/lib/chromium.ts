/**
 * Debian's Chromium, never a downloaded browser, started headless with the flags that keep it off the
 * network (this machine's network is closed, and every refused connection costs time). Elsewhere,
 * CHROMIUM_PATH names another Chromium or Chrome binary.
 */
import { accessSync, constants, statSync } from 'node:fs'

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium'

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/** What to do when there is no browser at `path`, or undefined when it can be started. */
export function missingChromium(path: string = CHROMIUM): string | undefined {
  try {
    accessSync(path, constants.X_OK)
    if (statSync(path).isFile()) return undefined
  } catch {
    // not there or not executable: say how to get one
  }
  return `no Chromium at ${path}: install it with \`apt-get install chromium\`, or set CHROMIUM_PATH to a Chromium or Chrome binary`
}

/** The browser's path, or an error that says how to install it. */
export function chromiumPath(): string {
  const missing = missingChromium()
  if (missing) throw new Error(missing)
  return CHROMIUM
}
