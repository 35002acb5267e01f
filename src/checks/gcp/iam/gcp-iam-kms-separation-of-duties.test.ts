import { describe, expect, it } from 'vitest'
import check from './gcp-iam-kms-separation-of-duties.js'
import { runCheck, statusesWhenListFails } from '../../_shared/testing.js'
import { binding, projectPolicyFixture } from '../../_shared/gcp-identity-fixtures.js'
import type { GcpIamBinding } from '../../../normalize/gcp/types-identity.js'

describe(check.id, () => {
  const cases: { name: string; bindings: GcpIamBinding[]; expected: 'pass' | 'fail'; says?: string }[] = [
    {
      name: 'admin and user apart',
      bindings: [
        binding('roles/cloudkms.admin', ['group:key-admins@example.com']),
        binding('roles/cloudkms.cryptoKeyEncrypterDecrypter', ['serviceAccount:app@p.iam.gserviceaccount.com']),
      ],
      expected: 'pass',
    },
    {
      name: 'admin who can also decrypt',
      bindings: [binding('roles/cloudkms.admin', ['user:ana@example.com']), binding('roles/cloudkms.cryptoKeyDecrypter', ['user:ana@example.com'])],
      expected: 'fail',
      says: 'user:ana@example.com holds both',
    },
    {
      name: 'admin who can encrypt and decrypt',
      bindings: [
        binding('roles/cloudkms.admin', ['user:ana@example.com']),
        binding('roles/cloudkms.cryptoKeyEncrypterDecrypter', ['user:ana@example.com']),
      ],
      expected: 'fail',
    },
  ]
  it.each(cases)('$name → $expected', ({ bindings, expected, says }) => {
    const f = runCheck(check, projectPolicyFixture({ bindings }))
    expect(f.status).toBe(expected)
    if (says) expect(f.message).toContain(says)
  })

  it('is ERROR, never PASS, when the project policy could not be read', () => {
    expect(statusesWhenListFails(check, 'iam', 'cloudresourcemanager.projects.getIamPolicy')).toEqual(['error'])
  })
})
