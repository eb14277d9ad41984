import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { newPage, openSite, titleText, waitForTitle, type Site } from './site.js'

let site: Site
beforeAll(async () => {
  site = await openSite()
})
afterAll(async () => site?.close())

describe('matrix → API page → implementation note', () => {
  it("follows an API link, and a cell's note on to its section of the API page, with no console error", async () => {
    const { page, errors } = await newPage(site)
    await page.goto(`${site.url}/matrix`)
    await page.waitForLoadState('networkidle')
    expect(await titleText(page)).toContain('支持矩阵')
    const rows = await page.locator('.mx table tbody tr').count()
    expect(rows).toBeGreaterThan(100)

    await page.locator('table a[href="/api/send_msg"]').first().click()
    await page.waitForURL('**/api/send_msg')
    expect(await waitForTitle(page, 'send_msg')).toBe('send_msg')
    await expect(page.locator('#impl-napcat').count()).resolves.toBe(1)

    await page.goBack()
    await page.waitForURL('**/matrix')
    await page.waitForLoadState('networkidle')
    await page.locator('table a[href="api/send_msg#impl-lagrange"]').first().click()
    await page.locator('dialog.cell-note[open] .cn-foot a').click()
    await page.waitForURL('**/api/send_msg#impl-lagrange')
    const heading = page.locator('#impl-lagrange')
    await expect(heading.textContent()).resolves.toContain('Lagrange.OneBot')
    await page.waitForFunction(() => {
      const box = document.getElementById('impl-lagrange')?.getBoundingClientRect()
      return !!box && box.top >= 0 && box.top < window.innerHeight
    })
    expect(errors).toEqual([])
  })

  it('points the edit link of an API page at its data file', async () => {
    const { page, errors } = await newPage(site)
    await page.goto(`${site.url}/api/underscore-send_group_notice`)
    expect(await titleText(page)).toBe('_send_group_notice')
    const edit = await page.locator('.edit-link a').getAttribute('href')
    expect(edit).toMatch(/\/edit\/main\/data\/apis\/group\/underscore-send_group_notice\.md$/)
    await expect(page.locator('.VPLastUpdated').count()).resolves.toBe(1)
    expect(errors).toEqual([])
  })

  it('links the home page to the matrix and to every implementation page', async () => {
    const { page, errors } = await newPage(site)
    await page.goto(`${site.url}/`)
    for (const id of ['go-cqhttp', 'go-cqhttp-lagrangego', 'napcat', 'snowluma', 'lagrange', 'llonebot', 'luckylilliabot', 'tanebi']) {
      await expect(page.locator(`.vp-doc a[href="/impl/${id}"]`).count()).resolves.toBeGreaterThan(0)
    }
    await page.locator('.VPHero a[href="/matrix"]').click()
    await page.waitForURL('**/matrix')
    await page.goto(`${site.url}/impl/napcat`)
    await expect(page.locator('#coverage').count()).resolves.toBe(1)
    expect(errors).toEqual([])
  })
})
