/**
 * Version history as a reader meets it: "my version" on the matrix marks what a release does not have yet
 * (and keeps the choice in the address), a cell's note and an API page say since which release, and an
 * implementation page lists what recent releases added.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { newPage, openCellNote, openSite, type Site } from './site.js'

let site: Site
beforeAll(async () => {
  site = await openSite()
})
afterAll(async () => site?.close())

const later = (page: import('playwright-core').Page, href: string) => page.locator(`.mx a[href="${href}"]`).evaluate((el) => el.classList.contains('st-later'))

describe('my version on the matrix', () => {
  it('marks the cells an old release does not have, not the ones it has, and keeps the choice in the address', async () => {
    const { page, errors } = await newPage(site)
    await page.goto(`${site.url}/matrix`)
    await page.waitForLoadState('networkidle')
    await page.getByTestId('version-impl').selectOption('napcat')
    await page.getByTestId('version-tag').locator('option[value="v1.0.0"]').waitFor({ state: 'attached' })
    await page.getByTestId('version-tag').selectOption('v1.0.0')
    await page.waitForURL((url) => url.searchParams.get('version') === 'napcat@v1.0.0')
    await expect(page.getByTestId('version-result').textContent()).resolves.toMatch(/NapCat v1\.0\.0 还没有其中 \d+ 个 API/)
    expect(await later(page, 'api/get_group_album_media_list#impl-napcat')).toBe(true) // since v4.8.102
    expect(await later(page, 'api/send_msg#impl-napcat')).toBe(false) // there from the first readable release
    expect(await later(page, 'api/send_msg#impl-lagrange')).toBe(false) // another column is left alone
    // The shared address opens the same view.
    const other = await newPage(site)
    await other.page.goto(`${site.url}/matrix?version=napcat@v1.0.0`)
    await other.page.waitForLoadState('networkidle')
    await other.page.getByTestId('version-result').waitFor()
    expect(await later(other.page, 'api/get_group_album_media_list#impl-napcat')).toBe(true)
    // Back to the audited version: nothing is marked.
    await page.getByTestId('version-tag').selectOption('')
    expect(await page.locator('.mx a.st-later').count()).toBe(0)
    expect([...errors, ...other.errors]).toEqual([])
  })
})

describe('since on pages', () => {
  it('says since which release on the API page and in the cell note', async () => {
    const { page, errors } = await newPage(site)
    await page.goto(`${site.url}/api/get_group_album_media_list`)
    await expect(page.locator('h3#impl-napcat ~ p').first().textContent()).resolves.toContain('起始版本：自 v4.8.102 起')
    const dialog = await openCellNote(site, page, '/matrix', 'api/get_group_album_media_list#impl-napcat')
    await expect(dialog.locator('.cn-body').textContent()).resolves.toContain('自 v4.8.102 起')
    expect(errors).toEqual([])
  })

  it('lists what recent releases added on the implementation page, and says why there is none for tanebi', async () => {
    const { page, errors } = await newPage(site)
    await page.goto(`${site.url}/impl/napcat`)
    await expect(page.locator('h2#releases').count()).resolves.toBe(1)
    await expect(page.locator('h2#releases ~ p').filter({ hasText: '新增：' }).count()).resolves.toBeGreaterThan(3)
    await page.goto(`${site.url}/impl/tanebi`)
    await expect(page.locator('h2#releases + p').textContent()).resolves.toContain('没有可读的发布标签')
    expect(errors).toEqual([])
  })
})
