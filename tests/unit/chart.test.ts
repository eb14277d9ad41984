import { describe, expect, it } from 'vitest'
import { loadData, type Dataset } from '../../scripts/lib/load.js'
import { stackedBarChart, supportSegments } from '../../scripts/lib/render/chart.js'
import { VALID_FIXTURE } from '../corpus.js'

const dataset = loadData(VALID_FIXTURE).dataset as Dataset

describe('coverage charts', () => {
  it('counts full, partial and missing support per implementation', () => {
    expect(supportSegments(dataset.apis, 'napcat')).toEqual([
      { key: 'full', value: 1 },
      { key: 'partial', value: 1 },
      { key: 'missing', value: 0 },
    ])
    expect(supportSegments(dataset.apis, 'lagrange').map((s) => s.value)).toEqual([0, 1, 1])
  })

  it('draws an accessible SVG whose description carries every number', () => {
    const svg = stackedBarChart('c', '测试图', [{ label: 'NapCat', segments: supportSegments(dataset.apis, 'napcat') }])
    expect(svg).toContain('<svg role="img" aria-labelledby="c-title c-desc"')
    expect(svg).toContain('<title id="c-title">测试图</title>')
    expect(svg).toContain('<desc id="c-desc">NapCat：完整 1，有差异或空实现 1，未实现 0</desc>')
  })
})
