import { describe, expect, it } from 'vitest'
import check from './aws-ec2-default-sg-restricts-all-traffic.js'
import { Inventory } from '../../../core/inventory.js'
import { evaluate } from '../../../evaluate/engine.js'
import { awsFixture, runCheck, TEST_NOW } from '../../_shared/testing.js'
import { AWS, type SecurityGroupAttributes, type SgRule } from '../../../normalize/aws/types.js'

const sg = (isDefault: boolean, ingress: SgRule[], egress: SgRule[]) =>
  awsFixture<SecurityGroupAttributes>(AWS.ec2SecurityGroup, {
    groupId: 'sg-0d3f',
    groupName: isDefault ? 'default' : 'web',
    vpcId: 'vpc-1',
    isDefault,
    ingress,
    egress,
    attachedEnis: 0,
  })

const allOut: SgRule = { protocol: '-1', fromPort: null, toPort: null, cidrIpv4: '0.0.0.0/0' }
const selfIn: SgRule = { protocol: '-1', fromPort: null, toPort: null, groupId: 'sg-0d3f' }

describe(check.id, () => {
  const cases: { name: string; ingress: SgRule[]; egress: SgRule[]; expected: 'pass' | 'fail' }[] = [
    { name: 'AWS defaults (self inbound, all outbound)', ingress: [selfIn], egress: [allOut], expected: 'fail' },
    { name: 'outbound rule only', ingress: [], egress: [allOut], expected: 'fail' },
    { name: 'inbound rule only', ingress: [selfIn], egress: [], expected: 'fail' },
    { name: 'no rules at all', ingress: [], egress: [], expected: 'pass' },
  ]
  it.each(cases)('$name → $expected', ({ ingress, egress, expected }) => {
    expect(runCheck(check, sg(true, ingress, egress)).status).toBe(expected)
  })

  it('describes outbound rules by destination', () => {
    expect(runCheck(check, sg(true, [], [allOut])).message).toContain('outbound all traffic to 0.0.0.0/0')
  })

  it('gives no finding for non-default groups', () => {
    const findings = evaluate([check], new Inventory([sg(false, [selfIn], [allOut])]), () => [], TEST_NOW)
    expect(findings).toHaveLength(0)
  })
})
