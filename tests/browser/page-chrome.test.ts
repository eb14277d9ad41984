/** What every page says around its content: the edit link, the last-updated date, and the 404 page. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { newPage, openSite, titleText, waitForTitle, type Site } from './site.js'

let site: Site
beforeAll(async () => {
  site = await openSite()
})
afterAll(async () => site?.close())

describe('edit link', () => {
  it('edits the page itself on a hand-written page', async () => {
    const { page, errors } = await newPage(site)
    await page.goto(`${site.url}/contributing`)
    const edit = page.locator('.edit-link a')
    expect((await edit.textContent())?.trim()).toBe('在 GitHub 上编辑此页')
    expect(await edit.getAttribute('href')).toMatch(/\/edit\/main\/docs\/contributing\.md$/)
    expect(errors).toEqual([])
  })

  it("edits the page's data on a generated page", async () => {
    const { page, errors } = await newPage(site)
    await page.goto(`${site.url}/api/send_like`)
    const edit = page.locator('.edit-link a')
    expect((await edit.textContent())?.trim()).toBe('在 GitHub 上编辑此页的数据')
    expect(await edit.getAttribute('href')).toMatch(/\/edit\/main\/data\/apis\/friend\/send_like\.md$/)
    expect(errors).toEqual([])
  })

  it('changes with the page on client-side navigation; an implementation page edits the implementations file', async () => {
    const { page, errors } = await newPage(site)
    await page.goto(`${site.url}/compare`)
    const edit = page.locator('.edit-link a')
    expect((await edit.textContent())?.trim()).toBe('在 GitHub 上编辑此页')
    await page.locator('.VPSidebar a[href="/impl/napcat"]').click()
    await waitForTitle(page, 'NapCat')
    expect((await edit.textContent())?.trim()).toBe('在 GitHub 上编辑此页的数据')
    expect(await edit.getAttribute('href')).toMatch(/\/edit\/main\/data\/implementations\.yaml$/)
    expect(errors).toEqual([])
  })

  it('is left out of the matrices, which no single file makes', async () => {
    const { page } = await newPage(site)
    for (const path of ['/matrix', '/segments']) {
      await page.goto(`${site.url}${path}`)
      await page.locator('h1').first().waitFor()
      await expect(page.locator('.edit-link a').count()).resolves.toBe(0)
    }
  })
})

describe('last-updated date', () => {
  it('reads zh-CN in a browser set to en-US', async () => {
    const timeZone = 'Asia/Shanghai'
    const { page, errors } = await newPage(site, 1280, { locale: 'en-US', timezoneId: timeZone })
    await page.goto(`${site.url}/api/send_like`)
    expect(await page.evaluate(() => navigator.language)).toBe('en-US')
    const time = page.locator('.VPLastUpdated time')
    // The date is filled in after mounting, so it follows the reader's time zone.
    await page.waitForFunction(() => !!document.querySelector('.VPLastUpdated time')?.textContent)
    const iso = (await time.getAttribute('datetime'))!
    const expected = new Intl.DateTimeFormat('zh-CN', { dateStyle: 'medium', timeZone }).format(new Date(iso))
    expect(expected).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日$/)
    expect(await time.textContent()).toBe(expected)
    expect(errors).toEqual([])
  })
})

describe('404 page', () => {
  it('says how API and segment addresses are made, and every address it gives exists', async () => {
    const { page } = await newPage(site)
    const missing = await page.goto(`${site.url}/api/ArkShareGroup`)
    expect(missing?.status()).toBe(404)
    const quote = (await page.locator('.NotFound .quote').textContent())?.trim() ?? ''
    expect(quote).toContain('ArkShareGroup 在 /api/arksharegroup')
    const addresses = quote.match(/\/(?:api|segments)\/[a-z0-9_-]+/g) ?? []
    expect(addresses).toEqual(['/api/arksharegroup', '/api/dot-handle_quick_operation', '/segments/image'])
    for (const address of addresses) {
      const found = await page.goto(`${site.url}${address}`)
      expect(found?.status(), address).toBe(200)
      await expect(page.locator('.NotFound').count()).resolves.toBe(0)
    }
    await page.goto(`${site.url}/api/arksharegroup`)
    expect(await titleText(page)).toBe('ArkShareGroup')
  })
})
