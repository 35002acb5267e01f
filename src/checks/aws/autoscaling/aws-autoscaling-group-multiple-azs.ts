import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type AutoScalingGroupAttributes } from '../../../normalize/aws/types.js'

/** Auto Scaling groups should span at least two Availability Zones. */
export default defineCheck<AutoScalingGroupAttributes>({
  id: 'aws-autoscaling-group-multiple-azs',
  title: 'Auto Scaling group spans at least two Availability Zones',
  resourceType: AWS.autoscalingGroup,
  severity: 'low',
  categories: ['resilience'],
  rationale:
    'A group confined to one Availability Zone loses all its capacity when that zone is impaired, and cannot rebalance elsewhere; ' +
    'with two or more zones Auto Scaling replaces lost instances in the healthy ones.',
  remediation: {
    steps: ['Add subnets in at least one more Availability Zone to the group (VPCZoneIdentifier), and enable cross-zone load balancing where used.'],
    cli: 'aws autoscaling update-auto-scaling-group --auto-scaling-group-name <asg> --vpc-zone-identifier "<subnet-az-a>,<subnet-az-b>"',
    terraform: 'aws_autoscaling_group: vpc_zone_identifier = [subnets in two or more Availability Zones].',
    references: [
      'https://docs.aws.amazon.com/autoscaling/ec2/userguide/ec2-auto-scaling-availability-zone-balanced.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/autoscaling-controls.html#autoscaling-2',
    ],
  },
  evaluate(group, result) {
    const { autoScalingGroupName: name, availabilityZones: zones } = group.attributes
    return zones.length >= 2
      ? result.pass(`Auto Scaling group ${name} spans ${zones.length} Availability Zones (${zones.join(', ')}).`)
      : result.fail(`Auto Scaling group ${name} runs in ${zones.length === 0 ? 'no Availability Zone' : `only ${zones.join(', ')}`}.`)
  },
})
