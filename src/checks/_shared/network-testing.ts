/** Test helpers for network checks: security group and network ACL fixtures, and the ingress-rule case table. */
import { describe, expect, it } from 'vitest'
import type { Status } from '../../core/finding.js'
import type { Resource } from '../../core/resource.js'
import type { Check } from '../../evaluate/define-check.js'
import { AWS, type NaclEntry, type SecurityGroupAttributes, type SgRule } from '../../normalize/aws/types.js'
import { awsFixture, runCheck } from './testing.js'

/** A non-default security group sg-0a1b2c in vpc-1 with one attached interface and no rules; `attrs` override any attribute. */
export function securityGroupFixture(attrs: Partial<SecurityGroupAttributes> = {}): Resource<SecurityGroupAttributes> {
  return awsFixture<SecurityGroupAttributes>(AWS.ec2SecurityGroup, {
    groupId: 'sg-0a1b2c',
    groupName: 'app',
    vpcId: 'vpc-1',
    isDefault: false,
    ingress: [],
    egress: [],
    attachedEnis: 1,
    ...attrs,
  })
}

/** A network ACL entry (inbound unless `egress`) for `cidr`, IPv6 when it contains ':'; `ports` null means all ports. */
export function naclEntry(
  ruleNumber: number,
  action: 'allow' | 'deny',
  protocol: string,
  ports: [number, number] | null,
  cidr: string,
  egress = false,
): NaclEntry {
  return {
    ruleNumber,
    egress,
    action,
    protocol,
    ...(cidr.includes(':') ? { cidrIpv6: cidr } : { cidrIpv4: cidr }),
    fromPort: ports?.[0] ?? null,
    toPort: ports?.[1] ?? null,
  }
}

/** One row of an ingress check's table: the group's inbound rules and the expected verdict. */
export interface IngressCase {
  name: string
  ingress: SgRule[]
  expected: Extract<Status, 'pass' | 'fail'>
}

/** Declares the table of one security-group ingress check, each case run against securityGroupFixture with its rules. */
export function describeIngressCheck(check: Check<SecurityGroupAttributes>, cases: IngressCase[]): void {
  describe(check.id, () => {
    it.each(cases)('$name → $expected', ({ ingress, expected }) => {
      expect(runCheck(check, securityGroupFixture({ ingress })).status).toBe(expected)
    })
  })
}
