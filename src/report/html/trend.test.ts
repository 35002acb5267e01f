import { describe, expect, it } from 'vitest'
import { trendChart } from './charts.js'

describe('trendChart', () => {
  it('draws one line through scored scans and leaves a gap where a scan has no score', () => {
    const svg = trendChart('t', 'Posture', [
      { label: '#1', score: 20 },
      { label: '#2', score: 40 },
      { label: '#3', score: null },
      { label: '#4', score: 60 },
      { label: '#5', score: 80 },
    ])
    expect(svg.match(/<polyline/g)).toHaveLength(2)
    expect(svg.match(/<circle/g)).toHaveLength(4)
    expect(svg).toContain('<title>#5: 80%</title>')
  })

  it('says so when no scan carries a score, and escapes labels', () => {
    expect(trendChart('t', 'Posture', [])).toContain('no earlier scan carries scores')
    expect(trendChart('t', 'Posture', [{ label: '<b>', score: 1 }])).toContain('&lt;b&gt;')
  })
})
