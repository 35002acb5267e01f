import { describe, expect, it } from 'vitest'
import { bucketUid, normalizeStorage } from './storage.js'
import type { GcpBucketRaw } from '../../collect/gcp/storage.js'
import type { GcpBucketAttributes } from './types-identity.js'

const scope = { project: 'p-one', projectNumber: '111' }
const policy = { ok: true as const, value: { version: 1, bindings: [{ role: 'roles/storage.objectViewer', members: ['allUsers'] }] } }

function one(raw: Partial<GcpBucketRaw> & { bucket: GcpBucketRaw['bucket'] }) {
  const [r] = normalizeStorage({ buckets: [{ iamPolicy: policy, ...raw }] }, scope)
  return r as typeof r & { attributes: GcpBucketAttributes }
}

describe('normalizeStorage', () => {
  it('applies the documented defaults to a minimal bucket', () => {
    const r = one({ bucket: { name: 'b1', location: 'US-EAST1' } })
    expect(r.uid).toBe(bucketUid('b1'))
    expect(r.uid).toBe('//storage.googleapis.com/projects/_/buckets/b1')
    expect(r.region).toBe('us-east1')
    expect(r.relations).toEqual([])
    expect(r.attributes).toEqual({
      bucketName: 'b1',
      location: 'US-EAST1',
      locationType: '',
      storageClass: 'STANDARD',
      timeCreated: null,
      uniformBucketLevelAccess: false,
      publicAccessPrevention: 'inherited',
      versioning: false,
      retentionPolicy: null,
      logging: null,
      defaultKmsKeyName: null,
      acl: { $unknown: 'storage.buckets.list: acl not returned' },
      defaultObjectAcl: { $unknown: 'storage.buckets.list: defaultObjectAcl not returned' },
      iamPolicy: { version: 1, bindings: [{ role: 'roles/storage.objectViewer', members: ['allUsers'], condition: null }] },
    })
  })

  it('reads uniform access, prevention, retention, logging and the KMS key', () => {
    const r = one({
      bucket: {
        name: 'b2',
        location: 'EU',
        iamConfiguration: { bucketPolicyOnly: { enabled: true }, publicAccessPrevention: 'enforced' },
        retentionPolicy: { retentionPeriod: '86400', isLocked: false },
        logging: { logBucket: 'logs' },
        encryption: { defaultKmsKeyName: 'projects/k/locations/eu/keyRings/r/cryptoKeys/c' },
        versioning: { enabled: true },
      },
    })
    expect(r.attributes).toMatchObject({
      uniformBucketLevelAccess: true,
      publicAccessPrevention: 'enforced',
      versioning: true,
      retentionPolicy: { retentionPeriodSeconds: 86_400, isLocked: false },
      logging: { logBucket: 'logs', logObjectPrefix: '' },
      acl: [],
      defaultObjectAcl: [],
    })
    expect(r.relations).toEqual([{ kind: 'encrypted-by', target: '//cloudkms.googleapis.com/projects/k/locations/eu/keyRings/r/cryptoKeys/c' }])
  })

  it("maps legacy 'unspecified' prevention to inherited and keeps ACL entries", () => {
    const r = one({
      bucket: {
        name: 'b3',
        iamConfiguration: { uniformBucketLevelAccess: { enabled: false }, publicAccessPrevention: 'unspecified' },
        acl: [{ entity: 'allUsers', role: 'READER' }, { entity: 'project-owners-111' }],
        defaultObjectAcl: [],
      },
    })
    expect(r.attributes).toMatchObject({ publicAccessPrevention: 'inherited', acl: [{ entity: 'allUsers', role: 'READER' }], defaultObjectAcl: [] })
  })

  it('leaves only the IAM policy Unknown when getIamPolicy failed', () => {
    const r = one({ bucket: { name: 'b4' }, iamPolicy: { ok: false, reason: 'PERMISSION_DENIED: no', code: 'PERMISSION_DENIED' } })
    expect(r.attributes.iamPolicy).toEqual({ $unknown: 'storage.buckets.getIamPolicy: PERMISSION_DENIED: no' })
    expect(r.attributes.bucketName).toBe('b4')
  })
})
