import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type SecurityGroupAttributes } from '../../../normalize/aws/types.js'
import { describeRule } from '../../_shared/network.js'

/** A VPC's default security group must have no rules, so resources launched without a group get no access. */
export default defineCheck<SecurityGroupAttributes>({
  id: 'aws-ec2-default-sg-restricts-all-traffic',
  title: 'Default security group of every VPC has no inbound or outbound rules',
  resourceType: AWS.ec2SecurityGroup,
  severity: 'medium',
  categories: ['network'],
  rationale:
    'Instances, ENIs and Lambda functions launched without an explicit security group land in the default group; when it has rules, they silently get network access nobody reviewed (by default every member can reach every other member and the internet).',
  remediation: {
    steps: [
      'Create purpose-specific security groups and move any resources still using the default group to them.',
      'Delete every inbound and outbound rule of the default security group (it cannot itself be deleted).',
    ],
    cli: 'aws ec2 revoke-security-group-egress --group-id <default-group-id> --ip-permissions IpProtocol=-1,IpRanges=[{CidrIp=0.0.0.0/0}]',
    terraform:
      'Manage it with an aws_default_security_group resource per VPC (vpc_id = aws_vpc.<name>.id) declared with no ingress and no egress blocks: Terraform then removes all its rules.',
    references: [
      'https://docs.aws.amazon.com/vpc/latest/userguide/default-security-group.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-2',
    ],
  },
  applies: (sg) => sg.attributes.isDefault,
  evaluate(sg, result) {
    const { ingress, egress, groupId, vpcId } = sg.attributes
    if (ingress.length === 0 && egress.length === 0)
      return result.pass(`Default security group ${groupId} of ${vpcId ?? 'EC2-Classic'} has no rules.`)
    const rules = [...ingress.map((r) => `inbound ${describeRule(r)}`), ...egress.map((r) => `outbound ${describeRule(r).replace(' from ', ' to ')}`)]
    return result.fail(`Default security group ${groupId} of ${vpcId ?? 'EC2-Classic'} has ${rules.length} rule(s): ${rules.join(', ')}.`)
  },
})
