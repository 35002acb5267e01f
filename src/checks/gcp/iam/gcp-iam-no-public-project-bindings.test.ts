import { describe, expect, it } from 'vitest'
import check from './gcp-iam-no-public-project-bindings.js'
import { runCheck, statusesWhenListFails } from '../../_shared/testing.js'
import { binding, EXPIRING, projectPolicyFixture } from '../../_shared/gcp-identity-fixtures.js'
import type { GcpIamBinding } from '../../../normalize/gcp/types-identity.js'

describe(check.id, () => {
  const cases: { name: string; bindings: GcpIamBinding[]; expected: 'pass' | 'fail'; says?: string }[] = [
    { name: 'named principals only', bindings: [binding('roles/viewer', ['group:devs@example.com'])], expected: 'pass' },
    { name: 'allUsers viewer', bindings: [binding('roles/viewer', ['allUsers'])], expected: 'fail', says: 'allUsers has roles/viewer' },
    {
      name: 'allAuthenticatedUsers under a condition',
      bindings: [binding('roles/storage.objectViewer', ['allAuthenticatedUsers'], EXPIRING)],
      expected: 'fail',
      says: 'under condition "expires-2026"',
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
