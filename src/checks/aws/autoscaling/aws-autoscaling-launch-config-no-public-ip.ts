import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type LaunchConfigurationAttributes } from '../../../normalize/aws/types.js'
import { publicIpProblem } from '../ec2/launch-settings.js'

/** Launch configurations should not give instances public IPv4 addresses. */
export default defineCheck<LaunchConfigurationAttributes>({
  id: 'aws-autoscaling-launch-config-no-public-ip',
  title: 'Auto Scaling launch configuration does not assign public IPv4 addresses',
  resourceType: AWS.autoscalingLaunchConfiguration,
  severity: 'medium',
  categories: ['network'],
  rationale:
    'AssociatePublicIpAddress=true puts every instance of the group on the internet, whatever the subnet setting, one permissive ' +
    'security group rule away from exposing its services.',
  remediation: {
    steps: [
      'Create a launch template (preferred) or a new launch configuration with AssociatePublicIpAddress=false, launching into private subnets.',
      'Publish the service through a load balancer; point the groups at the new configuration and refresh their instances.',
    ],
    cli: 'aws autoscaling create-launch-configuration --launch-configuration-name <new-name> --image-id <ami> --instance-type <type> --no-associate-public-ip-address',
    terraform: 'aws_launch_configuration: associate_public_ip_address = false (or move to aws_launch_template).',
    references: [
      'https://docs.aws.amazon.com/autoscaling/ec2/userguide/asg-in-vpc.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/autoscaling-controls.html#autoscaling-5',
    ],
  },
  evaluate(lc, result) {
    const name = lc.attributes.launchConfigurationName
    const problem = publicIpProblem(lc.attributes)
    return problem
      ? result.fail(`Launch configuration ${name} gives instances public IPv4 addresses: ${problem}.`)
      : result.pass(`Launch configuration ${name} does not request public IPv4 addresses.`)
  },
})
