import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type InstanceAttributes } from '../../../normalize/aws/types.js'
import { isLiveInstance } from '../../_shared/ec2-instance.js'

/** Instances should get AWS credentials from an instance profile (role), not from long-lived keys stored on disk. */
export default defineCheck<InstanceAttributes>({
  id: 'aws-ec2-instance-uses-instance-profile',
  title: 'EC2 instance has an IAM instance profile attached',
  resourceType: AWS.ec2Instance,
  severity: 'low',
  categories: ['identity'],
  rationale:
    'An instance without a role cannot obtain rotating temporary credentials, so workloads that call AWS fall back to access keys copied onto the host, which leak through images, backups and compromised processes and are rarely rotated; a role also enables SSM management.',
  remediation: {
    steps: [
      'Create an IAM role with only the permissions the workload needs and an instance profile for it.',
      'Attach the instance profile to the instance, then remove any access keys stored on the host and deactivate them in IAM.',
    ],
    cli: 'aws ec2 associate-iam-instance-profile --instance-id <instance-id> --iam-instance-profile Name=<profile-name>',
    terraform:
      'Create aws_iam_role + aws_iam_instance_profile and set iam_instance_profile on aws_instance (or iam_instance_profile { name } in aws_launch_template).',
    references: [
      'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/iam-roles-for-amazon-ec2.html',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#bp-workloads-use-roles',
    ],
  },
  // Stopped instances are included: they keep their (missing) profile when started again.
  applies: (instance) => isLiveInstance(instance.attributes.state),
  evaluate(instance, result) {
    const { instanceId, state, instanceProfileArn } = instance.attributes
    return instanceProfileArn
      ? result.pass(`Instance ${instanceId} uses instance profile ${instanceProfileArn}.`)
      : result.fail(`Instance ${instanceId} (${state}) has no IAM instance profile attached.`)
  },
})
