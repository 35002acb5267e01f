import { describe, expect, it } from 'vitest'
import check from './azure-postgresql-flexible-server-no-azure-services-firewall-rule.js'
import { unknown } from '../../../core/unknown.js'
import type { AzurePostgresqlFlexibleServerAttributes } from '../../../normalize/azure/types-databases.js'
import { runCheck } from '../../_shared/testing.js'
import { postgresqlServerFixture } from '../../_shared/azure-databases-fixtures.js'

const office = { name: 'office', startIpAddress: '203.0.113.10', endIpAddress: '203.0.113.10' }
const azure = { name: 'AllowAllAzureServicesAndResourcesWithinAzureIps_2026-1-5_10-0-0', startIpAddress: '0.0.0.0', endIpAddress: '0.0.0.0' }
const any = { name: 'AllowAll_2026-1-5_10-0-0', startIpAddress: '0.0.0.0', endIpAddress: '255.255.255.255' }

describe(check.id, () => {
  const cases: { name: string; attrs: Partial<AzurePostgresqlFlexibleServerAttributes>; expected: string }[] = [
    { name: 'office address only', attrs: { publicNetworkAccess: 'Enabled', firewallRules: [office] }, expected: 'pass' },
    { name: 'allow Azure services', attrs: { publicNetworkAccess: 'Enabled', firewallRules: [office, azure] }, expected: 'fail' },
    { name: 'all addresses', attrs: { publicNetworkAccess: 'Enabled', firewallRules: [any] }, expected: 'fail' },
    { name: 'private access: no firewall applies', attrs: { publicNetworkAccess: 'Disabled', firewallRules: [azure] }, expected: 'pass' },
    {
      name: 'not collected',
      attrs: { publicNetworkAccess: 'Enabled', firewallRules: unknown('firewallRules.listByServer: AuthorizationFailed') },
      expected: 'error',
    },
  ]
  it.each(cases)('$name → $expected', ({ attrs, expected }) => {
    expect(runCheck(check, postgresqlServerFixture(attrs)).status).toBe(expected)
  })
})
