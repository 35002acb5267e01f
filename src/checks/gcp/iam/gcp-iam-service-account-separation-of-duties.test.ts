import { describe, expect, it } from 'vitest'
import check from './gcp-iam-service-account-separation-of-duties.js'
import { runCheck, statusesWhenListFails } from '../../_shared/testing.js'
import { binding, EXPIRING, projectPolicyFixture } from '../../_shared/gcp-identity-fixtures.js'
import type { GcpIamBinding } from '../../../normalize/gcp/types-identity.js'

describe(check.id, () => {
  const cases: { name: string; bindings: GcpIamBinding[]; expected: 'pass' | 'fail'; says?: string }[] = [
    {
      name: 'different principals',
      bindings: [
        binding('roles/iam.serviceAccountAdmin', ['user:ana@example.com']),
        binding('roles/iam.serviceAccountUser', ['user:bo@example.com']),
      ],
      expected: 'pass',
    },
    {
      name: 'one principal with both',
      bindings: [
        binding('roles/iam.serviceAccountAdmin', ['user:ana@example.com']),
        binding('roles/iam.serviceAccountUser', ['user:ana@example.com', 'user:bo@example.com']),
      ],
      expected: 'fail',
      says: 'user:ana@example.com holds both',
    },
    {
      name: 'both, one conditional',
      bindings: [
        binding('roles/iam.serviceAccountAdmin', ['group:ops@example.com']),
        binding('roles/iam.serviceAccountUser', ['group:ops@example.com'], EXPIRING),
      ],
      expected: 'fail',
      says: 'conditional',
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
