import { describe, expect, it } from 'vitest'
import { latest, reportBoolean, reportDate } from './iam-report-values.js'

describe('credential report values', () => {
  const dates: { value: string | undefined; expected: string | null | undefined }[] = [
    { value: '2026-05-20T08:00:00+00:00', expected: '2026-05-20T08:00:00.000Z' },
    { value: 'N/A', expected: null },
    { value: 'no_information', expected: null },
    { value: 'not_supported', expected: null },
    { value: 'garbage', expected: undefined },
    { value: '2026-13-45T99:00:00+00:00', expected: undefined },
    { value: undefined, expected: undefined },
  ]
  it.each(dates)('reportDate($value) → $expected', ({ value, expected }) => {
    expect(reportDate(value)).toBe(expected)
  })

  const booleans: { value: string | undefined; expected: boolean | undefined }[] = [
    { value: 'true', expected: true },
    { value: 'FALSE', expected: false },
    { value: 'not_supported', expected: undefined },
    { value: 'N/A', expected: undefined },
  ]
  it.each(booleans)('reportBoolean($value) → $expected', ({ value, expected }) => {
    expect(reportBoolean(value)).toBe(expected)
  })
})

describe('latest', () => {
  it.each([
    { dates: [], expected: null },
    { dates: [null, null], expected: null },
    { dates: ['2026-01-01T00:00:00.000Z', null, '2026-03-01T00:00:00.000Z'], expected: '2026-03-01T00:00:00.000Z' },
  ])('latest($dates) → $expected', ({ dates, expected }) => {
    expect(latest(dates)).toBe(expected)
  })
})
