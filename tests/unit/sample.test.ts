/** The audit sample: reproducible from its seed, the share asked for, every cell a real statement. */
import { describe, expect, it } from 'vitest'
import { loadData, type Dataset } from '../../scripts/lib/load.js'
import { allCells, sampleCells, seededRandom } from '../../scripts/lib/sample.js'
import { VALID_FIXTURE } from '../corpus.js'

const dataset = loadData(VALID_FIXTURE).dataset as Dataset

describe('audit sample', () => {
  it('lists every statement once: API and event cells, and each direction of a segment cell', () => {
    const cells = allCells(dataset)
    const expected = (dataset.apis.length + dataset.events.length) * 2 + dataset.segments.length * 2 * 2
    expect(cells).toHaveLength(expected)
    expect(new Set(cells.map((c) => `${c.file} ${c.implId} ${c.direction ?? ''}`)).size).toBe(expected)
    expect(cells.filter((c) => c.direction).every((c) => c.file.startsWith('data/segments/'))).toBe(true)
  })

  it('draws the same cells for the same seed, other cells for another, and rounds the share up', () => {
    const a = sampleCells(dataset, 20261206, 30)
    expect(a).toEqual(sampleCells(dataset, 20261206, 30))
    expect(a).toHaveLength(Math.ceil((allCells(dataset).length * 30) / 100))
    const draws = new Set([1, 2, 3, 4, 5].map((seed) => JSON.stringify(sampleCells(dataset, seed, 30))))
    expect(draws.size).toBeGreaterThan(1)
  })

  it("draws from the named implementations' cells only, when some are named", () => {
    const impl = dataset.implementations[1]!.id
    const own = allCells(dataset).filter((c) => c.implId === impl)
    const sample = sampleCells(dataset, 20261206, 50, [impl])
    expect(sample).toHaveLength(Math.ceil(own.length / 2))
    expect(sample.every((c) => c.implId === impl)).toBe(true)
  })

  it('uses a generator whose values are spread over [0, 1)', () => {
    const random = seededRandom(7)
    const values = Array.from({ length: 2000 }, random)
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0)
    expect(Math.max(...values)).toBeLessThan(1)
    expect(values.filter((v) => v < 0.5).length).toBeGreaterThan(900)
    expect(values.filter((v) => v < 0.5).length).toBeLessThan(1100)
  })
})
