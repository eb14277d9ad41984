/** The matrix's filters, in Chromium: columns, statuses, text, shareable URLs, keyboard, small screens. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { newPage, openSite, type Site } from './site.js'

let site: Site
beforeAll(async () => {
  site = await openSite()
})
afterAll(async () => site?.close())

const visibleCount = async (page: Page) => Number(await page.locator('[data-testid="visible-count"]').textContent())
const visibleHeaders = (page: Page) =>
  page.locator('h2#cat-message ~ table').first().locator('th').evaluateAll((ths) => ths.filter((th) => !(th as HTMLElement).hidden).map((th) => th.textContent?.trim()))
const ROWS = 'h2[id^="cat-"] ~ table:not([hidden]) tbody tr:not([hidden])'
const visibleRows = (page: Page) => page.locator(ROWS).count()

describe('support matrix filters', () => {
  it('serves complete tables without JavaScript', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${site.url}/matrix`)
    const apiRows = await page.locator('.vp-doc table tbody tr:has(a[href^="/api/"])').count()
    expect(apiRows).toBeGreaterThan(200)
    await context.close()
  })

  it('filters by text and keeps the filter in the URL', async () => {
    const { page, errors } = await newPage(site)
    await page.goto(`${site.url}/matrix`)
    const total = await visibleCount(page)
    await page.locator('#mf-q').fill('group_notice')
    await page.waitForFunction(() => document.querySelector('[data-testid="visible-count"]')?.textContent === '4')
    expect(await visibleRows(page)).toBe(4)
    expect(new URL(page.url()).searchParams.get('q')).toBe('group_notice')
    await page.reload()
    expect(await visibleCount(page)).toBe(4)
    expect(await page.locator('#mf-q').inputValue()).toBe('group_notice')
    await page.locator('.mf-reset').click()
    expect(await visibleCount(page)).toBe(total)
    expect(new URL(page.url()).search).toBe('')
    expect(errors).toEqual([])
  })

  it('shows only the chosen implementations as columns, from a shared URL', async () => {
    const { page, errors } = await newPage(site)
    await page.goto(`${site.url}/matrix?impl=napcat,lagrange`)
    await page.waitForFunction(() => document.querySelector('[data-filter="impl:go-cqhttp"]')?.getAttribute('aria-pressed') === 'false')
    expect(await visibleHeaders(page)).toEqual(['API', '名称', 'NapCat', 'Lagrange.OneBot', '来源'])
    expect(errors).toEqual([])
  })

  it('filters by status, category and origin with the keyboard', async () => {
    const { page, errors } = await newPage(site)
    await page.goto(`${site.url}/matrix?status=major&cat=message&origin=onebot11`)
    const count = await visibleCount(page)
    expect(count).toBeGreaterThan(0)
    // Every visible row has a ⚠️ in some shown column.
    const rows = await page.locator(ROWS).allTextContents()
    expect(rows.length).toBe(count)
    for (const row of rows) expect(row).toContain('⚠️')
    // Keyboard: focus the "full" status chip and press Space.
    await page.locator('[data-filter="status:full"]').focus()
    await page.keyboard.press('Space')
    await expect(page.locator('[data-filter="status:full"]').getAttribute('aria-pressed')).resolves.toBe('true')
    expect(new URL(page.url()).searchParams.get('status')).toBe('full,major')
    expect(await visibleCount(page)).toBeGreaterThan(count)
    expect(errors).toEqual([])
  })

  it('keeps the header row and the API column visible while scrolling through a long table', async () => {
    const { page } = await newPage(site)
    await page.goto(`${site.url}/matrix`)
    const table = page.locator('h2#cat-group ~ table').first()
    await table.scrollIntoViewIfNeeded()
    await table.evaluate((t) => t.scrollBy(200, 600))
    const [tableBox, headerBox, nameBox] = await Promise.all([
      table.boundingBox(),
      table.locator('thead th').first().boundingBox(),
      table.locator('tbody tr').nth(20).locator('td').first().boundingBox(),
    ])
    expect(await table.evaluate((t) => t.scrollTop)).toBeGreaterThan(0)
    expect(Math.abs(headerBox!.y - tableBox!.y)).toBeLessThan(2)
    expect(Math.abs(nameBox!.x - tableBox!.x)).toBeLessThan(2)
  })

  it('fits a 375 px wide phone: the page does not scroll sideways, tables scroll in their own box', async () => {
    const { page, errors } = await newPage(site, 375)
    await page.goto(`${site.url}/matrix`)
    const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, viewport: window.innerWidth }))
    expect(widths.page).toBeLessThanOrEqual(widths.viewport)
    const table = page.locator('h2#cat-message ~ table').first()
    const overflow = await table.evaluate((t) => getComputedStyle(t).overflowX)
    expect(overflow).toBe('auto')
    expect(errors).toEqual([])
  })
})
