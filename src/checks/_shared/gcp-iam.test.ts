import { describe, expect, it } from 'vitest'
import {
  describeGrant,
  describeGrants,
  describeKey,
  grants,
  isAdminRole,
  isPublicMember,
  isServiceAgent,
  listSome,
  memberId,
  memberKind,
  publicGrants,
  rolesByMember,
  unexpiredKeys,
} from './gcp-iam.js'
import { binding, EXPIRING, expiredKey, saKey } from './gcp-identity-fixtures.js'
import { TEST_NOW } from './testing.js'

describe('memberKind / memberId', () => {
  it.each([
    { m: 'user:ana@example.com', kind: 'user', id: 'ana@example.com' },
    { m: 'group:devs@example.com', kind: 'group', id: 'devs@example.com' },
    { m: 'serviceAccount:app@p.iam.gserviceaccount.com', kind: 'serviceAccount', id: 'app@p.iam.gserviceaccount.com' },
    { m: 'domain:example.com', kind: 'domain', id: 'example.com' },
    { m: 'allUsers', kind: 'allUsers', id: 'allUsers' },
    { m: 'allAuthenticatedUsers', kind: 'allAuthenticatedUsers', id: 'allAuthenticatedUsers' },
    { m: 'projectOwner:p', kind: 'projectOwner', id: 'p' },
    { m: 'deleted:user:old@example.com?uid=123', kind: 'deleted', id: 'user:old@example.com?uid=123' },
    {
      m: 'principal://iam.googleapis.com/locations/global/workforcePools/pool/subject/ana',
      kind: 'principal',
      id: 'principal://iam.googleapis.com/locations/global/workforcePools/pool/subject/ana',
    },
    {
      m: 'principalSet://iam.googleapis.com/projects/1/locations/global/workloadIdentityPools/gh/*',
      kind: 'principalSet',
      id: 'principalSet://iam.googleapis.com/projects/1/locations/global/workloadIdentityPools/gh/*',
    },
  ])('$m', ({ m, kind, id }) => {
    expect(memberKind(m)).toBe(kind)
    expect(memberId(m)).toBe(id)
  })
})

describe('public members, service agents, admin roles', () => {
  it('knows the two public principals', () => {
    expect(isPublicMember('allUsers')).toBe(true)
    expect(isPublicMember('allAuthenticatedUsers')).toBe(true)
    expect(isPublicMember('domain:example.com')).toBe(false)
    expect(isPublicMember('user:allUsers@example.com')).toBe(false)
  })

  it.each([
    { m: 'serviceAccount:service-123@gcp-sa-pubsub.iam.gserviceaccount.com', agent: true },
    { m: 'serviceAccount:service-123@compute-system.iam.gserviceaccount.com', agent: true },
    { m: 'serviceAccount:service-org-456@gcp-sa-logging.iam.gserviceaccount.com', agent: true },
    { m: 'serviceAccount:123@cloudservices.gserviceaccount.com', agent: true },
    { m: 'serviceAccount:123-compute@developer.gserviceaccount.com', agent: false },
    { m: 'serviceAccount:p@appspot.gserviceaccount.com', agent: false },
    { m: 'serviceAccount:service-acct@p.iam.gserviceaccount.com', agent: false },
    { m: 'user:service-123@gcp-sa-pubsub.iam.gserviceaccount.com', agent: false },
  ])('isServiceAgent($m) = $agent', ({ m, agent }) => {
    expect(isServiceAgent(m)).toBe(agent)
  })

  it.each([
    { role: 'roles/owner', admin: true },
    { role: 'roles/editor', admin: true },
    { role: 'roles/viewer', admin: false },
    { role: 'roles/storage.admin', admin: true },
    { role: 'roles/iam.serviceAccountAdmin', admin: true },
    { role: 'roles/compute.instanceAdmin.v1', admin: true },
    { role: 'projects/p/roles/deployAdmin', admin: true },
    { role: 'roles/storage.objectViewer', admin: false },
    { role: 'roles/iam.serviceAccountUser', admin: false },
  ])('isAdminRole($role) = $admin', ({ role, admin }) => {
    expect(isAdminRole(role)).toBe(admin)
  })
})

describe('grants', () => {
  const bindings = [
    binding('roles/viewer', ['user:ana@example.com', 'allUsers', 'deleted:user:old@example.com?uid=1']),
    binding('roles/editor', ['user:ana@example.com'], EXPIRING),
  ]

  it('flattens bindings, skips deleted principals and keeps conditions', () => {
    expect(grants(bindings)).toEqual([
      { role: 'roles/viewer', member: 'user:ana@example.com', condition: null },
      { role: 'roles/viewer', member: 'allUsers', condition: null },
      { role: 'roles/editor', member: 'user:ana@example.com', condition: EXPIRING },
    ])
  })

  it('finds public grants and groups roles by member', () => {
    expect(publicGrants(bindings).map((g) => g.member)).toEqual(['allUsers'])
    expect(
      rolesByMember(bindings)
        .get('user:ana@example.com')
        ?.map((g) => g.role),
    ).toEqual(['roles/viewer', 'roles/editor'])
  })

  it('describes grants, saying when a conditional one was counted', () => {
    const [plain, , conditional] = grants(bindings)
    expect(describeGrant(plain!)).toBe('user:ana@example.com has roles/viewer')
    expect(describeGrant(conditional!)).toBe('user:ana@example.com has roles/editor under condition "expires-2026"')
    expect(describeGrants([plain!])).toBe('user:ana@example.com has roles/viewer')
    expect(describeGrants([conditional!])).toContain('(a conditional binding still grants whenever its condition holds)')
  })

  it('lists a few items then counts the rest', () => {
    expect(listSome(['a', 'b'])).toBe('a, b')
    expect(listSome(['a', 'b', 'c', 'd'], 2)).toBe('a, b and 2 more')
  })
})

describe('service account keys', () => {
  it('drops expired keys and describes the others', () => {
    const keys = [saKey(10), expiredKey(400, 1), saKey(20, { validBeforeTime: null })]
    expect(unexpiredKeys(keys, TEST_NOW).map((k) => k.id)).toEqual(['key10', 'key20'])
    expect(describeKey(saKey(10, { disabled: true }))).toBe('key10 (created 2026-05-22, disabled)')
    expect(describeKey(saKey(10, { validAfterTime: null }))).toBe('key10')
  })
})
