import { describe, expect, it } from 'vitest'
import check from './gcp-storage-bucket-versioning.js'
import { runCheck, statusesWhenListFails } from '../../_shared/testing.js'
import { gcsBucketFixture } from '../../_shared/gcp-identity-fixtures.js'
import type { GcpBucketAttributes } from '../../../normalize/gcp/types-identity.js'

describe(check.id, () => {
  const cases: { name: string; attrs: Partial<GcpBucketAttributes>; expected: 'pass' | 'fail'; says?: string }[] = [
    { name: 'versioning on', attrs: { versioning: true }, expected: 'pass' },
    {
      name: 'retention policy instead',
      attrs: { retentionPolicy: { retentionPeriodSeconds: 2_592_000, isLocked: false } },
      expected: 'pass',
      says: '30 day(s)',
    },
    { name: 'neither', attrs: {}, expected: 'fail' },
  ]
  it.each(cases)('$name → $expected', ({ attrs, expected, says }) => {
    const f = runCheck(check, gcsBucketFixture(attrs))
    expect(f.status).toBe(expected)
    if (says) expect(f.message).toContain(says)
  })

  it('is ERROR, never PASS, when buckets could not be listed', () => {
    expect(statusesWhenListFails(check, 'storage', 'storage.buckets.list')).toEqual(['error'])
  })
})
