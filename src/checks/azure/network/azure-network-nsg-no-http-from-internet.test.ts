import { describe, expect, it } from 'vitest'
import check from './azure-network-nsg-no-http-from-internet.js'
import type { NsgRule } from '../../../normalize/azure/types-compute.js'
import { runCheck, statusesWhenListFails } from '../../_shared/testing.js'
import { nsgFixture, nsgRule } from '../../_shared/azure-compute-fixtures.js'

describe(check.id, () => {
  const cases: { name: string; rules: NsgRule[]; expected: 'pass' | 'fail' }[] = [
    { name: 'only default rules', rules: [], expected: 'pass' },
    {
      name: '443 from Internet',
      rules: [nsgRule({ name: 'https', destinationPortRanges: ['443'], sourceAddressPrefixes: ['Internet'] })],
      expected: 'fail',
    },
    {
      name: '80 among plural ranges from ::/0',
      rules: [nsgRule({ name: 'web', destinationPortRanges: ['80', '8080'], sourceAddressPrefixes: ['::/0'] })],
      expected: 'fail',
    },
    {
      name: '443 from Front Door only',
      rules: [nsgRule({ name: 'afd', destinationPortRanges: ['443'], sourceAddressPrefixes: ['AzureFrontDoor.Backend'] })],
      expected: 'pass',
    },
    { name: '8443 from Internet', rules: [nsgRule({ name: 'alt', destinationPortRanges: ['8443'] })], expected: 'pass' },
  ]
  it.each(cases)('$name → $expected', ({ rules, expected }) => {
    expect(runCheck(check, nsgFixture(rules)).status).toBe(expected)
  })

  it('is ERROR when the NSG list failed', () => {
    expect(statusesWhenListFails(check)).toEqual(['error'])
  })
})
