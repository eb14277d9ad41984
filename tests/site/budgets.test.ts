/**
 * Budgets on the real data for every figure that is not a time (README, "Budgets"). Times are
 * reported by `npm run bench`, never asserted.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { firstVisitWeight, searchIndexBytes } from '../../scripts/bench/weight.js'
import { lighthouseScores } from '../../scripts/bench/lighthouse.js'
import { serve } from '../../scripts/lib/static-server.js'
import { DIST } from '../browser/site.js'

const KB = 1024
const BUDGETS = {
  matrix: { page: '/matrix', firstVisit: 150 * KB },
  segments: { page: '/segments', firstVisit: 150 * KB },
  events: { page: '/events', firstVisit: 150 * KB },
  // The heaviest API page: its HTML carries every implementation's notes (eight implementations: 103 KB).
  api: { page: '/api/send_msg', firstVisit: 110 * KB },
  compare: { page: '/compare', firstVisit: 150 * KB },
  searchIndex: 300 * KB,
}

describe('byte budgets (gzipped)', () => {
  it.each(Object.entries({ matrix: BUDGETS.matrix, segments: BUDGETS.segments, events: BUDGETS.events, api: BUDGETS.api, compare: BUDGETS.compare }))('%s page first visit within budget', (_, { page, firstVisit }) => {
    const weight = firstVisitWeight(DIST, page)
    expect(weight.js).toBeGreaterThan(0) // measured something real
    expect(weight.css).toBeGreaterThan(0)
    expect(weight.total).toBeLessThanOrEqual(firstVisit)
  })

  it('search index within budget', () => {
    expect(searchIndexBytes(DIST)).toBeLessThanOrEqual(BUDGETS.searchIndex)
  })
})

describe('Lighthouse: accessibility 100 and SEO 100', () => {
  let url: string
  let close: () => void
  beforeAll(async () => {
    const served = await serve(DIST)
    url = served.url
    close = () => served.server.close()
  })
  afterAll(() => close?.())

  it.each([BUDGETS.matrix.page, BUDGETS.events.page, BUDGETS.api.page])('%s', async (page) => {
    const { scores, failing } = await lighthouseScores(`${url}${page}`)
    expect(failing).toEqual([])
    expect(scores.accessibility).toBe(100)
    expect(scores.seo).toBe(100)
  }, 240_000)
})
