/** axe-core in Chromium on each kind of page: no serious or critical accessibility violation. */
import AxeBuilder from '@axe-core/playwright'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { newPage, openSite, type Site } from './site.js'

let site: Site
beforeAll(async () => {
  site = await openSite()
})
afterAll(async () => site?.close())

const PAGES = ['/', '/matrix', '/api/send_msg', '/api/underscore-send_group_notice', '/segments', '/segments/image', '/events', '/events/notice/group_ban', '/impl/napcat', '/compare', '/contributing']

describe('accessibility', () => {
  it.each(PAGES)('%s has no serious or critical axe violation', async (path) => {
    const { page } = await newPage(site)
    await page.goto(`${site.url}${path}`)
    await page.waitForLoadState('networkidle')
    const { violations } = await new AxeBuilder({ page }).analyze()
    const severe = violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.length} node(s), e.g. ${v.nodes[0]?.target.join(' ')}`)
    expect(severe).toEqual([])
  }, 180_000) // the matrices are the largest pages: axe needs time on their thousands of cells
})
