/**
 * Coverage charts drawn at build time as inline SVG: readable without JavaScript, with a title and
 * a text summary for screen readers (the tables next to them hold the same numbers).
 */
import type { ApiRecord } from '../load.js'
import { supportLevel } from '../model.js'

export interface Segment {
  key: 'full' | 'partial' | 'missing'
  value: number
}

export interface Bar {
  label: string
  segments: Segment[]
}

export const SEGMENT_STYLE: Record<Segment['key'], { label: string; fill: string; text: string }> = {
  full: { label: '完整', fill: '#2f7d62', text: '#ffffff' },
  partial: { label: '有差异或空实现', fill: '#c98a00', text: '#1b1b1f' },
  missing: { label: '未实现', fill: '#d5d5da', text: '#1b1b1f' },
}

/** One bar's segments: how many of `apis` an implementation supports fully, partly, or not at all. */
export function supportSegments(apis: ApiRecord[], implId: string): Segment[] {
  return (['full', 'partial', 'missing'] as const).map((key) => ({
    key,
    value: apis.filter((api) => supportLevel(api.support[implId]!) === key).length,
  }))
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** Horizontal stacked bars, one per row, all scaled to the same total so rows compare. */
export function stackedBarChart(id: string, title: string, bars: Bar[], labelWidth = 150): string {
  const width = 640
  const barHeight = 22
  const gap = 10
  const top = 8
  const legendHeight = 28
  const plot = width - labelWidth - 8
  const max = Math.max(1, ...bars.map((b) => b.segments.reduce((n, s) => n + s.value, 0)))
  const height = top + bars.length * (barHeight + gap) + legendHeight
  const rows = bars.map((bar, i) => {
    const y = top + i * (barHeight + gap)
    let x = labelWidth
    const rects = bar.segments
      .filter((s) => s.value > 0)
      .map((s) => {
        const w = (s.value / max) * plot
        const style = SEGMENT_STYLE[s.key]
        const rect = `<rect x="${x.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="${barHeight}" fill="${style.fill}"><title>${esc(`${bar.label}：${style.label} ${s.value}`)}</title></rect>`
        const label = w >= 24 ? `<text x="${(x + w / 2).toFixed(1)}" y="${y + 15}" text-anchor="middle" font-size="12" fill="${style.text}">${s.value}</text>` : ''
        x += w
        return rect + label
      })
      .join('')
    return `<text x="${labelWidth - 8}" y="${y + 15}" text-anchor="end" font-size="13" fill="currentColor">${esc(bar.label)}</text>${rects}`
  })
  const legendY = top + bars.length * (barHeight + gap) + 6
  const legend = (Object.keys(SEGMENT_STYLE) as Segment['key'][])
    .map((key, i) => {
      const x = labelWidth + i * 150
      return `<rect x="${x}" y="${legendY}" width="12" height="12" fill="${SEGMENT_STYLE[key].fill}"/><text x="${x + 18}" y="${legendY + 11}" font-size="12" fill="currentColor">${SEGMENT_STYLE[key].label}</text>`
    })
    .join('')
  const summary = bars
    .map((b) => `${b.label}：${b.segments.map((s) => `${SEGMENT_STYLE[s.key].label} ${s.value}`).join('，')}`)
    .join('；')
  return [
    `<figure class="coverage-chart">`,
    `<svg role="img" aria-labelledby="${id}-title ${id}-desc" viewBox="0 0 ${width} ${height}" width="100%" xmlns="http://www.w3.org/2000/svg">`,
    `<title id="${id}-title">${esc(title)}</title>`,
    `<desc id="${id}-desc">${esc(summary)}</desc>`,
    ...rows,
    legend,
    `</svg>`,
    `<figcaption>${esc(title)}</figcaption>`,
    `</figure>`,
  ].join('')
}
