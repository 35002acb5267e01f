import { describe, expect, it } from 'vitest'
import check from './gcp-compute-firewall-no-all-ports-from-internet.js'
import type { GcpFirewallAttributes } from '../../../normalize/gcp/types-compute.js'
import { runCheck, statusesWhenListFails } from '../../_shared/testing.js'
import { firewallFixture } from '../../_shared/gcp-compute-fixtures.js'

describe(check.id, () => {
  const cases: { name: string; attrs: Partial<GcpFirewallAttributes>; expected: 'pass' | 'fail' }[] = [
    { name: 'all protocols from 0.0.0.0/0', attrs: { allowed: [{ protocol: 'all', ports: [] }] }, expected: 'fail' },
    { name: 'tcp without ports from ::/0', attrs: { allowed: [{ protocol: 'tcp', ports: [] }], sourceRanges: ['::/0'] }, expected: 'fail' },
    { name: 'udp 0-65535', attrs: { allowed: [{ protocol: 'udp', ports: ['0-65535'] }] }, expected: 'fail' },
    { name: 'protocol 17 1-65535', attrs: { allowed: [{ protocol: '17', ports: ['1-65535'] }] }, expected: 'fail' },
    { name: 'a few ports', attrs: { allowed: [{ protocol: 'tcp', ports: ['80', '443', '8000-9000'] }] }, expected: 'pass' },
    { name: 'icmp', attrs: { allowed: [{ protocol: 'icmp', ports: [] }] }, expected: 'pass' },
    {
      name: 'all protocols from the VPC range',
      attrs: { allowed: [{ protocol: 'all', ports: [] }], sourceRanges: ['10.128.0.0/9'] },
      expected: 'pass',
    },
    { name: 'disabled rule', attrs: { allowed: [{ protocol: 'all', ports: [] }], disabled: true }, expected: 'pass' },
  ]
  it.each(cases)('$name → $expected', ({ attrs, expected }) => {
    expect(runCheck(check, firewallFixture(attrs)).status).toBe(expected)
  })

  it('spells out what is open', () => {
    const f = runCheck(check, firewallFixture({ name: 'allow-all', allowed: [{ protocol: 'all', ports: [] }] }))
    expect(f.message).toBe('Firewall rule allow-all allows all protocols from 0.0.0.0/0, which opens every port to the internet.')
  })

  it('is ERROR, never PASS, when the firewall list failed', () => {
    expect(statusesWhenListFails(check, 'compute', 'compute.firewalls.list')).toEqual(['error'])
  })
})
