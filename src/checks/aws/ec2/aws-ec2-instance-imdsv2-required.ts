import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type InstanceAttributes } from '../../../normalize/aws/types.js'
import { isLiveInstance } from '../../_shared/ec2-instance.js'

/** Instances must require IMDSv2 session tokens, which blunt SSRF-based theft of instance role credentials. */
export default defineCheck<InstanceAttributes>({
  id: 'aws-ec2-instance-imdsv2-required',
  title: 'EC2 instance requires IMDSv2 (session tokens) for instance metadata',
  resourceType: AWS.ec2Instance,
  severity: 'high',
  categories: ['network', 'identity'],
  rationale:
    "With IMDSv1 allowed, a single server-side request forgery or open proxy lets an attacker read the instance role's temporary credentials from 169.254.169.254 (as in the 2019 Capital One breach); IMDSv2 requires a PUT-issued token that such requests cannot obtain.",
  remediation: {
    steps: [
      'Make sure the software on the instance uses an AWS SDK/CLI version that supports IMDSv2 (check the MetadataNoToken CloudWatch metric).',
      'Set the instance metadata options to HttpTokens=required (or disable the endpoint if unused).',
      'Set the account default or launch templates to require IMDSv2 for new instances.',
    ],
    cli: 'aws ec2 modify-instance-metadata-options --instance-id <instance-id> --http-tokens required --http-endpoint enabled',
    terraform: 'Add metadata_options { http_tokens = "required" } to aws_instance and aws_launch_template resources.',
    references: [
      'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-IMDS-existing-instances.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-8',
    ],
  },
  applies: (instance) => isLiveInstance(instance.attributes.state),
  evaluate(instance, result) {
    const { instanceId, metadataOptions: md } = instance.attributes
    if (md === null) return result.error(`DescribeInstances did not report metadata options for ${instanceId}, so IMDS settings cannot be verified.`)
    if (md.httpEndpoint === 'disabled') return result.pass(`Instance ${instanceId} has the metadata endpoint disabled.`)
    return md.httpTokens === 'required'
      ? result.pass(`Instance ${instanceId} requires IMDSv2 session tokens.`)
      : result.fail(`Instance ${instanceId} (${instance.attributes.state}) allows IMDSv1: HttpTokens is "${md.httpTokens}".`)
  },
})
