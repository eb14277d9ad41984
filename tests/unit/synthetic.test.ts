/** The benchmark's synthetic data: the real data copied N times over must stay valid, or bench measures nothing. */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { loadData } from '../../scripts/lib/load.js'
import { makeSyntheticData } from '../../scripts/bench/synthetic.js'
import { VALID_FIXTURE } from '../corpus.js'

const scratch = mkdtempSync(join(tmpdir(), 'synthetic-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

describe('synthetic data for the benchmark', () => {
  it('copies every API three times over into data that validates, releases and all', () => {
    const real = loadData(VALID_FIXTURE).dataset!
    const count = makeSyntheticData(VALID_FIXTURE, 3, scratch)
    expect(count).toBe(real.apis.length * 3)
    const { dataset, problems } = loadData(scratch)
    expect(problems.filter((p) => p.severity === 'error')).toEqual([])
    expect(dataset!.apis.map((a) => a.name)).toContain('send_msg_x3')
  })
})
