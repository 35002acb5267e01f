import { describe, expect, it } from 'vitest'
import check from './aws-ec2-sg-no-cifs-from-internet.js'
import { awsFixture, runCheck } from '../../_shared/testing.js'
import { AWS, type SecurityGroupAttributes, type SgRule } from '../../../normalize/aws/types.js'

const sg = (ingress: SgRule[]) =>
  awsFixture<SecurityGroupAttributes>(AWS.ec2SecurityGroup, {
    groupId: 'sg-0a1b2c',
    groupName: 'files',
    vpcId: 'vpc-1',
    isDefault: false,
    ingress,
    egress: [],
    attachedEnis: 1,
  })

describe(check.id, () => {
  const cases: { name: string; ingress: SgRule[]; expected: 'pass' | 'fail' }[] = [
    { name: 'TCP 445 from 0.0.0.0/0', ingress: [{ protocol: 'tcp', fromPort: 445, toPort: 445, cidrIpv4: '0.0.0.0/0' }], expected: 'fail' },
    { name: 'TCP 139 from ::/0', ingress: [{ protocol: 'tcp', fromPort: 139, toPort: 139, cidrIpv6: '::/0' }], expected: 'fail' },
    { name: 'all traffic from the internet', ingress: [{ protocol: '-1', fromPort: null, toPort: null, cidrIpv4: '0.0.0.0/0' }], expected: 'fail' },
    { name: 'TCP 445 from a private range', ingress: [{ protocol: 'tcp', fromPort: 445, toPort: 445, cidrIpv4: '10.0.0.0/8' }], expected: 'pass' },
    { name: 'UDP 445 is not SMB over TCP', ingress: [{ protocol: 'udp', fromPort: 445, toPort: 445, cidrIpv4: '0.0.0.0/0' }], expected: 'pass' },
    { name: 'HTTP from the internet', ingress: [{ protocol: 'tcp', fromPort: 80, toPort: 80, cidrIpv4: '0.0.0.0/0' }], expected: 'pass' },
  ]
  it.each(cases)('$name → $expected', ({ ingress, expected }) => {
    expect(runCheck(check, sg(ingress)).status).toBe(expected)
  })
})
