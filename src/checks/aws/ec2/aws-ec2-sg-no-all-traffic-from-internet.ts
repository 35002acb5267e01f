import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type SecurityGroupAttributes } from '../../../normalize/aws/types.js'
import { describeRule, internetSource, isAllTraffic } from '../../_shared/network.js'

/** Security groups must not accept every protocol or the full port range from the internet. */
export default defineCheck<SecurityGroupAttributes>({
  id: 'aws-ec2-sg-no-all-traffic-from-internet',
  title: 'Security group does not allow all traffic from 0.0.0.0/0 or ::/0',
  resourceType: AWS.ec2SecurityGroup,
  severity: 'critical',
  categories: ['network'],
  rationale:
    'A rule admitting all protocols or all ports from anywhere exposes every service on every attached interface — databases, admin consoles, debug ports — leaving the security group with no filtering role at all.',
  remediation: {
    steps: [
      'Delete inbound rules with protocol "All" (-1) or port range 0-65535 whose source is 0.0.0.0/0 or ::/0.',
      'Add narrow rules for the specific ports the workload serves (for example 443 from the load balancer security group).',
    ],
    cli: 'aws ec2 revoke-security-group-ingress --group-id <group-id> --ip-permissions IpProtocol=-1,IpRanges=[{CidrIp=0.0.0.0/0}]',
    terraform:
      'Remove aws_security_group ingress blocks (or aws_vpc_security_group_ingress_rule resources) with protocol = "-1" or from_port = 0 / to_port = 65535 and cidr_blocks = ["0.0.0.0/0"] or ipv6_cidr_blocks = ["::/0"].',
    references: [
      'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-security-group-rules.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-18',
    ],
  },
  evaluate(sg, result) {
    const open = sg.attributes.ingress.filter((r) => isAllTraffic(r) && internetSource(r) !== null)
    return open.length === 0
      ? result.pass(`No inbound rule of ${sg.attributes.groupId} admits all traffic from the internet.`)
      : result.fail(`Inbound rule(s) ${open.map(describeRule).join(', ')} of ${sg.attributes.groupId} admit all traffic from the internet.`)
  },
})
