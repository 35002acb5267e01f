import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type DbClusterAttributes } from '../../../normalize/aws/types.js'

/** Aurora and Multi-AZ DB clusters should encrypt storage, backups, snapshots and replicas at rest. */
export default defineCheck<DbClusterAttributes>({
  id: 'aws-rds-cluster-storage-encrypted',
  title: 'RDS DB cluster storage is encrypted at rest',
  resourceType: AWS.rdsDbCluster,
  severity: 'medium',
  categories: ['encryption'],
  rationale:
    'An unencrypted RDS DB cluster stores its data, automated backups, snapshots and replicas unencrypted; ' +
    'encryption can only be chosen at creation, so fixing it later means a restore into a new cluster. Aurora ' +
    'Serverless v1 clusters have no DB instances, so only this cluster-level check sees them.',
  remediation: {
    steps: [
      'Take a snapshot of the cluster and restore it into a new cluster with storage encryption and a KMS key.',
      'Move clients to the new cluster and delete the unencrypted one.',
    ],
    cli: 'aws rds restore-db-cluster-from-snapshot --db-cluster-identifier <new-id> --snapshot-identifier <snapshot> --engine <engine> --kms-key-id <key-arn>',
    terraform: 'aws_rds_cluster: storage_encrypted = true, kms_key_id = <key ARN>',
    references: [
      'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Overview.Encryption.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html',
    ],
  },
  evaluate(cluster, result) {
    const { dbClusterIdentifier: id, storageEncrypted, kmsKeyId } = cluster.attributes
    if (!storageEncrypted) return result.fail(`Cluster ${id} stores its data, backups and snapshots unencrypted.`)
    return result.pass(`Cluster ${id} encrypts its storage${kmsKeyId ? ` with KMS key ${kmsKeyId}` : ''}.`)
  },
})
