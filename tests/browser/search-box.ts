/** Drives the site's search box the way a reader does and reads the result links in order. */
import type { Page } from 'playwright-core'

export async function searchResults(page: Page, query: string): Promise<string[]> {
  if (!(await page.locator('#localsearch-input').isVisible().catch(() => false))) {
    await page.locator('.VPNavBarSearch button').first().click()
    await page.locator('#localsearch-input').waitFor()
  }
  const input = page.locator('#localsearch-input')
  await input.fill('')
  await input.fill(query)
  // Results update after a debounce; wait until the list reflects this query.
  await page.waitForFunction(
    (q) => {
      const list = document.querySelector('#localsearch-list')
      const input = document.querySelector<HTMLInputElement>('#localsearch-input')
      return !!list && input?.value === q && (list.querySelectorAll('li').length > 0 || !!document.querySelector('.no-results'))
    },
    query,
  )
  await page.waitForTimeout(350)
  return page.locator('#localsearch-list li a').evaluateAll((links) =>
    links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
  )
}

/** The titles the listed results show, in order: a section's page heading, `>`, then its own heading. */
export async function resultTitles(page: Page): Promise<string[]> {
  return page.locator('#localsearch-list li a').evaluateAll((links) =>
    links.map((a) => Array.from(a.querySelectorAll('.titles .text'), (t) => t.textContent?.trim()).join(' > ')),
  )
}
