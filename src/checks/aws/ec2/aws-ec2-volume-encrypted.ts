import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type VolumeAttributes } from '../../../normalize/aws/types.js'

/** EBS volumes must be encrypted at rest so their data, snapshots and replicas are protected by KMS. */
export default defineCheck<VolumeAttributes>({
  id: 'aws-ec2-volume-encrypted',
  title: 'EBS volume is encrypted',
  resourceType: AWS.ec2Volume,
  severity: 'medium',
  categories: ['encryption'],
  rationale:
    'An unencrypted volume yields unencrypted snapshots that can be shared or copied without any KMS permission check, and its data is not protected by key policies, key disabling or CloudTrail-audited key use.',
  remediation: {
    steps: [
      'Create a snapshot of the volume and copy it with encryption enabled (choose a KMS key).',
      'Create a new volume from the encrypted snapshot, swap it in for the original and delete the unencrypted volume and snapshots.',
      'Enable EBS encryption by default so new volumes are encrypted.',
    ],
    cli: 'aws ec2 copy-snapshot --source-region <region> --source-snapshot-id <snapshot-id> --encrypted --kms-key-id <key-arn>',
    terraform:
      'Set encrypted = true (and kms_key_id) on aws_ebs_volume, and encrypted = true in ebs_block_device / root_block_device of aws_instance and launch templates.',
    references: [
      'https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-3',
    ],
  },
  evaluate(volume, result) {
    const { volumeId, encrypted, kmsKeyId, attachedInstanceIds } = volume.attributes
    if (encrypted) return result.pass(`Volume ${volumeId} is encrypted${kmsKeyId ? ` with ${kmsKeyId}` : ''}.`)
    const where = attachedInstanceIds.length > 0 ? ` (attached to ${attachedInstanceIds.join(', ')})` : ' (not attached)'
    return result.fail(`Volume ${volumeId}${where} is not encrypted.`)
  },
})
