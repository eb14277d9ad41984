/**
 * The matrices as a reader sees them: every column in view at 1280 px (with room for more
 * implementations), one page scroll with the header row kept in view, marks that differ by fill and
 * shape, notes read in place from the keyboard, and statuses visible on a phone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { newPage, openSite, type Site } from './site.js'

let site: Site
beforeAll(async () => {
  site = await openSite()
})
afterAll(async () => site?.close())

/** Where every matrix table sits against the viewport, and whether any of them scrolls on its own. */
function layout(page: Page) {
  return page.evaluate(() => {
    const tables = Array.from(document.querySelectorAll<HTMLTableElement>('.mx table'))
    return {
      pageOverflow: document.documentElement.scrollWidth - window.innerWidth,
      tables: tables.length,
      widest: Math.max(...tables.map((t) => t.getBoundingClientRect().right)),
      scrollBoxes: tables.filter((t) => t.scrollWidth > t.clientWidth + 1 || t.scrollHeight > t.clientHeight + 1 || getComputedStyle(t).overflowY === 'auto').length,
      columns: tables[0]!.rows[0]!.cells.length,
    }
  })
}

/** Adds synthetic implementation columns, copies of the last one, to every matrix table. */
async function addColumns(page: Page, names: string[]) {
  await page.evaluate((names) => {
    for (const table of Array.from(document.querySelectorAll<HTMLTableElement>('.mx table'))) {
      for (const row of Array.from(table.rows)) {
        for (const name of names) {
          const copy = row.cells[row.cells.length - 1]!.cloneNode(true) as HTMLElement
          if (row.parentElement!.tagName === 'THEAD') copy.querySelector('a')!.textContent = name
          row.appendChild(copy)
        }
      }
    }
  }, names)
}

describe.each([
  ['/matrix', 9],
  ['/segments', 9],
  ['/events', 9],
])('%s at 1280 × 800', (path, columns) => {
  it('shows every implementation column with no sideways scroll, also with a ninth and a tenth', async () => {
    const { page } = await newPage(site, 1280)
    await page.goto(`${site.url}${path}`)
    let l = await layout(page)
    expect(l.columns).toBe(columns)
    expect(l.pageOverflow).toBeLessThanOrEqual(0)
    expect(l.widest).toBeLessThanOrEqual(1280)
    expect(l.scrollBoxes).toBe(0)
    await addColumns(page, ['Lagrange.OneBot V2', 'go-cqhttp (LagrangeGo)'])
    l = await layout(page)
    expect(l.columns).toBe(columns + 2)
    expect(l.pageOverflow).toBeLessThanOrEqual(0)
    expect(l.widest).toBeLessThanOrEqual(1280)
    expect(l.scrollBoxes).toBe(0)
  })
})

describe('the API matrix', () => {
  it('scrolls as one page and keeps a table header row in view below the top bar', async () => {
    const { page } = await newPage(site, 1280)
    await page.goto(`${site.url}/matrix`)
    const table = page.locator('h2#cat-group ~ .mx table').first()
    const box = (await table.boundingBox())!
    const scrollY = await page.evaluate(() => window.scrollY)
    await page.evaluate((y) => window.scrollTo(0, y), scrollY + box.y + box.height / 2)
    const header = (await table.locator('thead th').nth(1).boundingBox())!
    const nav = await page.evaluate(() => document.querySelector('.VPNav')!.getBoundingClientRect().bottom)
    expect(header.y).toBeGreaterThanOrEqual(nav - 1)
    expect(header.y).toBeLessThan(nav + 4)
    // Nothing covers it: the header cell is what a reader sees there.
    const seen = await page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.closest('th')?.textContent, [header.x + header.width / 2, header.y + header.height / 2])
    expect(seen).toBe('go-cqhttp')
  })

  it('draws each status with its own fill and shape, and keeps an extension cell\'s own status', async () => {
    const { page } = await newPage(site, 1280)
    await page.goto(`${site.url}/matrix`)
    const marks = await page.evaluate(() =>
      ['full', 'minor', 'major', 'none'].map((m) => {
        const el = document.querySelector<HTMLElement>(`.mx .st-${m}:not(.st-ext)`)!
        return { glyph: el.textContent, fill: getComputedStyle(el).backgroundColor }
      }),
    )
    expect(new Set(marks.map((m) => m.glyph)).size).toBe(4)
    expect(new Set(marks.map((m) => m.fill)).size).toBe(4)
    // tanebi's send_poke ignores target_id: a minor difference on an extension API, not a bare ✨.
    const cell = page.locator('.mx a[href="api/send_poke#impl-tanebi"]')
    expect(await cell.getAttribute('class')).toBe('st st-minor st-ext')
    expect(await cell.getAttribute('aria-label')).toBe('tanebi：轻微差异（扩展）')
  })

  it('keeps same-function names together and links them to each other', async () => {
    const { page } = await newPage(site, 1280)
    await page.goto(`${site.url}/matrix`)
    const names = await page.locator('h2#cat-message ~ .mx tbody tr td:first-child > a code').allTextContents()
    const at = names.indexOf('mark_msg_as_read')
    expect(names.slice(at, at + 3).sort()).toEqual(['mark_group_msg_as_read', 'mark_msg_as_read', 'mark_private_msg_as_read'])
    const family = page.locator('h2#cat-group ~ .mx tr:has(td:first-child > a[href="/api/underscore-del_group_notice"]) .mx-family a')
    expect(await family.getAttribute('href')).toBe('/api/underscore-delete_group_notice')
  })

  it('opens a cell\'s note and source in place from the keyboard, and gives focus back on Escape', async () => {
    const { page, errors } = await newPage(site, 1280)
    await page.goto(`${site.url}/matrix`)
    await page.waitForLoadState('networkidle')
    const cell = page.locator('.mx a[href="api/send_poke#impl-tanebi"]')
    await cell.focus()
    await page.keyboard.press('Enter')
    const dialog = page.locator('dialog.cell-note')
    await page.waitForSelector('dialog.cell-note .cn-body.vp-doc')
    expect(await dialog.evaluate((d: HTMLDialogElement) => d.open)).toBe(true)
    const text = await dialog.textContent()
    expect(text).toContain('tanebi')
    expect(text).toContain('target_id')
    expect(await dialog.locator('a[href*="github.com/tanebijs/tanebi/blob/"]').count()).toBeGreaterThan(0)
    expect(await page.evaluate(() => document.activeElement?.closest('dialog') !== null)).toBe(true)
    expect(new URL(page.url()).pathname).toBe('/matrix')
    await page.keyboard.press('Escape')
    expect(await dialog.evaluate((d: HTMLDialogElement) => d.open)).toBe(false)
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('api/send_poke#impl-tanebi')
    expect(errors).toEqual([])
  })

  it('still follows a cell to its note on the API page when opened in a new tab', async () => {
    const { page } = await newPage(site, 1280)
    await page.goto(`${site.url}/matrix`)
    await page.waitForLoadState('networkidle')
    const cell = page.locator('.mx a[href="api/send_poke#impl-tanebi"]')
    expect(await cell.evaluate((a: HTMLAnchorElement) => new URL(a.href).pathname)).toBe('/api/send_poke')
    const [popup] = await Promise.all([page.context().waitForEvent('page'), cell.click({ modifiers: ['Control'] })])
    await popup.waitForLoadState()
    expect(new URL(popup.url()).pathname).toBe('/api/send_poke')
    expect(await page.locator('dialog.cell-note').evaluate((d: HTMLDialogElement) => d.open)).toBe(false)
  })
})

/** Counts screenshot pixels close to each status fill, by drawing the PNG on a canvas in the page. */
async function fillPixels(page: Page, png: Buffer, fills: Record<string, string>): Promise<Record<string, number>> {
  return page.evaluate(
    async ([data, fills]) => {
      const image = await createImageBitmap(await (await fetch(`data:image/png;base64,${data}`)).blob())
      const canvas = new OffscreenCanvas(image.width, image.height)
      const ctx = canvas.getContext('2d')!
      ctx.drawImage(image, 0, 0)
      const px = ctx.getImageData(0, 0, image.width, image.height).data
      const rgb = (css: string) => css.match(/\d+/g)!.slice(0, 3).map(Number)
      const counts: Record<string, number> = {}
      for (const [name, css] of Object.entries(fills)) {
        const [r, g, b] = rgb(css)
        let n = 0
        for (let i = 0; i < px.length; i += 4) if (Math.abs(px[i]! - r!) + Math.abs(px[i + 1]! - g!) + Math.abs(px[i + 2]! - b!) < 6) n++
        counts[name] = n
      }
      return counts
    },
    [png.toString('base64'), fills] as const,
  )
}

describe.each(['/matrix', '/segments', '/events'])('%s on a 390 × 844 phone', (path) => {
  it('shows a status for every implementation of a row, without sideways scrolling', async () => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 })
    const page = await context.newPage()
    await page.goto(`${site.url}${path}`)
    const table = page.locator('.mx table').first()
    await table.locator('tbody tr:visible').nth(2).scrollIntoViewIfNeeded()
    const l = await layout(page)
    expect(l.pageOverflow).toBeLessThanOrEqual(0)
    expect(l.widest).toBeLessThanOrEqual(390)
    // Each mark of the row (an event's sub_type rows are hidden until asked for) is on screen, at a size a finger and an eye can use.
    const marks = await table.locator('tbody tr:visible').nth(2).locator('.st').evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => ({ right: r.right, w: r.width, h: r.height })))
    expect(marks.length).toBeGreaterThanOrEqual(l.columns - 1)
    for (const m of marks) {
      expect(m.right).toBeLessThanOrEqual(390)
      expect(m.w).toBeGreaterThanOrEqual(16)
      expect(m.h).toBeGreaterThanOrEqual(16)
    }
    // The screenshot itself shows the fills: what the reader sees, not only what the DOM says.
    const fills = await page.evaluate(() =>
      Object.fromEntries(['full', 'minor', 'none'].map((m) => [m, getComputedStyle(document.querySelector(`.mx .st-${m}`)!).backgroundColor])),
    )
    const shot = await page.screenshot()
    const counts = await fillPixels(page, shot, fills)
    for (const [mark, n] of Object.entries(counts)) expect(n, mark).toBeGreaterThan(200)
    await context.close()
  })
})
