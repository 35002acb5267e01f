import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type SnapshotAttributes } from '../../../normalize/aws/types.js'

/** EBS snapshots hold full copies of volume data; encryption keeps those copies under KMS key policies. */
export default defineCheck<SnapshotAttributes>({
  id: 'aws-ec2-snapshot-encrypted',
  title: 'EBS snapshot is encrypted',
  resourceType: AWS.ec2Snapshot,
  severity: 'medium',
  categories: ['encryption'],
  rationale:
    'An unencrypted snapshot can be shared, copied across accounts and regions, or turned into a volume without any KMS permission check; ' +
    'an encrypted one stays protected by key policies, key disabling and CloudTrail-audited key use.',
  remediation: {
    steps: [
      'Copy the snapshot with encryption enabled (choose a KMS key), then delete the unencrypted snapshot.',
      'Encrypt the source volume and enable EBS encryption by default so future snapshots are encrypted.',
    ],
    cli: 'aws ec2 copy-snapshot --source-region <region> --source-snapshot-id <snapshot-id> --encrypted --kms-key-id <key-arn>',
    terraform:
      'aws_ebs_volume: encrypted = true; aws_ebs_snapshot_copy: encrypted = true and kms_key_id; aws_ebs_encryption_by_default: enabled = true.',
    references: [
      'https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html',
      'https://docs.aws.amazon.com/ebs/latest/userguide/ebs-copy-snapshot.html',
    ],
  },
  evaluate(snap, result) {
    const { snapshotId, volumeId, encrypted } = snap.attributes
    const from = volumeId ? ` (of volume ${volumeId})` : ''
    return encrypted ? result.pass(`Snapshot ${snapshotId}${from} is encrypted.`) : result.fail(`Snapshot ${snapshotId}${from} is not encrypted.`)
  },
})
