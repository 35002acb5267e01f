import { describe, expect, it } from 'vitest'
import check from './gcp-iam-no-project-level-service-account-user.js'
import { runCheck, statusesWhenListFails } from '../../_shared/testing.js'
import { binding, EXPIRING, projectPolicyFixture } from '../../_shared/gcp-identity-fixtures.js'
import type { GcpIamBinding } from '../../../normalize/gcp/types-identity.js'

describe(check.id, () => {
  const cases: { name: string; bindings: GcpIamBinding[]; expected: 'pass' | 'fail'; says?: string }[] = [
    { name: 'neither role', bindings: [binding('roles/iam.serviceAccountViewer', ['group:devs@example.com'])], expected: 'pass' },
    {
      name: 'service account user',
      bindings: [binding('roles/iam.serviceAccountUser', ['group:devs@example.com'])],
      expected: 'fail',
      says: 'group:devs@example.com has roles/iam.serviceAccountUser',
    },
    { name: 'token creator', bindings: [binding('roles/iam.serviceAccountTokenCreator', ['user:ana@example.com'])], expected: 'fail' },
    {
      name: 'conditional token creator',
      bindings: [binding('roles/iam.serviceAccountTokenCreator', ['user:ana@example.com'], EXPIRING)],
      expected: 'fail',
      says: 'conditional',
    },
    {
      name: 'service agent grant by Google',
      bindings: [binding('roles/iam.serviceAccountTokenCreator', ['serviceAccount:service-123456789012@gcp-sa-pubsub.iam.gserviceaccount.com'])],
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
