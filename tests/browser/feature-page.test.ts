/**
 * Feature and implementation pages as a reader sees them: the answer first (a status strip), only what
 * differs in an implementation's tables, no table clipped at 1280 or 390 px, and implementation pages
 * that say why each API is listed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { newPage, openSite, type Site } from './site.js'

let site: Site
beforeAll(async () => {
  site = await openSite()
})
afterAll(async () => site?.close())

/** Content tables (not the matrices) whose content is wider than their box, and the page's own overflow. */
function clipping(page: Page) {
  return page.evaluate(() => ({
    pageOverflow: document.documentElement.scrollWidth - window.innerWidth,
    clipped: Array.from(document.querySelectorAll<HTMLTableElement>('.vp-doc table'))
      .filter((t) => t.scrollWidth > t.clientWidth + 1 || t.getBoundingClientRect().right > window.innerWidth + 1)
      .map((t) => t.rows[0]?.textContent?.slice(0, 40)),
  }))
}

describe('an API page', () => {
  it('opens with every implementation\'s mark and what differs, each linking to its section, in the first screen', async () => {
    const { page, errors } = await newPage(site, 1280)
    await page.goto(`${site.url}/api/send_msg`)
    const items = page.locator('.strip li')
    expect(await items.count()).toBe(8)
    const first = (await items.first().boundingBox())!
    expect(first.y).toBeLessThan(800)
    const napcat = items.filter({ hasText: 'NapCat' })
    expect(await napcat.locator('a').getAttribute('href')).toBe('#impl-napcat')
    expect(await napcat.locator('.st').getAttribute('class')).toBe('st st-minor')
    expect(await napcat.locator('.strip-what').textContent()).toContain('参数新增')
    // A one-word name stays on one line (never `Lagrange.OneBo` + `t`); only a name with a space may wrap.
    const lineHeight = (await napcat.locator('a').first().boundingBox())!.height
    for (const name of ['Lagrange.OneBot', 'LuckyLilliaBot']) {
      expect((await items.filter({ hasText: name }).locator('a').first().boundingBox())!.height).toBe(lineHeight)
    }
    // The strip comes before the parameters and the notes.
    const order = await page.evaluate(() => {
      const strip = document.querySelector('.strip')!
      return [document.querySelector('#params')!, document.querySelector('#notes')!].every((h) => strip.compareDocumentPosition(h) & Node.DOCUMENT_POSITION_FOLLOWING)
    })
    expect(order).toBe(true)
    expect(errors).toEqual([])
  })

  it("lists in an implementation's parameter table only what differs from the reference", async () => {
    const { page } = await newPage(site, 1280)
    await page.goto(`${site.url}/api/send_msg`)
    const rows = await page.locator('h3#impl-napcat ~ table').first().locator('tbody tr').allTextContents()
    expect(rows.length).toBeGreaterThan(0)
    for (const row of rows) expect(row).toMatch(/新增|改名|不支持|忽略|默认值|类型|必填|可选|取值/)
    expect(rows.join('')).not.toContain('同标准')
  })

  it.each([1280, 390])('clips no table at %i px: long cells wrap', async (width) => {
    const { page } = await newPage(site, width)
    for (const path of ['/api/send_msg', '/api/get_group_member_info', '/segments/image']) {
      await page.goto(`${site.url}${path}`)
      const c = await clipping(page)
      expect(c.pageOverflow, path).toBeLessThanOrEqual(0)
      expect(c.clipped, path).toEqual([])
    }
  })

  it('turns a wide table into labelled cards on a phone', async () => {
    const { page } = await newPage(site, 390)
    await page.goto(`${site.url}/api/send_msg`)
    const cell = page.locator('#target-resolution ~ table tbody tr').first().locator('td').nth(1)
    const label = await cell.evaluate((td) => getComputedStyle(td, '::before').content)
    expect(label).toContain('message_type')
    expect(await cell.evaluate((td) => getComputedStyle(td).display)).toBe('block')
  })
})

describe('an implementation page', () => {
  it('lists the go-cqhttp extensions it lacks, each with its mark, name, title and why', async () => {
    const { page, errors } = await newPage(site, 1280)
    await page.goto(`${site.url}/impl/lagrange`)
    const items = page.locator('h2#missing-go-cqhttp + p + ul > li')
    expect(await items.count()).toBeGreaterThan(10)
    for (const text of await items.allTextContents()) expect(text).toMatch(/^\S.*[a-z_]+ .+：.+/)
    const folder = items.filter({ hasText: 'delete_group_folder' })
    expect(await folder.textContent()).toContain('delete_group_file_folder')
    expect(await page.locator('h2#own-extensions + ul > li').first().locator('.st').count()).toBe(1)
    expect(errors).toEqual([])
  })
})
