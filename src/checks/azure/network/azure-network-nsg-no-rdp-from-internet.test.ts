import { describe, expect, it } from 'vitest'
import check from './azure-network-nsg-no-rdp-from-internet.js'
import type { NsgRule } from '../../../normalize/azure/types-compute.js'
import { runCheck, statusesWhenListFails } from '../../_shared/testing.js'
import { nsgFixture, nsgRule } from '../../_shared/azure-compute-fixtures.js'

describe(check.id, () => {
  const cases: { name: string; rules: NsgRule[]; expected: 'pass' | 'fail' }[] = [
    { name: 'only default rules', rules: [], expected: 'pass' },
    {
      name: 'allow 3389 from Internet',
      rules: [nsgRule({ name: 'open', destinationPortRanges: ['3389'], sourceAddressPrefixes: ['Internet'] })],
      expected: 'fail',
    },
    { name: 'allow any port from *', rules: [nsgRule({ name: 'any', protocol: '*' })], expected: 'fail' },
    {
      name: 'range covering 3389 from 0.0.0.0/0',
      rules: [nsgRule({ name: 'range', destinationPortRanges: ['3387-3392'], sourceAddressPrefixes: ['0.0.0.0/0'] })],
      expected: 'fail',
    },
    {
      name: 'allow 3389 from an admin range',
      rules: [nsgRule({ name: 'admin', destinationPortRanges: ['3389'], sourceAddressPrefixes: ['203.0.113.0/24'] })],
      expected: 'pass',
    },
    { name: 'Udp only', rules: [nsgRule({ name: 'udp', protocol: 'Udp', destinationPortRanges: ['3389'] })], expected: 'pass' },
    {
      name: 'shadowed by a higher-precedence deny',
      rules: [
        nsgRule({ name: 'deny', priority: 100, access: 'Deny', destinationPortRanges: ['3389'] }),
        nsgRule({ name: 'allow', priority: 200, destinationPortRanges: ['3389'] }),
      ],
      expected: 'pass',
    },
  ]
  it.each(cases)('$name → $expected', ({ rules, expected }) => {
    expect(runCheck(check, nsgFixture(rules)).status).toBe(expected)
  })

  it('names the open rule', () => {
    const f = runCheck(
      check,
      nsgFixture([nsgRule({ name: 'Allowrdp', priority: 300, destinationPortRanges: ['3389'], sourceAddressPrefixes: ['Internet'] })]),
    )
    expect(f.message).toContain('Allowrdp (priority 300: Tcp 3389 from Internet)')
  })

  it('is ERROR when the NSG list failed', () => {
    expect(statusesWhenListFails(check)).toEqual(['error'])
  })
})
