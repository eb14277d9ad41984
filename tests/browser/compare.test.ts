/** Compare A → B in Chromium: behaviours first, groups worst first with reasons, URL state, keyboard, height. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { newPage, openSite, waitForTitle, type Site } from './site.js'

let site: Site
beforeAll(async () => {
  site = await openSite()
})
afterAll(async () => site?.close())

const items = (group: string) => `[data-group="${group}"] [data-item]`

async function openPair(page: Page, from: string, to: string) {
  await page.goto(`${site.url}/compare?from=${from}&to=${to}`)
  await page.waitForSelector('[data-testid="compare-summary"]')
}

describe('compare', () => {
  it('go-cqhttp → Lagrange.OneBot: behaviours first, then groups worst first, each item with its reason', async () => {
    const { page, errors } = await newPage(site)
    await openPair(page, 'go-cqhttp', 'lagrange')

    const groups = await page.locator('[data-group]').evaluateAll((els) => els.map((el) => el.getAttribute('data-group')))
    expect(groups).toEqual(['behaviours', 'breaks', 'differs', 'same', 'gained'])
    const topics = await page.locator('[data-group="behaviours"] [data-topic]').evaluateAll((els) => els.map((el) => el.getAttribute('data-topic')))
    expect(topics.slice(0, 5)).toEqual(['消息 ID', 'CQ 码字符串', '消息格式', '响应结构', '错误码'])

    // The break the issue names: a bot reading go-cqhttp's `messages` finds Lagrange.OneBot's `message`.
    const forward = page.locator(`${items('breaks')}[data-name="get_forward_msg"]`)
    await expect.poll(() => forward.count()).toBe(1)
    const reason = (await forward.locator('.compare-reason').first().textContent()) ?? ''
    expect(reason).toMatch(/messages.*Lagrange\.OneBot.*message/)
    expect(await page.locator(`${items('breaks')}[data-name="get_image"]`).count()).toBe(1) // go-cqhttp has it, Lagrange.OneBot not
    expect(await page.locator(`${items('gained')}[data-name="send_like"]`).count()).toBe(1) // the other way round

    // Every item says why: its own reason line, or the reason heading of the list it sits in.
    const withoutReason = await page.locator('[data-item]').evaluateAll((els) =>
      els
        .filter((el) => {
          const own = el.querySelector('.compare-reason')?.textContent?.trim()
          const shared = el.closest('.compare-by-reason')?.querySelector(':scope > .compare-reason')?.textContent?.trim()
          return !own && !shared
        })
        .map((el) => el.getAttribute('data-name')),
    )
    expect(withoutReason).toEqual([])

    // "Same" and "gained" are collapsed; the counts in the summary are the items listed.
    expect(await page.locator('[data-group="same"] details').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false)
    expect(await page.locator(items('same')).first().isVisible()).toBe(false)
    const summary = (await page.locator('[data-testid="compare-summary"]').textContent()) ?? ''
    for (const group of ['breaks', 'differs', 'same']) {
      const n = await page.locator(items(group)).count()
      expect(n).toBeGreaterThan(0)
      expect(summary).toContain(`${{ breaks: '不兼容', differs: '行为不同', same: '相同' }[group]} ${n} 项`)
    }
    expect(errors).toEqual([])
  })

  it('stays short enough to read: under 6500 px at 1280 wide (about 5000 measured), no sideways scroll at 390', async () => {
    for (const [width, bound] of [
      [1280, 6500],
      [390, 10000],
    ] as const) {
      const { page, errors } = await newPage(site, width)
      await openPair(page, 'go-cqhttp', 'lagrange')
      const size = await page.evaluate(() => ({ height: document.documentElement.scrollHeight, width: document.documentElement.scrollWidth }))
      expect(size.height).toBeLessThan(bound)
      expect(size.width).toBeLessThanOrEqual(width)
      expect(errors).toEqual([])
    }
  })

  it('opens a collapsed row from the keyboard', async () => {
    const { page, errors } = await newPage(site)
    await openPair(page, 'go-cqhttp', 'lagrange')
    const row = page.locator(`${items('differs')} details`).first()
    await row.locator('summary').focus()
    await page.keyboard.press('Enter')
    expect(await row.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true)
    expect(await row.locator('.compare-reasons li').first().isVisible()).toBe(true)
    expect(errors).toEqual([])
  })

  it('keeps the chosen pair in the URL and swaps it', async () => {
    const { page, errors } = await newPage(site)
    await page.goto(`${site.url}/compare`)
    await page.locator('[data-testid="compare-from"]').selectOption('napcat')
    await page.locator('[data-testid="compare-to"]').selectOption('tanebi')
    expect(new URL(page.url()).search).toBe('?from=napcat&to=tanebi')
    await page.locator('.compare-swap').click()
    expect(new URL(page.url()).search).toBe('?from=tanebi&to=napcat')
    await expect.poll(() => page.locator('[data-testid="compare-summary"]').textContent()).toContain('按 tanebi 编写的机器人换到 NapCat')
    expect(errors).toEqual([])
  })

  it('links each break to that implementation’s note on the API page', async () => {
    const { page, errors } = await newPage(site)
    await openPair(page, 'go-cqhttp', 'napcat')
    const link = page.locator(`[data-group="breaks"] .compare-icons a[href*="#impl-napcat"]`).first()
    const href = await link.getAttribute('href')
    await link.click()
    await page.waitForURL(`**${href}`)
    const name = href!.split('/api/')[1]!.split('#')[0]!.replace(/^underscore-/, '_').replace(/^dot-/, '.')
    expect(await waitForTitle(page, name)).toBe(name)
    expect(errors).toEqual([])
  })
})
