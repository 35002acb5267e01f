import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type LaunchTemplateAttributes } from '../../../normalize/aws/types.js'
import { publicIpProblem, versionProblems } from './launch-settings.js'

/** Launch templates should not ask for public IPv4 addresses on their network interfaces. */
export default defineCheck<LaunchTemplateAttributes>({
  id: 'aws-ec2-launch-template-no-public-ip',
  title: 'EC2 launch template does not assign public IPv4 addresses to network interfaces',
  resourceType: AWS.ec2LaunchTemplate,
  severity: 'medium',
  categories: ['network'],
  rationale:
    'AssociatePublicIpAddress=true gives every instance launched from the template an address reachable from the internet, even in a ' +
    'subnet that does not auto-assign one; the instances are then one permissive security group rule away from exposure.',
  remediation: {
    steps: [
      'Create a template version whose network interfaces set AssociatePublicIpAddress=false, launching into private subnets.',
      'Publish services through a load balancer and administer instances with SSM Session Manager.',
      'Make the new version the default and roll the Auto Scaling groups that use the template.',
    ],
    cli: 'aws ec2 create-launch-template-version --launch-template-id <lt-id> --source-version <n> --launch-template-data \'{"NetworkInterfaces":[{"DeviceIndex":0,"AssociatePublicIpAddress":false}]}\'',
    terraform: 'aws_launch_template: network_interfaces { associate_public_ip_address = false }.',
    references: [
      'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-instance-addressing.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-25',
    ],
  },
  evaluate(t, result) {
    const name = t.attributes.launchTemplateName
    const problems = versionProblems(t, publicIpProblem)
    return problems.length === 0
      ? result.pass(`Launch template ${name} does not request public IPv4 addresses in its default and latest versions.`)
      : result.fail(`Launch template ${name} assigns public IPv4 addresses: ${problems.join('; ')}.`)
  },
})
