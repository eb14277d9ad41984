/** Compare two implementations in Chromium: groups, shareable URL, swapping, links to the notes. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { newPage, openSite, waitForTitle, type Site } from './site.js'

let site: Site
beforeAll(async () => {
  site = await openSite()
})
afterAll(async () => site?.close())

const groupItems = (group: string) => `[data-group="${group}"] .compare-list > li`

describe('compare', () => {
  it('lists what the target lacks, what differs and what it adds, from a shared URL', async () => {
    const { page, errors } = await newPage(site)
    await page.goto(`${site.url}/compare?from=go-cqhttp&to=lagrange`)
    await page.waitForFunction(() => (document.querySelector('[data-testid="compare-to"]') as HTMLSelectElement)?.value === 'lagrange')
    const lost = await page.locator(groupItems('lost')).allTextContents()
    expect(lost.some((t) => t.includes('get_image'))).toBe(true) // go-cqhttp has it, Lagrange.OneBot does not
    const gained = await page.locator(groupItems('gained')).allTextContents()
    expect(gained.some((t) => t.includes('send_like'))).toBe(true) // the other way round
    const status = await page.locator(groupItems('status')).allTextContents()
    expect(status.some((t) => t.includes('send_forward_msg'))).toBe(true) // both have it, support differs
    const total = Number(await page.locator('[data-testid="compare-total"]').textContent())
    const listed = await page.locator('.compare-list > li').count()
    expect(listed).toBe(total)
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
    expect(errors).toEqual([])
  })

  it('links each difference to that implementation’s note on the API page', async () => {
    const { page, errors } = await newPage(site)
    await page.goto(`${site.url}/compare?from=go-cqhttp&to=napcat`)
    await page.waitForFunction(() => (document.querySelector('[data-testid="compare-to"]') as HTMLSelectElement)?.value === 'napcat')
    const link = page.locator(`${groupItems('status')} a[href*="#impl-napcat"]`).first()
    const href = await link.getAttribute('href')
    await link.click()
    await page.waitForURL(`**${href}`)
    const name = href!.split('/api/')[1]!.split('#')[0]!.replace(/^underscore-/, '_').replace(/^dot-/, '.')
    expect(await waitForTitle(page, name)).toBe(name)
    expect(errors).toEqual([])
  })
})
