import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type RdsInstanceAttributes } from '../../../normalize/aws/types.js'

/** Encryption at rest covers the DB storage, its automated backups, snapshots and read replicas (CIS AWS Foundations v1.4 2.3.1). */
export default defineCheck<RdsInstanceAttributes>({
  id: 'aws-rds-instance-storage-encrypted',
  title: 'RDS DB instance storage is encrypted at rest',
  resourceType: AWS.rdsInstance,
  severity: 'medium',
  categories: ['encryption'],
  rationale:
    'Unencrypted storage means every snapshot, backup and replica of the database is unencrypted too, so a shared or leaked ' +
    'snapshot exposes the data directly; encryption can only be set when an instance is created.',
  remediation: {
    steps: [
      'Take a snapshot of the instance and copy it with a KMS key (copy-db-snapshot --kms-key-id).',
      'Restore a new instance from the encrypted copy, switch clients over, then delete the unencrypted instance.',
    ],
    cli: 'aws rds copy-db-snapshot --source-db-snapshot-identifier <snapshot> --target-db-snapshot-identifier <snapshot>-encrypted --kms-key-id <key-arn>',
    terraform: 'aws_db_instance: storage_encrypted = true (and kms_key_id for a customer-managed key); forces a new instance.',
    references: ['https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.Encryption.html'],
  },
  evaluate(db, result) {
    const { dbInstanceIdentifier: id, engine, kmsKeyId } = db.attributes
    return db.attributes.storageEncrypted
      ? result.pass(`DB instance ${id} (${engine}) encrypts its storage${kmsKeyId ? ` with KMS key ${kmsKeyId}` : ''}.`)
      : result.fail(`DB instance ${id} (${engine}) stores its data, backups and snapshots unencrypted.`)
  },
})
