/**
 * The event matrix and an event page in Chromium: a cell says how many sub_types it emits, the switch
 * shows a row per sub_type (and keeps that in the address), a cell opens its note in place, and the page
 * shows the sub_type grid and a payload.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { newPage, openCellNote, openSite, titleText, waitForTitle, type Site } from './site.js'

let site: Site
beforeAll(async () => {
  site = await openSite()
})
afterAll(async () => site?.close())

/** Sub_type rows the reader can see. */
const visibleSubRows = (page: import('playwright-core').Page) =>
  page.locator('.mx tr:has(.mx-subrow)').evaluateAll((rows) => rows.filter((r) => (r as HTMLElement).offsetHeight > 0).length)

describe('event matrix', () => {
  it('is reached from the top navigation, grouped by post_type, and counts emitted sub_types in a cell', async () => {
    const { page, errors } = await newPage(site)
    await page.goto(`${site.url}/`)
    await page.locator('.VPNavBar a[href="/events"]').click()
    await page.waitForURL('**/events')
    expect(await waitForTitle(page, '事件支持矩阵')).toBe('事件支持矩阵')
    const headings = await page.locator('.vp-doc h2[id^="post-"]').evaluateAll((hs) => hs.map((h) => h.id))
    expect(headings).toEqual(['post-message', 'post-message_sent', 'post-notice', 'post-request', 'post-meta_event'])
    const tanebiBan = page.locator('a[href="events/notice/group_ban#impl-tanebi"]')
    await expect(tanebiBan.textContent()).resolves.toBe('!1/2')
    await expect(tanebiBan.getAttribute('title')).resolves.toBe('tanebi：严重差异，发出 1/2 个子类型')
    expect(errors).toEqual([])
  })

  it('shows a row per sub_type when switched on, keeps the choice in the address, and hides them again', async () => {
    const { page, errors } = await newPage(site)
    await page.goto(`${site.url}/events`)
    await page.waitForLoadState('networkidle')
    expect(await visibleSubRows(page)).toBe(0)
    await page.locator('.sub-type-switch input').check()
    await page.waitForURL('**/events?sub_types=1')
    const banRows = page.locator('h2#post-notice ~ .mx tr:has(.mx-subrow)', { hasText: 'lift_ban' })
    await expect(banRows.first().locator('.sub-renamed').textContent()).resolves.toBe('→ lift')
    expect(await visibleSubRows(page)).toBeGreaterThan(20)
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0)
    // Shared with the switch on, the address opens the same view.
    const other = await newPage(site)
    await other.page.goto(`${site.url}/events?sub_types=1`)
    await other.page.waitForLoadState('networkidle')
    expect(await visibleSubRows(other.page)).toBeGreaterThan(20)
    await page.locator('.sub-type-switch input').uncheck()
    await page.waitForURL((url) => !url.search.includes('sub_types'))
    expect(await visibleSubRows(page)).toBe(0)
    expect([...errors, ...other.errors]).toEqual([])
  })

  it('fits a phone with the sub_type rows shown', async () => {
    const { page, errors } = await newPage(site, 390)
    await page.goto(`${site.url}/events?sub_types=1`)
    await page.waitForLoadState('networkidle')
    expect(await visibleSubRows(page)).toBeGreaterThan(20)
    const overflow = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth - window.innerWidth,
      widest: Math.max(...Array.from(document.querySelectorAll('.mx table')).map((t) => t.getBoundingClientRect().right)),
    }))
    expect(overflow.page).toBeLessThanOrEqual(0)
    expect(overflow.widest).toBeLessThanOrEqual(390)
    expect(errors).toEqual([])
  })

  it('opens a cell in place with its sub_type rename, then follows it to the note on the event page', async () => {
    const { page, errors } = await newPage(site)
    const dialog = await openCellNote(site, page, '/events', 'events/notice/group_ban#impl-tanebi')
    await expect(dialog.locator('.cn-body').textContent()).resolves.toContain('子类型改名：lift_ban → lift')
    await dialog.locator('.cn-foot a').click()
    await page.waitForURL('**/events/notice/group_ban#impl-tanebi')
    expect(await waitForTitle(page, 'notice.group_ban')).toBe('notice.group_ban')
    expect(errors).toEqual([])
  })
})

describe('event page', () => {
  it('shows the fields, the sub_type grid, a payload and each implementation’s emitted sub_types', async () => {
    const { page, errors } = await newPage(site)
    await page.goto(`${site.url}/events/notice/group_ban`)
    expect(await titleText(page)).toBe('notice.group_ban')
    const fields = await page.locator('h2#fields ~ table').first().locator('tbody td:first-child').allTextContents()
    expect(fields).toEqual(['group_id', 'operator_id', 'user_id', 'duration'])
    const grid = page.locator('h2#sub-types ~ table').first()
    await expect(grid.locator('thead th').allTextContents()).resolves.toEqual(['子类型', '含义', '来源', 'go-cqhttp', 'go-cqhttp (LagrangeGo)', 'NapCat', 'SnowLuma', 'Lagrange.OneBot', 'LLOneBot', 'LuckyLilliaBot', 'tanebi'])
    await expect(grid.locator('tbody tr', { hasText: 'lift_ban' }).locator('td').last().textContent()).resolves.toBe('→ lift')
    await expect(page.locator('.language-json').first().textContent()).resolves.toContain('"notice_type": "group_ban"')
    await expect(page.locator('h3#impl-tanebi ~ p', { hasText: '发出的子类型' }).first().textContent()).resolves.toContain('ban、lift')
    const edit = await page.locator('.edit-link a').getAttribute('href')
    expect(edit).toMatch(/\/edit\/main\/data\/events\/notice\/group_ban\.md$/)
    expect(errors).toEqual([])
  })

  it('is listed on an implementation page, where a standard event it never posts is named', async () => {
    const { page, errors } = await newPage(site)
    await page.goto(`${site.url}/impl/tanebi`)
    const section = page.locator('h2#events ~ ul').first()
    await expect(section.textContent()).resolves.toContain('notice.friend_add')
    await page.locator('h2#events ~ ul a[href="/events/notice/friend_add#impl-tanebi"]').click()
    await page.waitForURL('**/events/notice/friend_add#impl-tanebi')
    expect(await waitForTitle(page, 'notice.friend_add')).toBe('notice.friend_add')
    expect(errors).toEqual([])
  })
})
