import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type AutoScalingGroupAttributes } from '../../../normalize/aws/types.js'

/** Auto Scaling groups should launch from launch templates; launch configurations are a legacy feature that AWS no longer develops. */
export default defineCheck<AutoScalingGroupAttributes>({
  id: 'aws-autoscaling-group-uses-launch-template',
  title: 'Auto Scaling group launches instances from a launch template, not a launch configuration',
  resourceType: AWS.autoscalingGroup,
  severity: 'low',
  categories: ['patching'],
  rationale:
    'Launch configurations cannot be versioned, receive no new EC2 features or instance types (none released after 2022), and cannot be ' +
    'created in new accounts; groups that still use them cannot adopt newer security settings such as account-level IMDS defaults through ' +
    'template versions, and are harder to update safely.',
  remediation: {
    steps: [
      'Copy the launch configuration to a launch template (console: "Copy to launch template"), requiring IMDSv2 while at it.',
      'Point the group at the launch template and start an instance refresh to replace existing instances.',
      'Delete the launch configuration once no group uses it.',
    ],
    cli: "aws autoscaling update-auto-scaling-group --auto-scaling-group-name <asg> --launch-template LaunchTemplateId=<lt-id>,Version='$Default'",
    terraform:
      'aws_autoscaling_group: replace launch_configuration with launch_template { id = aws_launch_template.<name>.id, version = "$Default" }.',
    references: [
      'https://docs.aws.amazon.com/autoscaling/ec2/userguide/migrate-to-launch-templates.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/autoscaling-controls.html#autoscaling-9',
    ],
  },
  evaluate(group, result) {
    const { autoScalingGroupName: name, launchTemplate, launchConfigurationName } = group.attributes
    if (launchTemplate)
      return result.pass(`Auto Scaling group ${name} launches from launch template ${launchTemplate.name ?? launchTemplate.id ?? ''}.`)
    return launchConfigurationName
      ? result.fail(`Auto Scaling group ${name} launches from the legacy launch configuration ${launchConfigurationName}.`)
      : result.pass(`Auto Scaling group ${name} uses no launch configuration.`)
  },
})
