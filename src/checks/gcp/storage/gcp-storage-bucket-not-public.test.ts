import { describe, expect, it } from 'vitest'
import check from './gcp-storage-bucket-not-public.js'
import { runCheck } from '../../_shared/testing.js'
import { binding, EXPIRING, gcsBucketFixture } from '../../_shared/gcp-identity-fixtures.js'
import { unknown } from '../../../core/unknown.js'
import type { GcpBucketAttributes } from '../../../normalize/gcp/types-identity.js'

const inherited = { publicAccessPrevention: 'inherited' } as const
const policy = (...bindings: ReturnType<typeof binding>[]) => ({ version: 1, bindings })

describe(check.id, () => {
  const cases: { name: string; attrs: Partial<GcpBucketAttributes>; expected: 'pass' | 'fail' | 'error'; says?: string }[] = [
    { name: 'private bucket', attrs: inherited, expected: 'pass' },
    {
      name: 'allUsers object viewer',
      attrs: { ...inherited, iamPolicy: policy(binding('roles/storage.objectViewer', ['allUsers'])) },
      expected: 'fail',
      says: 'allUsers has roles/storage.objectViewer',
    },
    {
      name: 'conditional allAuthenticatedUsers',
      attrs: { ...inherited, iamPolicy: policy(binding('roles/storage.objectViewer', ['allAuthenticatedUsers'], EXPIRING)) },
      expected: 'fail',
      says: 'conditional',
    },
    {
      name: 'public ACL entry with fine-grained access',
      attrs: { ...inherited, uniformBucketLevelAccess: false, acl: [{ entity: 'allUsers', role: 'READER' }] },
      expected: 'fail',
      says: 'bucket ACL gives allUsers READER',
    },
    {
      name: 'public default object ACL',
      attrs: { ...inherited, uniformBucketLevelAccess: false, defaultObjectAcl: [{ entity: 'allAuthenticatedUsers', role: 'READER' }] },
      expected: 'fail',
      says: 'default object ACL gives allAuthenticatedUsers READER',
    },
    {
      name: 'public grant neutralized by enforced prevention',
      attrs: { publicAccessPrevention: 'enforced', iamPolicy: policy(binding('roles/storage.objectViewer', ['allUsers'])) },
      expected: 'pass',
      says: 'enforces public access prevention',
    },
    { name: 'policy not read', attrs: { ...inherited, iamPolicy: unknown('storage.buckets.getIamPolicy: PERMISSION_DENIED') }, expected: 'error' },
    {
      name: 'ACL not returned',
      attrs: { ...inherited, uniformBucketLevelAccess: false, acl: unknown('storage.buckets.list: acl not returned') },
      expected: 'error',
    },
  ]
  it.each(cases)('$name → $expected', ({ attrs, expected, says }) => {
    const f = runCheck(check, gcsBucketFixture(attrs))
    expect(f.status).toBe(expected)
    if (says) expect(f.message).toContain(says)
  })
})
