import { describe, expect, it } from 'vitest'
import { standardSupport } from './versions.js'

describe('standardSupport', () => {
  const at = (d: string) => new Date(`${d}T12:00:00Z`)
  it('is in support through the end date and out the day after', () => {
    expect(standardSupport('1.32', at('2026-03-23')).inSupport).toBe(true)
    expect(standardSupport('1.32', at('2026-03-24')).inSupport).toBe(false)
  })
  it('accepts patch versions and a v prefix', () => {
    expect(standardSupport('v1.35.1', at('2026-06-01'))).toMatchObject({ inSupport: true, end: '2027-03-27', note: 'listed' })
  })
  it('places unlisted versions relative to the table', () => {
    expect(standardSupport('1.18', at('2026-06-01')).note).toBe('older')
    expect(standardSupport('2.0', at('2026-06-01')).note).toBe('newer')
    expect(standardSupport('x', at('2026-06-01')).note).toBe('unknown')
  })
})
