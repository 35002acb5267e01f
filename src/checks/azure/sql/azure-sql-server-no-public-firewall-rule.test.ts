import { describe, expect, it } from 'vitest'
import check from './azure-sql-server-no-public-firewall-rule.js'
import { unknown } from '../../../core/unknown.js'
import type { AzureSqlServerAttributes } from '../../../normalize/azure/types-databases.js'
import { runCheck } from '../../_shared/testing.js'
import { sqlServerFixture } from '../../_shared/azure-databases-fixtures.js'

const office = { name: 'office', startIpAddress: '203.0.113.0', endIpAddress: '203.0.113.255' }
const azure = { name: 'AllowAllWindowsAzureIps', startIpAddress: '0.0.0.0', endIpAddress: '0.0.0.0' }
const any = { name: 'AllowAll', startIpAddress: '0.0.0.0', endIpAddress: '255.255.255.255' }

describe(check.id, () => {
  const cases: { name: string; attrs: Partial<AzureSqlServerAttributes>; expected: string; message?: string }[] = [
    { name: 'office range only', attrs: { publicNetworkAccess: 'Enabled', firewallRules: [office] }, expected: 'pass' },
    { name: 'no rules', attrs: { publicNetworkAccess: 'Enabled', firewallRules: [] }, expected: 'pass' },
    {
      name: 'allow Azure services',
      attrs: { publicNetworkAccess: 'Enabled', firewallRules: [office, azure] },
      expected: 'fail',
      message: 'SQL server sql-orders has firewall rule(s) AllowAllWindowsAzureIps (0.0.0.0–0.0.0.0) open to any IP or all Azure services.',
    },
    { name: 'any IP', attrs: { publicNetworkAccess: 'Enabled', firewallRules: [any] }, expected: 'fail' },
    { name: 'public access disabled: rules do not apply', attrs: { publicNetworkAccess: 'Disabled', firewallRules: [any] }, expected: 'pass' },
    {
      name: 'not collected',
      attrs: { publicNetworkAccess: 'Enabled', firewallRules: unknown('firewallRules.listByServer: AuthorizationFailed') },
      expected: 'error',
    },
  ]
  it.each(cases)('$name → $expected', ({ attrs, expected, message }) => {
    const f = runCheck(check, sqlServerFixture(attrs))
    expect(f.status).toBe(expected)
    if (message) expect(f.message).toBe(message)
  })
})
