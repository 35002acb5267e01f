import { describe, expect, it } from 'vitest'
import check from './azure-network-nsg-no-udp-from-internet.js'
import type { NsgRule } from '../../../normalize/azure/types-compute.js'
import { runCheck, statusesWhenListFails } from '../../_shared/testing.js'
import { nsgFixture, nsgRule } from '../../_shared/azure-compute-fixtures.js'

describe(check.id, () => {
  const cases: { name: string; rules: NsgRule[]; expected: 'pass' | 'fail' }[] = [
    { name: 'only default rules', rules: [], expected: 'pass' },
    {
      name: 'Udp 53 from Internet',
      rules: [nsgRule({ name: 'dns', protocol: 'Udp', destinationPortRanges: ['53'], sourceAddressPrefixes: ['Internet'] })],
      expected: 'fail',
    },
    {
      name: 'any protocol 500-4500 from *',
      rules: [nsgRule({ name: 'ipsec', protocol: '*', destinationPortRanges: ['500-4500'] })],
      expected: 'fail',
    },
    { name: 'Tcp only', rules: [nsgRule({ name: 'web', protocol: 'Tcp', destinationPortRanges: ['443'] })], expected: 'pass' },
    {
      name: 'Udp from a partner range',
      rules: [nsgRule({ name: 'partner', protocol: 'Udp', sourceAddressPrefixes: ['198.51.100.0/24'] })],
      expected: 'pass',
    },
    {
      name: 'deny of one port leaves the rest open',
      rules: [
        nsgRule({ name: 'deny-dns', priority: 100, access: 'Deny', protocol: 'Udp', destinationPortRanges: ['53'] }),
        nsgRule({ name: 'allow-udp', priority: 200, protocol: 'Udp' }),
      ],
      expected: 'fail',
    },
  ]
  it.each(cases)('$name → $expected', ({ rules, expected }) => {
    expect(runCheck(check, nsgFixture(rules)).status).toBe(expected)
  })

  it('is ERROR when the NSG list failed', () => {
    expect(statusesWhenListFails(check)).toEqual(['error'])
  })
})
