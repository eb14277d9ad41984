/** Debian's Chromium driven by playwright-core. */
import { chromium, type Browser } from 'playwright-core'
import { CHROMIUM, CHROMIUM_FLAGS } from '../../scripts/lib/chromium.js'

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS })
}
