import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type SecurityGroupAttributes } from '../../../normalize/aws/types.js'
import { describeRule, internetRulesCovering } from '../../_shared/network.js'

/** Security groups must not open SSH to the whole internet: port 22 is scanned and brute-forced constantly. */
export default defineCheck<SecurityGroupAttributes>({
  id: 'aws-ec2-sg-no-ssh-from-internet',
  title: 'Security group does not allow SSH (22) from 0.0.0.0/0 or ::/0',
  resourceType: AWS.ec2SecurityGroup,
  severity: 'high',
  categories: ['network'],
  rationale:
    'An SSH port reachable from any address is found by internet-wide scanners within minutes and exposed to credential stuffing, key theft and sshd vulnerabilities such as regreSSHion (CVE-2024-6387).',
  remediation: {
    steps: [
      'Remove inbound rules that cover port 22 (including all-traffic rules) from 0.0.0.0/0 and ::/0.',
      'Allow SSH only from known administrative ranges, or use SSM Session Manager / EC2 Instance Connect Endpoint instead.',
    ],
    cli: 'aws ec2 revoke-security-group-ingress --group-id <group-id> --protocol tcp --port 22 --cidr 0.0.0.0/0',
    terraform:
      'In aws_security_group ingress blocks (or aws_vpc_security_group_ingress_rule) whose from_port..to_port includes 22, replace "0.0.0.0/0" / "::/0" in cidr_blocks / ipv6_cidr_blocks with specific ranges.',
    references: [
      'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-security-group-rules.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-13',
    ],
  },
  evaluate(sg, result) {
    const open = internetRulesCovering(sg.attributes.ingress, [22])
    return open.length === 0
      ? result.pass(`No inbound rule of ${sg.attributes.groupId} opens port 22 to the internet.`)
      : result.fail(`Inbound rule(s) ${open.map(describeRule).join(', ')} of ${sg.attributes.groupId} open SSH to the internet.`)
  },
})
