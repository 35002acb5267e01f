import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type LaunchTemplateAttributes } from '../../../normalize/aws/types.js'
import { imdsProblem, versionProblems } from './launch-settings.js'

/** Launch templates should require IMDSv2, so every instance launched from them starts without IMDSv1. */
export default defineCheck<LaunchTemplateAttributes>({
  id: 'aws-ec2-launch-template-imdsv2-required',
  title: 'EC2 launch template requires IMDSv2 in its default and latest versions',
  resourceType: AWS.ec2LaunchTemplate,
  severity: 'high',
  categories: ['network', 'identity'],
  rationale:
    'Instances inherit their metadata options from the launch template. If it leaves HttpTokens optional or unset, every instance that ' +
    'Auto Scaling, EC2 Fleet or a user launches from it allows IMDSv1, where one SSRF or open proxy is enough to read the instance role credentials.',
  remediation: {
    steps: [
      'Create a new template version with MetadataOptions HttpTokens=required (and HttpEndpoint enabled or disabled as needed).',
      'Make it the default version, and update Auto Scaling groups that pin an older version.',
    ],
    cli: 'aws ec2 create-launch-template-version --launch-template-id <lt-id> --source-version <n> --launch-template-data \'{"MetadataOptions":{"HttpTokens":"required"}}\'',
    terraform: 'aws_launch_template: metadata_options { http_tokens = "required" }.',
    references: [
      'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-IMDS-new-instances.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/autoscaling-controls.html#autoscaling-3',
    ],
  },
  evaluate(t, result) {
    const name = t.attributes.launchTemplateName
    const problems = versionProblems(t, imdsProblem)
    return problems.length === 0
      ? result.pass(`Launch template ${name} requires IMDSv2 (or disables the metadata endpoint) in its default and latest versions.`)
      : result.fail(`Launch template ${name} allows IMDSv1: ${problems.join('; ')}.`)
  },
})
