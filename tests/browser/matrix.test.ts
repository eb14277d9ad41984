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
  page.locator('h2#cat-message ~ .mx table').first().locator('th').evaluateAll((ths) => ths.filter((th) => !(th as HTMLElement).hidden).map((th) => th.textContent?.trim()))
const ROWS = 'h2[id^="cat-"] ~ .mx:not([hidden]) tbody tr:not([hidden])'
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
    expect(await visibleHeaders(page)).toEqual(['API', 'NapCat', 'Lagrange.OneBot'])
    expect(errors).toEqual([])
  })

  it('filters by status, category and origin with the keyboard', async () => {
    const { page, errors } = await newPage(site)
    await page.goto(`${site.url}/matrix?status=major&cat=message&origin=onebot11`)
    const count = await visibleCount(page)
    expect(count).toBeGreaterThan(0)
    // Every visible row has a major mark in some shown column.
    const majors = await page.locator(ROWS).evaluateAll((rows) => rows.map((r) => r.querySelectorAll('td:not([hidden]) .st-major').length))
    expect(majors.length).toBe(count)
    for (const n of majors) expect(n).toBeGreaterThan(0)
    // Keyboard: focus the "full" status chip and press Space.
    await page.locator('[data-filter="status:full"]').focus()
    await page.keyboard.press('Space')
    await expect(page.locator('[data-filter="status:full"]').getAttribute('aria-pressed')).resolves.toBe('true')
    expect(new URL(page.url()).searchParams.get('status')).toBe('full,major')
    expect(await visibleCount(page)).toBeGreaterThan(count)
    expect(errors).toEqual([])
  })

  it('hides a category the filter empties, header row included', async () => {
    const { page } = await newPage(site)
    await page.goto(`${site.url}/matrix?q=group_notice`)
    await page.waitForFunction(() => document.querySelector('[data-testid="visible-count"]')?.textContent === '4')
    const message = page.locator('h2#cat-message ~ .mx table').first()
    expect(await message.isVisible()).toBe(false)
    expect(await page.locator('h2#cat-message').isVisible()).toBe(false)
    expect(await page.locator('h2#cat-group ~ .mx table').first().locator('thead').isVisible()).toBe(true)
  })
})
