import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type LaunchConfigurationAttributes } from '../../../normalize/aws/types.js'
import { unencryptedVolumes } from '../ec2/launch-settings.js'

/** EBS volumes defined in launch configurations should be encrypted (explicitly, or through EBS encryption by default). */
export default defineCheck<LaunchConfigurationAttributes>({
  id: 'aws-autoscaling-launch-config-ebs-encrypted',
  title: 'Auto Scaling launch configuration block devices create encrypted EBS volumes',
  resourceType: AWS.autoscalingLaunchConfiguration,
  severity: 'medium',
  categories: ['encryption'],
  rationale:
    'Volumes created from a mapping with Encrypted=false, or unset in a region without EBS encryption by default, are stored unencrypted, ' +
    'and so are their snapshots: anyone who obtains a snapshot or copy can read the data without a KMS permission.',
  remediation: {
    steps: [
      'Enable EBS encryption by default in the region, or create a launch template with Encrypted=true on its EBS mappings.',
      'Point the groups at it and start an instance refresh to replace unencrypted volumes.',
    ],
    cli: 'aws ec2 enable-ebs-encryption-by-default --region <region>',
    terraform:
      'aws_launch_configuration: ebs_block_device / root_block_device { encrypted = true } (or aws_ebs_encryption_by_default enabled = true).',
    references: [
      'https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html',
      'https://docs.aws.amazon.com/autoscaling/ec2/APIReference/API_Ebs.html',
    ],
  },
  evaluate(lc, result, ctx) {
    const name = lc.attributes.launchConfigurationName
    const bad = unencryptedVolumes(lc, lc.attributes, ctx)
    return bad.length === 0
      ? result.pass(`Launch configuration ${name} creates only encrypted EBS volumes.`)
      : result.fail(`Launch configuration ${name} creates unencrypted EBS volumes: ${bad.join(', ')}.`)
  },
})
