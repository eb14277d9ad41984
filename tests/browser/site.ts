/** Shared setup for browser tests: the built site on loopback, one Chromium, and console-error capture. */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, BrowserContextOptions, Locator, Page } from 'playwright-core'
import { ROOT } from '../../scripts/lib/paths.js'
import { launch } from './browser.js'
import { serve } from '../../scripts/lib/static-server.js'

export const DIST = join(ROOT, '.vitepress/dist')

export interface Site {
  url: string
  browser: Browser
  close(): Promise<void>
}

export async function openSite(): Promise<Site> {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('no built site: run `npm run build` before the browser tests')
  const { url, server } = await serve(DIST)
  const browser = await launch()
  return {
    url,
    browser,
    async close() {
      await browser.close()
      server.close()
    },
  }
}

/** A new page that records console errors and uncaught exceptions; `context` sets e.g. the reader's locale. */
export async function newPage(site: Site, width = 1280, context: BrowserContextOptions = {}): Promise<{ page: Page; errors: string[] }> {
  const browserContext = await site.browser.newContext({ viewport: { width, height: 900 }, ...context })
  const page = await browserContext.newPage()
  const errors: string[] = []
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text())
  })
  page.on('pageerror', (err) => errors.push(err.message))
  return { page, errors }
}

/**
 * Opens a matrix page (`path`), clicks the cell linking to `href` and returns its note dialog once the
 * note has arrived (the notes are fetched on first use, so the page must be idle before the click).
 */
export async function openCellNote(site: Site, page: Page, path: string, href: string): Promise<Locator> {
  await page.goto(`${site.url}${path}`)
  await page.waitForLoadState('networkidle')
  await page.locator(`table a[href="${href}"]`).click()
  const dialog = page.locator('dialog.cell-note[open]')
  await dialog.locator('.cn-body.vp-doc').waitFor()
  return dialog
}

/** The visible text of the page's title, without VitePress's header-anchor glyph. */
export async function titleText(page: Page): Promise<string> {
  const text = (await page.locator('h1').first().textContent()) ?? ''
  return text.replace(/\u200b/g, '').trim()
}

/** Client-side navigation changes the URL before the page: wait until the title shows `expected`. */
export async function waitForTitle(page: Page, expected: string): Promise<string> {
  await page.waitForFunction(
    (want) => (document.querySelector('h1')?.textContent ?? '').replace(/\u200b/g, '').trim() === want,
    expected,
  )
  return titleText(page)
}
