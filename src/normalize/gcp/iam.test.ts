import { describe, expect, it } from 'vitest'
import { bindingsOf, iamPolicyOf, normalizeIam } from './iam.js'
import type { GcpIamRaw } from '../../collect/gcp/iam.js'
import type { GcpProjectPolicyAttributes, GcpServiceAccountAttributes } from './types-identity.js'

const scope = { project: 'p-one', projectNumber: '111' }
const denied = { ok: false as const, reason: 'PERMISSION_DENIED: denied', code: 'IAM_PERMISSION_DENIED' }

describe('bindingsOf / iamPolicyOf', () => {
  it('keeps role, members and condition, and drops bindings that grant nothing', () => {
    expect(
      bindingsOf({
        bindings: [
          { role: 'roles/viewer', members: ['user:a@x.com'] },
          { role: 'roles/editor', members: ['group:g@x.com'], condition: { title: 't', expression: 'e' } },
          { role: 'roles/owner', members: [] },
          { members: ['user:b@x.com'] },
        ],
      }),
    ).toEqual([
      { role: 'roles/viewer', members: ['user:a@x.com'], condition: null },
      { role: 'roles/editor', members: ['group:g@x.com'], condition: { title: 't', expression: 'e', description: null } },
    ])
  })

  it('reads an empty policy as version 1 without bindings', () => {
    expect(iamPolicyOf({})).toEqual({ version: 1, bindings: [] })
    expect(iamPolicyOf(null)).toEqual({ version: 1, bindings: [] })
  })
})

describe('normalizeIam', () => {
  const raw: GcpIamRaw = {
    policy: {
      ok: true,
      value: {
        version: 3,
        bindings: [{ role: 'roles/owner', members: ['user:a@x.com'] }],
        auditConfigs: [
          { service: 'allServices', auditLogConfigs: [{ logType: 'DATA_READ' }, { logType: 'DATA_WRITE', exemptedMembers: ['user:a@x.com'] }] },
        ],
      },
    },
    serviceAccounts: [
      {
        account: {
          name: 'projects/p-one/serviceAccounts/111-compute@developer.gserviceaccount.com',
          email: '111-compute@developer.gserviceaccount.com',
          projectId: 'p-one',
        },
        keys: { ok: true, value: [] },
      },
      {
        account: {
          name: 'projects/p-one/serviceAccounts/p-one@appspot.gserviceaccount.com',
          email: 'p-one@appspot.gserviceaccount.com',
          disabled: true,
        },
        keys: denied,
      },
      {
        account: {
          name: 'projects/p-one/serviceAccounts/app@p-one.iam.gserviceaccount.com',
          email: 'app@p-one.iam.gserviceaccount.com',
          uniqueId: '42',
          displayName: 'App',
        },
        keys: {
          ok: true,
          value: [
            {
              name: 'projects/p-one/serviceAccounts/app@p-one.iam.gserviceaccount.com/keys/abc',
              keyType: 'USER_MANAGED',
              validAfterTime: '2026-01-01T00:00:00Z',
              disabled: true,
            },
          ],
        },
      },
    ],
  }

  it('builds the project policy resource, related to its project', () => {
    const [policy] = normalizeIam(raw, scope)
    expect(policy).toMatchObject({
      uid: '//cloudresourcemanager.googleapis.com/projects/p-one/iamPolicy',
      type: 'gcp.iam.project-policy',
      account: 'p-one',
      region: 'global',
      name: 'p-one',
      relations: [{ kind: 'policy-of', target: '//cloudresourcemanager.googleapis.com/projects/p-one' }],
    })
    expect(policy!.attributes as GcpProjectPolicyAttributes).toEqual({
      projectId: 'p-one',
      version: 3,
      bindings: [{ role: 'roles/owner', members: ['user:a@x.com'], condition: null }],
      auditConfigs: [
        {
          service: 'allServices',
          auditLogConfigs: [
            { logType: 'DATA_READ', exemptedMembers: [] },
            { logType: 'DATA_WRITE', exemptedMembers: ['user:a@x.com'] },
          ],
        },
      ],
    })
  })

  it('leaves the policy out when it could not be read (the failure marks the type incomplete)', () => {
    expect(normalizeIam({ ...raw, policy: denied }, scope).map((r) => r.type)).toEqual(Array(3).fill('gcp.iam.service-account'))
  })

  it('builds service accounts with default-account flags and keys as Maybe', () => {
    const sas = normalizeIam(raw, scope).slice(1) as { uid: string; attributes: GcpServiceAccountAttributes }[]
    expect(sas.map((s) => [s.uid, s.attributes.isComputeDefault, s.attributes.isAppEngineDefault, s.attributes.disabled])).toEqual([
      ['//iam.googleapis.com/projects/p-one/serviceAccounts/111-compute@developer.gserviceaccount.com', true, false, false],
      ['//iam.googleapis.com/projects/p-one/serviceAccounts/p-one@appspot.gserviceaccount.com', false, true, true],
      ['//iam.googleapis.com/projects/p-one/serviceAccounts/app@p-one.iam.gserviceaccount.com', false, false, false],
    ])
    expect(sas[1]!.attributes.userManagedKeys).toEqual({ $unknown: 'iam.projects.serviceAccounts.keys.list: PERMISSION_DENIED: denied' })
    expect(sas[2]!.attributes).toMatchObject({
      uniqueId: '42',
      displayName: 'App',
      projectId: 'p-one',
      userManagedKeys: [
        { id: 'abc', keyType: 'USER_MANAGED', keyOrigin: null, validAfterTime: '2026-01-01T00:00:00Z', validBeforeTime: null, disabled: true },
      ],
    })
  })
})
