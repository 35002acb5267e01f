import { describe, expect, it } from 'vitest'
import { durationSeconds, normalizeKms } from './kms.js'
import type { GcpCryptoKeyAttributes } from './types-identity.js'

const scope = { project: 'p-one', projectNumber: '111' }
const NAME = 'projects/p-one/locations/europe-west1/keyRings/ring/cryptoKeys/k1'

describe('durationSeconds', () => {
  it.each([
    { d: '7776000s', s: 7_776_000 },
    { d: '0.5s', s: 0.5 },
    { d: '90d', s: null },
    { d: undefined, s: null },
  ])('$d → $s', ({ d, s }) => {
    expect(durationSeconds(d)).toBe(s)
  })
})

describe('normalizeKms', () => {
  it('builds a symmetric key with its rotation schedule and primary version', () => {
    const [r] = normalizeKms(
      {
        keys: [
          {
            key: {
              name: NAME,
              purpose: 'ENCRYPT_DECRYPT',
              rotationPeriod: '7776000s',
              nextRotationTime: '2026-07-01T00:00:00Z',
              createTime: '2024-01-01T00:00:00.123456Z',
              primary: { name: `${NAME}/cryptoKeyVersions/2`, state: 'ENABLED', algorithm: 'GOOGLE_SYMMETRIC_ENCRYPTION', protectionLevel: 'HSM' },
              versionTemplate: { protectionLevel: 'HSM' },
              labels: { env: 'prod' },
            },
            iamPolicy: { ok: true, value: { version: 1, bindings: [{ role: 'roles/cloudkms.cryptoKeyDecrypter', members: ['allUsers'] }] } },
          },
        ],
      },
      scope,
    )
    expect(r).toMatchObject({
      uid: `//cloudkms.googleapis.com/${NAME}`,
      type: 'gcp.kms.crypto-key',
      name: 'k1',
      region: 'europe-west1',
      tags: { env: 'prod' },
    })
    expect(r!.attributes as GcpCryptoKeyAttributes).toEqual({
      keyName: NAME,
      keyRing: 'projects/p-one/locations/europe-west1/keyRings/ring',
      purpose: 'ENCRYPT_DECRYPT',
      rotationPeriod: '7776000s',
      rotationPeriodSeconds: 7_776_000,
      nextRotationTime: '2026-07-01T00:00:00.000Z',
      primary: {
        name: `${NAME}/cryptoKeyVersions/2`,
        state: 'ENABLED',
        algorithm: 'GOOGLE_SYMMETRIC_ENCRYPTION',
        protectionLevel: 'HSM',
        createTime: null,
      },
      protectionLevel: 'HSM',
      createTime: '2024-01-01T00:00:00.123Z',
      importOnly: false,
      iamPolicy: { version: 1, bindings: [{ role: 'roles/cloudkms.cryptoKeyDecrypter', members: ['allUsers'], condition: null }] },
    })
  })

  it('keeps keys without rotation or primary, and an unread policy as Unknown', () => {
    const [r] = normalizeKms(
      {
        keys: [
          { key: { name: NAME, purpose: 'ASYMMETRIC_SIGN' }, iamPolicy: { ok: false, reason: 'PERMISSION_DENIED: no', code: 'PERMISSION_DENIED' } },
        ],
      },
      scope,
    )
    expect(r!.attributes).toMatchObject({
      rotationPeriod: null,
      rotationPeriodSeconds: null,
      nextRotationTime: null,
      primary: null,
      protectionLevel: 'SOFTWARE',
      iamPolicy: { $unknown: 'cloudkms.cryptoKeys.getIamPolicy: PERMISSION_DENIED: no' },
    })
  })
})
