import { describe, expect, it } from 'vitest'
import check from './gcp-iam-service-account-no-admin-roles.js'
import { runCheck, statusesWhenListFails } from '../../_shared/testing.js'
import { binding, EXPIRING, projectPolicyFixture } from '../../_shared/gcp-identity-fixtures.js'
import type { GcpIamBinding } from '../../../normalize/gcp/types-identity.js'

const SA = 'serviceAccount:app@posture-test-project.iam.gserviceaccount.com'

describe(check.id, () => {
  const cases: { name: string; bindings: GcpIamBinding[]; expected: 'pass' | 'fail'; says?: string }[] = [
    { name: 'narrow role', bindings: [binding('roles/storage.objectViewer', [SA])], expected: 'pass' },
    { name: 'admin role held by a user', bindings: [binding('roles/storage.admin', ['user:ana@example.com'])], expected: 'pass' },
    {
      name: 'editor on the compute default account',
      bindings: [binding('roles/editor', ['serviceAccount:123456789012-compute@developer.gserviceaccount.com'])],
      expected: 'fail',
      says: '123456789012-compute@developer.gserviceaccount.com has roles/editor',
    },
    { name: 'owner', bindings: [binding('roles/owner', [SA])], expected: 'fail' },
    { name: 'storage.admin', bindings: [binding('roles/storage.admin', [SA])], expected: 'fail' },
    { name: 'versioned admin role', bindings: [binding('roles/compute.instanceAdmin.v1', [SA])], expected: 'fail', says: 'instanceAdmin.v1' },
    { name: 'conditional admin', bindings: [binding('roles/iam.securityAdmin', [SA], EXPIRING)], expected: 'fail', says: 'conditional' },
    {
      name: 'Google-managed service agents are exempt',
      bindings: [
        binding('roles/editor', ['serviceAccount:123456789012@cloudservices.gserviceaccount.com']),
        binding('roles/container.admin', ['serviceAccount:service-123456789012@gcp-sa-gkehub.iam.gserviceaccount.com']),
      ],
      expected: 'pass',
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
