import { describe, expect, it } from 'vitest'
import check from './gcp-compute-firewall-no-rdp-from-internet.js'
import type { GcpFirewallAttributes } from '../../../normalize/gcp/types-compute.js'
import { runCheck, statusesWhenListFails } from '../../_shared/testing.js'
import { firewallFixture } from '../../_shared/gcp-compute-fixtures.js'

describe(check.id, () => {
  const cases: { name: string; attrs: Partial<GcpFirewallAttributes>; expected: 'pass' | 'fail' }[] = [
    { name: 'tcp:3389 from 0.0.0.0/0', attrs: { allowed: [{ protocol: 'tcp', ports: ['3389'] }] }, expected: 'fail' },
    { name: 'tcp:3000-4000 from ::/0', attrs: { allowed: [{ protocol: 'tcp', ports: ['3000-4000'] }], sourceRanges: ['::/0'] }, expected: 'fail' },
    { name: 'all protocols', attrs: { allowed: [{ protocol: 'all', ports: [] }] }, expected: 'fail' },
    {
      name: 'one of several sources is the internet',
      attrs: { allowed: [{ protocol: 'tcp', ports: ['3389'] }], sourceRanges: ['10.0.0.0/8', '0.0.0.0/0'] },
      expected: 'fail',
    },
    {
      name: 'RDP from a corporate range',
      attrs: { allowed: [{ protocol: 'tcp', ports: ['3389'] }], sourceRanges: ['203.0.113.0/24'] },
      expected: 'pass',
    },
    {
      name: 'RDP from tagged instances only',
      attrs: { allowed: [{ protocol: 'tcp', ports: ['3389'] }], sourceRanges: [], sourceTags: ['bastion'] },
      expected: 'pass',
    },
    { name: 'SSH only', attrs: { allowed: [{ protocol: 'tcp', ports: ['22'] }] }, expected: 'pass' },
    { name: 'disabled rule', attrs: { allowed: [{ protocol: 'tcp', ports: ['3389'] }], disabled: true }, expected: 'pass' },
  ]
  it.each(cases)('$name → $expected', ({ attrs, expected }) => {
    expect(runCheck(check, firewallFixture(attrs)).status).toBe(expected)
  })

  it('is ERROR, never PASS, when the firewall list failed', () => {
    expect(statusesWhenListFails(check, 'compute', 'compute.firewalls.list')).toEqual(['error'])
  })
})
