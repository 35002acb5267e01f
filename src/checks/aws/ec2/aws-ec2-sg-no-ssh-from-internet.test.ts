import { describe, expect, it } from 'vitest'
import check from './aws-ec2-sg-no-ssh-from-internet.js'
import { describeIngressCheck, securityGroupFixture } from '../../_shared/network-testing.js'
import { runCheck } from '../../_shared/testing.js'

describeIngressCheck(check, [
  { name: 'SSH from 0.0.0.0/0', ingress: [{ protocol: 'tcp', fromPort: 22, toPort: 22, cidrIpv4: '0.0.0.0/0' }], expected: 'fail' },
  { name: 'port range including 22 from ::/0', ingress: [{ protocol: 'tcp', fromPort: 0, toPort: 1024, cidrIpv6: '::/0' }], expected: 'fail' },
  { name: 'all traffic from the internet', ingress: [{ protocol: '-1', fromPort: null, toPort: null, cidrIpv4: '0.0.0.0/0' }], expected: 'fail' },
  { name: 'SSH from an office range', ingress: [{ protocol: 'tcp', fromPort: 22, toPort: 22, cidrIpv4: '203.0.113.0/24' }], expected: 'pass' },
  { name: 'SSH from another security group', ingress: [{ protocol: 'tcp', fromPort: 22, toPort: 22, groupId: 'sg-9' }], expected: 'pass' },
  { name: 'HTTPS from the internet', ingress: [{ protocol: 'tcp', fromPort: 443, toPort: 443, cidrIpv4: '0.0.0.0/0' }], expected: 'pass' },
  { name: 'no inbound rules', ingress: [], expected: 'pass' },
])

describe(`${check.id} message`, () => {
  it('names the offending rule', () => {
    const f = runCheck(check, securityGroupFixture({ ingress: [{ protocol: 'tcp', fromPort: 22, toPort: 22, cidrIpv4: '0.0.0.0/0' }] }))
    expect(f.message).toContain('tcp 22 from 0.0.0.0/0')
  })
})
