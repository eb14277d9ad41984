/** The segment matrix and a segment page in Chromium: both halves of a cell lead to that direction's note. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { newPage, openCellNote, openSite, titleText, waitForTitle, type Site } from './site.js'

let site: Site
beforeAll(async () => {
  site = await openSite()
})
afterAll(async () => site?.close())

describe('segment matrix', () => {
  it('is reached from the top navigation and lists every segment type with 发 and 收 in each cell', async () => {
    const { page, errors } = await newPage(site)
    await page.goto(`${site.url}/`)
    await page.locator('.VPNavBar a[href="/segments"]').click()
    await page.waitForURL('**/segments')
    expect(await waitForTitle(page, '消息段支持矩阵')).toBe('消息段支持矩阵')
    const rows = page.locator('.vp-doc table tbody tr:has(a[href^="/segments/"])')
    expect(await rows.count()).toBeGreaterThanOrEqual(30)
    const napcatMface = page.locator('a[href="segments/mface#impl-napcat-receive"]')
    await expect(napcatMface.textContent()).resolves.toBe('收✕')
    await expect(napcatMface.getAttribute('title')).resolves.toBe('NapCat 接收：未实现')
    expect(errors).toEqual([])
  })

  it.each(['send', 'receive'])('opens the %s half of a cell in place, then follows it to that direction’s note', async (direction) => {
    const { page, errors } = await newPage(site)
    const anchor = `impl-lagrange-${direction}`
    const dialog = await openCellNote(site, page, '/segments', `segments/image#${anchor}`)
    await expect(dialog.locator('.cn-title').textContent()).resolves.toContain(`Lagrange.OneBot · ${direction === 'send' ? '发送' : '接收'}`)
    await dialog.locator('.cn-foot a').click()
    await page.waitForURL(`**/segments/image#${anchor}`)
    expect(await waitForTitle(page, 'image')).toBe('image')
    await expect(page.locator(`#${anchor}`).textContent()).resolves.toContain(direction === 'send' ? '发送' : '接收')
    await page.waitForFunction((id) => {
      const box = document.getElementById(id)?.getBoundingClientRect()
      return !!box && box.top >= 0 && box.top < window.innerHeight
    }, anchor)
    expect(errors).toEqual([])
  })
})

describe('segment page', () => {
  it('shows the field table, both examples, and what arrives instead of a type that is not received', async () => {
    const { page, errors } = await newPage(site)
    await page.goto(`${site.url}/segments/mface`)
    expect(await titleText(page)).toBe('mface')
    const fields = await page.locator('h2#fields + table tbody tr td:first-child').allTextContents()
    expect(fields).toEqual(expect.arrayContaining(['emoji_id', 'emoji_package_id', 'key']))
    await expect(page.locator('.language-json').first().textContent()).resolves.toContain('"type": "mface"')
    await expect(page.locator('.language-text').first().textContent()).resolves.toContain('[CQ:mface,')
    const napcatReceive = page.locator('h4#impl-napcat-receive ~ p').first()
    await expect(napcatReceive.textContent()).resolves.toContain('✕ 未实现')
    await expect(page.locator('.vp-doc a[href="/segments/image"]').count()).resolves.toBeGreaterThan(0) // via: image
    const edit = await page.locator('.edit-link a').getAttribute('href')
    expect(edit).toMatch(/\/edit\/main\/data\/segments\/mface\.md$/)
    expect(errors).toEqual([])
  })

  it('is listed on an implementation page with its coverage per direction', async () => {
    const { page, errors } = await newPage(site)
    await page.goto(`${site.url}/impl/lagrange`)
    await expect(page.locator('h2#segments').count()).resolves.toBe(1)
    await expect(page.locator('h2#segments ~ table').first().textContent()).resolves.toMatch(/发送.*接收/s)
    expect(errors).toEqual([])
  })
})
