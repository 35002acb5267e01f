import { describe, expect, it } from 'vitest'
import check from './aws-ec2-sg-no-rdp-from-internet.js'
import { awsFixture, runCheck } from '../../_shared/testing.js'
import { AWS, type SecurityGroupAttributes, type SgRule } from '../../../normalize/aws/types.js'

const sg = (ingress: SgRule[]) =>
  awsFixture<SecurityGroupAttributes>(AWS.ec2SecurityGroup, {
    groupId: 'sg-1',
    groupName: 'web',
    vpcId: 'vpc-1',
    isDefault: false,
    ingress,
    egress: [],
    attachedEnis: 1,
  })

describe(check.id, () => {
  const cases: { name: string; ingress: SgRule[]; expected: 'pass' | 'fail' }[] = [
    { name: 'RDP from the internet (IPv4)', ingress: [{ protocol: 'tcp', fromPort: 3389, toPort: 3389, cidrIpv4: '0.0.0.0/0' }], expected: 'fail' },
    { name: 'RDP inside a range from ::/0', ingress: [{ protocol: 'tcp', fromPort: 3000, toPort: 4000, cidrIpv6: '::/0' }], expected: 'fail' },
    { name: 'all traffic from the internet', ingress: [{ protocol: '-1', fromPort: null, toPort: null, cidrIpv4: '0.0.0.0/0' }], expected: 'fail' },
    { name: 'RDP from a corporate range', ingress: [{ protocol: 'tcp', fromPort: 3389, toPort: 3389, cidrIpv4: '10.0.0.0/8' }], expected: 'pass' },
    { name: 'HTTPS from the internet', ingress: [{ protocol: 'tcp', fromPort: 443, toPort: 443, cidrIpv4: '0.0.0.0/0' }], expected: 'pass' },
    { name: 'UDP 3389 is not TCP RDP', ingress: [{ protocol: 'udp', fromPort: 3389, toPort: 3389, cidrIpv4: '10.0.0.0/8' }], expected: 'pass' },
  ]
  it.each(cases)('$name → $expected', ({ ingress, expected }) => {
    expect(runCheck(check, sg(ingress)).status).toBe(expected)
  })
})
