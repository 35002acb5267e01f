import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type SecurityGroupAttributes } from '../../../normalize/aws/types.js'
import { describeRule, internetRulesCovering } from '../../_shared/network.js'

/** Security groups must not open RDP to the whole internet: it is among the most-scanned admin ports. */
export default defineCheck<SecurityGroupAttributes>({
  id: 'aws-ec2-sg-no-rdp-from-internet',
  title: 'Security group does not allow RDP (3389) from 0.0.0.0/0 or ::/0',
  resourceType: AWS.ec2SecurityGroup,
  severity: 'high',
  categories: ['network'],
  rationale: 'An internet-reachable RDP port invites brute force and remote exploits such as BlueKeep (CVE-2019-0708).',
  remediation: {
    steps: ['Remove inbound rules for port 3389 from 0.0.0.0/0 and ::/0.', 'Reach hosts through SSM Session Manager, a VPN or a bastion instead.'],
    cli: 'aws ec2 revoke-security-group-ingress --group-id <group-id> --protocol tcp --port 3389 --cidr 0.0.0.0/0',
    terraform:
      'In aws_security_group / aws_vpc_security_group_ingress_rule, restrict cidr_blocks (and ipv6_cidr_blocks) of rules whose port range includes 3389.',
    references: ['https://docs.aws.amazon.com/vpc/latest/userguide/vpc-security-group-rules.html'],
  },
  evaluate(sg, result) {
    const open = internetRulesCovering(sg.attributes.ingress, [3389])
    return open.length === 0
      ? result.pass('No inbound rule opens port 3389 to the internet.')
      : result.fail(`Inbound rule(s) ${open.map(describeRule).join(', ')} open RDP to the internet.`)
  },
})
