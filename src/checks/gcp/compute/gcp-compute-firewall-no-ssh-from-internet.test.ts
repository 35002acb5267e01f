import { describe, expect, it } from 'vitest'
import check from './gcp-compute-firewall-no-ssh-from-internet.js'
import type { GcpFirewallAttributes } from '../../../normalize/gcp/types-compute.js'
import { runCheck, statusesWhenListFails } from '../../_shared/testing.js'
import { firewallFixture } from '../../_shared/gcp-compute-fixtures.js'

describe(check.id, () => {
  const cases: { name: string; attrs: Partial<GcpFirewallAttributes>; expected: 'pass' | 'fail' }[] = [
    { name: 'tcp:22 from 0.0.0.0/0', attrs: { allowed: [{ protocol: 'tcp', ports: ['22'] }] }, expected: 'fail' },
    { name: 'port range 20-30 from ::/0', attrs: { allowed: [{ protocol: 'tcp', ports: ['20-30'] }], sourceRanges: ['::/0'] }, expected: 'fail' },
    { name: 'tcp without ports', attrs: { allowed: [{ protocol: 'tcp', ports: [] }] }, expected: 'fail' },
    { name: 'protocol number 6', attrs: { allowed: [{ protocol: '6', ports: ['22'] }] }, expected: 'fail' },
    { name: 'all protocols', attrs: { allowed: [{ protocol: 'all', ports: [] }] }, expected: 'fail' },
    { name: 'SSH from IAP only', attrs: { allowed: [{ protocol: 'tcp', ports: ['22'] }], sourceRanges: ['35.235.240.0/20'] }, expected: 'pass' },
    { name: 'udp:22', attrs: { allowed: [{ protocol: 'udp', ports: ['22'] }] }, expected: 'pass' },
    { name: 'HTTPS only', attrs: {}, expected: 'pass' },
    { name: 'disabled rule', attrs: { allowed: [{ protocol: 'tcp', ports: ['22'] }], disabled: true }, expected: 'pass' },
    { name: 'egress rule', attrs: { allowed: [{ protocol: 'tcp', ports: ['22'] }], direction: 'EGRESS', sourceRanges: [] }, expected: 'pass' },
    {
      name: 'deny rule',
      attrs: { action: 'deny', allowed: [], denied: [{ protocol: 'tcp', ports: ['22'] }] },
      expected: 'pass',
    },
  ]
  it.each(cases)('$name → $expected', ({ attrs, expected }) => {
    expect(runCheck(check, firewallFixture(attrs)).status).toBe(expected)
  })

  it('names the rule, the entry and the source', () => {
    const f = runCheck(check, firewallFixture({ name: 'default-allow-ssh', allowed: [{ protocol: 'tcp', ports: ['22'] }] }))
    expect(f.message).toBe('Firewall rule default-allow-ssh allows tcp:22 from 0.0.0.0/0, which opens SSH to the internet.')
  })

  it('is ERROR, never PASS, when the firewall list failed', () => {
    expect(statusesWhenListFails(check, 'compute', 'compute.firewalls.list')).toEqual(['error'])
  })
})
