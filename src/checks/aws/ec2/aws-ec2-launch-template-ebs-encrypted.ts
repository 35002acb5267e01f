import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type LaunchTemplateAttributes } from '../../../normalize/aws/types.js'
import { templateVersions, unencryptedVolumes } from './launch-settings.js'

/** EBS volumes defined in launch templates should be encrypted (explicitly, or through EBS encryption by default). */
export default defineCheck<LaunchTemplateAttributes>({
  id: 'aws-ec2-launch-template-ebs-encrypted',
  title: 'EC2 launch template block devices create encrypted EBS volumes',
  resourceType: AWS.ec2LaunchTemplate,
  severity: 'medium',
  categories: ['encryption'],
  rationale:
    'Volumes created from a template mapping with Encrypted=false, or unset in a region without EBS encryption by default, are stored ' +
    'unencrypted, and so are their snapshots: anyone who obtains a snapshot or a copy can read the data without a KMS permission.',
  remediation: {
    steps: [
      'Create a template version whose EBS block device mappings set Encrypted=true (optionally with a KmsKeyId).',
      'Or enable EBS encryption by default in the region, which encrypts every new volume.',
      'Make the new version the default and replace instances launched from the old one.',
    ],
    cli: 'aws ec2 enable-ebs-encryption-by-default --region <region>',
    terraform: 'aws_launch_template: block_device_mappings { ebs { encrypted = true } } (or aws_ebs_encryption_by_default enabled = true).',
    references: [
      'https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html',
      'https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_LaunchTemplateEbsBlockDeviceRequest.html',
    ],
  },
  evaluate(t, result, ctx) {
    const name = t.attributes.launchTemplateName
    const problems = templateVersions(t).flatMap(({ label, settings }) => {
      const bad = unencryptedVolumes(t, settings, ctx)
      return bad.length ? [`${label}: ${bad.join(', ')}`] : []
    })
    return problems.length === 0
      ? result.pass(`Launch template ${name} creates only encrypted EBS volumes in its default and latest versions.`)
      : result.fail(`Launch template ${name} creates unencrypted EBS volumes: ${problems.join('; ')}.`)
  },
})
