import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type LaunchConfigurationAttributes } from '../../../normalize/aws/types.js'
import { imdsProblem } from '../ec2/launch-settings.js'

/** Launch configurations should require IMDSv2 for the instances they launch. */
export default defineCheck<LaunchConfigurationAttributes>({
  id: 'aws-autoscaling-launch-config-imdsv2-required',
  title: 'Auto Scaling launch configuration requires IMDSv2',
  resourceType: AWS.autoscalingLaunchConfiguration,
  severity: 'high',
  categories: ['network', 'identity'],
  rationale:
    'Every instance an Auto Scaling group launches from this configuration takes its metadata options from it; with HttpTokens optional ' +
    'or unset they allow IMDSv1, where one SSRF or open proxy is enough to read the instance role credentials.',
  remediation: {
    steps: [
      'Launch configurations cannot be edited: create a launch template (preferred) or a new launch configuration with HttpTokens=required.',
      'Point the groups at it and start an instance refresh.',
    ],
    cli: 'aws autoscaling create-launch-configuration --launch-configuration-name <new-name> --image-id <ami> --instance-type <type> --metadata-options HttpTokens=required,HttpEndpoint=enabled',
    terraform: 'aws_launch_configuration: metadata_options { http_tokens = "required" } (or move to aws_launch_template).',
    references: [
      'https://docs.aws.amazon.com/autoscaling/ec2/userguide/create-launch-config.html#launch-configurations-imds',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/autoscaling-controls.html#autoscaling-3',
    ],
  },
  evaluate(lc, result) {
    const name = lc.attributes.launchConfigurationName
    const problem = imdsProblem(lc.attributes)
    return problem
      ? result.fail(`Launch configuration ${name} allows IMDSv1: ${problem}.`)
      : result.pass(`Launch configuration ${name} requires IMDSv2 (or disables the metadata endpoint).`)
  },
})
