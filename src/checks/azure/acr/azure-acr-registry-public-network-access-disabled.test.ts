import { describe, expect, it } from 'vitest'
import check from './azure-acr-registry-public-network-access-disabled.js'
import type { AzureAcrRegistryAttributes } from '../../../normalize/azure/types-databases.js'
import { runCheck } from '../../_shared/testing.js'
import { acrRegistryFixture } from '../../_shared/azure-databases-fixtures.js'

describe(check.id, () => {
  const cases: { name: string; attrs: Partial<AzureAcrRegistryAttributes>; expected: string; message: string }[] = [
    {
      name: 'disabled',
      attrs: { publicNetworkAccess: 'Disabled' },
      expected: 'pass',
      message: 'Container registry acrorders has public network access disabled.',
    },
    {
      name: 'enabled for all networks',
      attrs: { publicNetworkAccess: 'Enabled', networkDefaultAction: null },
      expected: 'fail',
      message: 'Container registry acrorders has public network access enabled from all networks.',
    },
    {
      name: 'enabled for selected IPs',
      attrs: { publicNetworkAccess: 'Enabled', networkDefaultAction: 'Deny', ipRules: ['203.0.113.0/24'] },
      expected: 'fail',
      message: 'Container registry acrorders has public network access enabled, limited to 1 IP rule(s).',
    },
  ]
  it.each(cases)('$name → $expected', ({ attrs, expected, message }) => {
    expect(runCheck(check, acrRegistryFixture(attrs))).toMatchObject({ status: expected, message })
  })
})
