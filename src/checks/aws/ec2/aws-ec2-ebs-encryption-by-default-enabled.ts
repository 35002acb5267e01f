import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AWS, type EbsEncryptionDefaultAttributes } from '../../../normalize/aws/types.js'

/** EBS encryption by default must be on in every region so no new volume or snapshot copy is created in clear. */
export default defineCheck<EbsEncryptionDefaultAttributes>({
  id: 'aws-ec2-ebs-encryption-by-default-enabled',
  title: 'EBS encryption by default is enabled in the region',
  resourceType: AWS.ec2EbsEncryptionDefault,
  severity: 'medium',
  categories: ['encryption'],
  rationale:
    'Without the regional default, every launch template, script or console user must remember to request encryption; one omission leaves a volume and all its snapshots unencrypted, and encryption cannot be turned on in place later.',
  remediation: {
    steps: [
      'Enable EBS encryption by default in each region you use (EC2 console → Settings → Data protection and security).',
      'Optionally set a customer managed KMS key as the default key.',
    ],
    cli: 'aws ec2 enable-ebs-encryption-by-default --region <region>',
    terraform:
      'Declare resource "aws_ebs_encryption_by_default" with enabled = true in each regional provider (and optionally aws_ebs_default_kms_key).',
    references: [
      'https://docs.aws.amazon.com/ebs/latest/userguide/encryption-by-default.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-7',
    ],
  },
  evaluate(setting, result) {
    const enabled = known(setting.attributes.enabled, 'EBS encryption-by-default setting')
    return enabled
      ? result.pass(`EBS encryption by default is enabled in ${setting.region}.`)
      : result.fail(`EBS encryption by default is disabled in ${setting.region}.`)
  },
})
