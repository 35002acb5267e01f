import { describe, expect, it } from 'vitest'
import check from './gcp-storage-bucket-public-access-prevention.js'
import { runCheck, statusesWhenListFails } from '../../_shared/testing.js'
import { gcsBucketFixture } from '../../_shared/gcp-identity-fixtures.js'

describe(check.id, () => {
  it.each([
    { pap: 'enforced', expected: 'pass' },
    { pap: 'inherited', expected: 'fail' },
  ] as const)('$pap → $expected', ({ pap, expected }) => {
    expect(runCheck(check, gcsBucketFixture({ publicAccessPrevention: pap })).status).toBe(expected)
  })

  it('is ERROR, never PASS, when buckets could not be listed', () => {
    expect(statusesWhenListFails(check, 'storage', 'storage.buckets.list')).toEqual(['error'])
  })
})
