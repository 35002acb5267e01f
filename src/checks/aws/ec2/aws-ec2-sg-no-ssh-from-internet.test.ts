import { describe, expect, it } from 'vitest'
import check from './aws-ec2-sg-no-ssh-from-internet.js'
import { awsFixture, runCheck } from '../../_shared/testing.js'
import { AWS, type SecurityGroupAttributes, type SgRule } from '../../../normalize/aws/types.js'

const sg = (ingress: SgRule[]) =>
  awsFixture<SecurityGroupAttributes>(AWS.ec2SecurityGroup, {
    groupId: 'sg-0a1b2c',
    groupName: 'bastion',
    vpcId: 'vpc-1',
    isDefault: false,
    ingress,
    egress: [],
    attachedEnis: 1,
  })

describe(check.id, () => {
  const cases: { name: string; ingress: SgRule[]; expected: 'pass' | 'fail' }[] = [
    { name: 'SSH from 0.0.0.0/0', ingress: [{ protocol: 'tcp', fromPort: 22, toPort: 22, cidrIpv4: '0.0.0.0/0' }], expected: 'fail' },
    { name: 'port range including 22 from ::/0', ingress: [{ protocol: 'tcp', fromPort: 0, toPort: 1024, cidrIpv6: '::/0' }], expected: 'fail' },
    { name: 'all traffic from the internet', ingress: [{ protocol: '-1', fromPort: null, toPort: null, cidrIpv4: '0.0.0.0/0' }], expected: 'fail' },
    { name: 'SSH from an office range', ingress: [{ protocol: 'tcp', fromPort: 22, toPort: 22, cidrIpv4: '203.0.113.0/24' }], expected: 'pass' },
    { name: 'SSH from another security group', ingress: [{ protocol: 'tcp', fromPort: 22, toPort: 22, groupId: 'sg-9' }], expected: 'pass' },
    { name: 'HTTPS from the internet', ingress: [{ protocol: 'tcp', fromPort: 443, toPort: 443, cidrIpv4: '0.0.0.0/0' }], expected: 'pass' },
    { name: 'no inbound rules', ingress: [], expected: 'pass' },
  ]
  it.each(cases)('$name → $expected', ({ ingress, expected }) => {
    expect(runCheck(check, sg(ingress)).status).toBe(expected)
  })

  it('names the offending rule', () => {
    const f = runCheck(check, sg([{ protocol: 'tcp', fromPort: 22, toPort: 22, cidrIpv4: '0.0.0.0/0' }]))
    expect(f.message).toContain('tcp 22 from 0.0.0.0/0')
  })
})
