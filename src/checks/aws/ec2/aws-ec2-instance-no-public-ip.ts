import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type InstanceAttributes } from '../../../normalize/aws/types.js'

/** Running instances should not have public IPv4 addresses: reach them through load balancers, NAT, SSM or a bastion instead. */
export default defineCheck<InstanceAttributes>({
  id: 'aws-ec2-instance-no-public-ip',
  title: 'Running EC2 instance has no public IPv4 address',
  resourceType: AWS.ec2Instance,
  severity: 'medium',
  categories: ['network'],
  rationale:
    'A public IP puts the instance directly on the internet, one security group rule away from exposure of every listening service; ' +
    'keeping instances in private subnets behind load balancers, NAT gateways and SSM Session Manager removes that attack surface.',
  remediation: {
    steps: [
      'Move the workload to a private subnet (launch a replacement there) and publish it through a load balancer if it must be reachable.',
      'Release or disassociate Elastic IPs, and turn off auto-assign public IPv4 on the subnet and launch templates.',
      'Use SSM Session Manager instead of direct SSH/RDP for administration.',
    ],
    cli: 'aws ec2 modify-subnet-attribute --subnet-id <subnet-id> --no-map-public-ip-on-launch',
    terraform: 'aws_instance: associate_public_ip_address = false (and no aws_eip); aws_subnet: map_public_ip_on_launch = false.',
    references: [
      'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-instance-addressing.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-9',
    ],
  },
  // Only running instances hold a public IPv4 address; a stopped one loses its auto-assigned address.
  applies: (instance) => instance.attributes.state === 'running',
  evaluate(instance, result) {
    const { instanceId, publicIp, subnetId } = instance.attributes
    const where = subnetId ? ` in ${subnetId}` : ''
    return publicIp === null
      ? result.pass(`Instance ${instanceId}${where} has no public IPv4 address.`)
      : result.fail(`Instance ${instanceId}${where} has the public IPv4 address ${publicIp}.`)
  },
})
