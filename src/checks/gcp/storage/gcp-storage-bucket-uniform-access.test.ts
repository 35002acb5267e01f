import { describe, expect, it } from 'vitest'
import check from './gcp-storage-bucket-uniform-access.js'
import { runCheck, statusesWhenListFails } from '../../_shared/testing.js'
import { gcsBucketFixture } from '../../_shared/gcp-identity-fixtures.js'

describe(check.id, () => {
  it.each([
    { name: 'uniform access on', ubla: true, expected: 'pass' },
    { name: 'fine-grained ACLs', ubla: false, expected: 'fail' },
  ])('$name → $expected', ({ ubla, expected }) => {
    expect(runCheck(check, gcsBucketFixture({ uniformBucketLevelAccess: ubla })).status).toBe(expected)
  })

  it('is ERROR, never PASS, when buckets could not be listed', () => {
    expect(statusesWhenListFails(check, 'storage', 'storage.buckets.list')).toEqual(['error'])
  })
})
