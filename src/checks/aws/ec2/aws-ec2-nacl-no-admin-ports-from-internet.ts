import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type NetworkAclAttributes } from '../../../normalize/aws/types.js'
import { describeNaclEntry, naclInternetAllow } from '../../_shared/network.js'

// Remote administration ports named by CIS AWS Foundations (SSH and RDP).
const ADMIN_PORTS = [22, 3389]

/** Network ACLs must not let the internet reach SSH or RDP; they are the subnet-wide second layer behind security groups. */
export default defineCheck<NetworkAclAttributes>({
  id: 'aws-ec2-nacl-no-admin-ports-from-internet',
  title: 'Network ACL does not allow inbound SSH (22) or RDP (3389) from 0.0.0.0/0 or ::/0',
  resourceType: AWS.ec2NetworkAcl,
  severity: 'medium',
  categories: ['network'],
  rationale:
    'A network ACL that admits administration ports from anywhere leaves every instance in its subnets one security-group mistake away from being reachable by internet-wide SSH and RDP brute forcing.',
  remediation: {
    steps: [
      'Remove or narrow inbound allow entries from 0.0.0.0/0 or ::/0 whose port range covers 22 or 3389 (including "all traffic" entries).',
      'Alternatively add deny entries for TCP 22 and 3389 from 0.0.0.0/0 and ::/0 with a lower rule number than the allow entries.',
    ],
    cli: 'aws ec2 create-network-acl-entry --network-acl-id <acl-id> --ingress --rule-number 50 --protocol tcp --port-range From=22,To=22 --cidr-block 0.0.0.0/0 --rule-action deny',
    terraform:
      'In aws_network_acl ingress blocks (or aws_network_acl_rule with egress = false), restrict cidr_block / ipv6_cidr_block of allow rules covering 22 or 3389, or add lower-numbered deny rules for those ports.',
    references: [
      'https://docs.aws.amazon.com/vpc/latest/userguide/nacl-rules.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-21',
    ],
  },
  evaluate(acl, result) {
    const open = ADMIN_PORTS.flatMap((port) => {
      const entry = naclInternetAllow(acl.attributes.entries, port)
      return entry ? [`port ${port} via ${describeNaclEntry(entry)}`] : []
    })
    return open.length === 0
      ? result.pass(`Network ACL ${acl.attributes.networkAclId} does not admit TCP 22 or 3389 from the internet.`)
      : result.fail(`Network ACL ${acl.attributes.networkAclId} admits ${open.join(' and ')}.`)
  },
})
