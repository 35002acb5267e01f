import { describe, expect, it } from 'vitest'
import { bucketRegion } from './s3.js'

describe('bucketRegion', () => {
  const cases = [
    { name: 'us-east-1 reports no constraint (null)', constraint: null, expected: 'us-east-1' },
    { name: 'us-east-1 reports an empty constraint', constraint: '', expected: 'us-east-1' },
    { name: 'legacy EU means eu-west-1', constraint: 'EU', expected: 'eu-west-1' },
    { name: 'a region name is the region', constraint: 'ap-southeast-2', expected: 'ap-southeast-2' },
  ]
  it.each(cases)('$name', ({ constraint, expected }) => {
    expect(bucketRegion(constraint)).toBe(expected)
  })
})
