/** Lighthouse scores for a page, run with Debian's Chromium. */
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { CHROMIUM_FLAGS, chromiumPath } from '../lib/chromium.js'

export interface Scores {
  performance: number
  accessibility: number
  'best-practices': number
  seo: number
}

export async function lighthouseScores(url: string): Promise<{ scores: Scores; failing: string[] }> {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath(),
    chromeFlags: CHROMIUM_FLAGS,
  })
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      // A desktop profile without network throttling: the site is served from this machine.
      formFactor: 'desktop',
      screenEmulation: { mobile: false, width: 1350, height: 940, deviceScaleFactor: 1, disabled: false },
      throttlingMethod: 'provided',
    })
    if (!result) throw new Error(`lighthouse returned nothing for ${url}`)
    const { categories, audits } = result.lhr
    const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100)
    const failing = Object.values(categories)
      .filter((c) => c.id === 'accessibility' || c.id === 'seo')
      .flatMap((c) => c.auditRefs.filter((r) => r.weight > 0 && (audits[r.id]?.score ?? 1) < 1).map((r) => `${c.id}: ${r.id}`))
    return {
      scores: { performance: score('performance'), accessibility: score('accessibility'), 'best-practices': score('best-practices'), seo: score('seo') },
      failing,
    }
  } finally {
    await chrome.kill()
  }
}
