/** First step of `npm test`: stops at once, with the command that installs it, when there is no browser. */
import { missingChromium } from '../lib/chromium.js'

const missing = missingChromium()
if (missing) {
  console.error(missing)
  process.exit(1)
}
