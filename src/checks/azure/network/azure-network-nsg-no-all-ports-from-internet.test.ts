import { describe, expect, it } from 'vitest'
import check from './azure-network-nsg-no-all-ports-from-internet.js'
import type { NsgRule } from '../../../normalize/azure/types-compute.js'
import { runCheck, statusesWhenListFails } from '../../_shared/testing.js'
import { nsgFixture, nsgRule } from '../../_shared/azure-compute-fixtures.js'

describe(check.id, () => {
  const cases: { name: string; rules: NsgRule[]; expected: 'pass' | 'fail' }[] = [
    { name: 'only default rules', rules: [], expected: 'pass' },
    { name: 'any protocol, any port from *', rules: [nsgRule({ name: 'any', protocol: '*' })], expected: 'fail' },
    {
      name: 'Tcp 0-65535 from Internet',
      rules: [nsgRule({ name: 'tcp', destinationPortRanges: ['0-65535'], sourceAddressPrefixes: ['Internet'] })],
      expected: 'fail',
    },
    { name: 'one port from Internet', rules: [nsgRule({ name: 'https', destinationPortRanges: ['443'] })], expected: 'pass' },
    {
      name: 'all ports from the virtual network',
      rules: [nsgRule({ name: 'vnet', protocol: '*', sourceAddressPrefixes: ['VirtualNetwork'] })],
      expected: 'pass',
    },
    {
      name: 'an earlier deny-all shadows it',
      rules: [nsgRule({ name: 'deny', priority: 100, access: 'Deny', protocol: '*' }), nsgRule({ name: 'any', priority: 200, protocol: '*' })],
      expected: 'pass',
    },
  ]
  it.each(cases)('$name → $expected', ({ rules, expected }) => {
    expect(runCheck(check, nsgFixture(rules)).status).toBe(expected)
  })

  it('is ERROR when the NSG list failed', () => {
    expect(statusesWhenListFails(check)).toEqual(['error'])
  })
})
