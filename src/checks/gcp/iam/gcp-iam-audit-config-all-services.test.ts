import { describe, expect, it } from 'vitest'
import check from './gcp-iam-audit-config-all-services.js'
import { runCheck, statusesWhenListFails } from '../../_shared/testing.js'
import { projectPolicyFixture } from '../../_shared/gcp-identity-fixtures.js'
import type { GcpAuditConfig } from '../../../normalize/gcp/types-identity.js'

const all = (types: string[], exempted: string[] = []): GcpAuditConfig => ({
  service: 'allServices',
  auditLogConfigs: types.map((logType) => ({ logType, exemptedMembers: exempted })),
})

describe(check.id, () => {
  const cases: { name: string; auditConfigs: GcpAuditConfig[]; expected: 'pass' | 'fail'; says?: string }[] = [
    { name: 'all three log types, no exemptions', auditConfigs: [all(['ADMIN_READ', 'DATA_READ', 'DATA_WRITE'])], expected: 'pass' },
    { name: 'no audit config', auditConfigs: [], expected: 'fail', says: 'no audit configuration for allServices' },
    { name: 'DATA_READ missing', auditConfigs: [all(['ADMIN_READ', 'DATA_WRITE'])], expected: 'fail', says: 'does not log DATA_READ' },
    {
      name: 'exempted user',
      auditConfigs: [all(['ADMIN_READ', 'DATA_READ', 'DATA_WRITE'], ['user:etl@example.com'])],
      expected: 'fail',
      says: 'exempts user:etl@example.com',
    },
    {
      name: 'exemption in a per-service config',
      auditConfigs: [
        all(['ADMIN_READ', 'DATA_READ', 'DATA_WRITE']),
        {
          service: 'storage.googleapis.com',
          auditLogConfigs: [{ logType: 'DATA_READ', exemptedMembers: ['serviceAccount:etl@p.iam.gserviceaccount.com'] }],
        },
      ],
      expected: 'fail',
      says: 'exempts serviceAccount:etl@p.iam.gserviceaccount.com',
    },
    { name: 'only a per-service config', auditConfigs: [{ service: 'storage.googleapis.com', auditLogConfigs: [] }], expected: 'fail' },
  ]
  it.each(cases)('$name → $expected', ({ auditConfigs, expected, says }) => {
    const f = runCheck(check, projectPolicyFixture({ auditConfigs }))
    expect(f.status).toBe(expected)
    if (says) expect(f.message).toContain(says)
  })

  it('is ERROR, never PASS, when the project policy could not be read', () => {
    expect(statusesWhenListFails(check, 'iam', 'cloudresourcemanager.projects.getIamPolicy')).toEqual(['error'])
  })
})
