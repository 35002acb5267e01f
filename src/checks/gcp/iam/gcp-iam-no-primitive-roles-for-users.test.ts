import { describe, expect, it } from 'vitest'
import check from './gcp-iam-no-primitive-roles-for-users.js'
import { runCheck, statusesWhenListFails } from '../../_shared/testing.js'
import { binding, EXPIRING, projectPolicyFixture } from '../../_shared/gcp-identity-fixtures.js'
import type { GcpIamBinding } from '../../../normalize/gcp/types-identity.js'

describe(check.id, () => {
  const cases: { name: string; bindings: GcpIamBinding[]; expected: 'pass' | 'fail'; says?: string }[] = [
    { name: 'predefined roles only', bindings: [binding('roles/compute.admin', ['user:ana@example.com'])], expected: 'pass' },
    {
      name: 'editor held by a service account',
      bindings: [binding('roles/editor', ['serviceAccount:ci@p.iam.gserviceaccount.com'])],
      expected: 'pass',
    },
    {
      name: 'owner held by a user',
      bindings: [binding('roles/owner', ['user:ana@example.com'])],
      expected: 'fail',
      says: 'user:ana@example.com has roles/owner',
    },
    {
      name: 'viewer held by a group',
      bindings: [binding('roles/viewer', ['group:devs@example.com'])],
      expected: 'fail',
      says: 'group:devs@example.com',
    },
    {
      name: 'editor held by a whole domain',
      bindings: [binding('roles/editor', ['domain:example.com'])],
      expected: 'fail',
      says: 'domain:example.com',
    },
    {
      name: 'conditional editor still counts',
      bindings: [binding('roles/editor', ['user:temp@example.com'], EXPIRING)],
      expected: 'fail',
      says: 'a conditional binding still grants',
    },
    { name: 'deleted user is ignored', bindings: [binding('roles/owner', ['deleted:user:old@example.com?uid=123'])], expected: 'pass' },
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
