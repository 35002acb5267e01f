import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type RdsSnapshotAttributes } from '../../../normalize/aws/types.js'

/** RDS snapshots hold a full copy of the database; encryption keeps that copy under KMS key policies. */
export default defineCheck<RdsSnapshotAttributes>({
  id: 'aws-rds-snapshot-encrypted',
  title: 'RDS DB snapshot is encrypted',
  resourceType: AWS.rdsSnapshot,
  severity: 'medium',
  categories: ['encryption'],
  rationale:
    'An unencrypted snapshot can be shared, copied or restored without any KMS permission check, so its data is protected by nothing but ' +
    'RDS permissions; encryption adds key policies, key disabling and CloudTrail-audited key use.',
  remediation: {
    steps: [
      'Copy the snapshot with a KMS key (the copy is encrypted), then delete the unencrypted snapshot.',
      'Encrypt the source instance or cluster (restore from the encrypted copy) so future snapshots are encrypted.',
    ],
    cli: 'aws rds copy-db-snapshot --source-db-snapshot-identifier <snapshot> --target-db-snapshot-identifier <snapshot>-enc --kms-key-id <key-arn>',
    terraform: 'aws_db_instance / aws_rds_cluster: storage_encrypted = true (and kms_key_id); aws_db_snapshot_copy: kms_key_id.',
    references: [
      'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.Encryption.html',
      'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_CopySnapshot.html',
    ],
  },
  evaluate(snap, result) {
    const { snapshotIdentifier: id, snapshotType, isCluster } = snap.attributes
    const what = `${snapshotType} ${isCluster ? 'cluster' : 'DB'} snapshot ${id}`
    return snap.attributes.encrypted ? result.pass(`The ${what} is encrypted.`) : result.fail(`The ${what} is not encrypted.`)
  },
})
