import { describe, expect, it } from 'vitest'
import check from './gcp-kms-key-not-public.js'
import { runCheck } from '../../_shared/testing.js'
import { binding, cryptoKeyFixture, EXPIRING } from '../../_shared/gcp-identity-fixtures.js'
import { unknown } from '../../../core/unknown.js'
import type { GcpCryptoKeyAttributes } from '../../../normalize/gcp/types-identity.js'

describe(check.id, () => {
  const cases: { name: string; iamPolicy: GcpCryptoKeyAttributes['iamPolicy']; expected: 'pass' | 'fail' | 'error'; says?: string }[] = [
    { name: 'named service account', iamPolicy: cryptoKeyFixture().attributes.iamPolicy, expected: 'pass' },
    { name: 'empty policy', iamPolicy: { version: 1, bindings: [] }, expected: 'pass' },
    {
      name: 'allUsers may decrypt',
      iamPolicy: { version: 1, bindings: [binding('roles/cloudkms.cryptoKeyDecrypter', ['allUsers'])] },
      expected: 'fail',
      says: 'allUsers has roles/cloudkms.cryptoKeyDecrypter',
    },
    {
      name: 'conditional allAuthenticatedUsers',
      iamPolicy: { version: 3, bindings: [binding('roles/cloudkms.cryptoKeyEncrypter', ['allAuthenticatedUsers'], EXPIRING)] },
      expected: 'fail',
      says: 'conditional',
    },
    { name: 'policy not read', iamPolicy: unknown('cloudkms.cryptoKeys.getIamPolicy: PERMISSION_DENIED'), expected: 'error' },
  ]
  it.each(cases)('$name → $expected', ({ iamPolicy, expected, says }) => {
    const f = runCheck(check, cryptoKeyFixture({ iamPolicy }))
    expect(f.status).toBe(expected)
    if (says) expect(f.message).toContain(says)
  })
})
