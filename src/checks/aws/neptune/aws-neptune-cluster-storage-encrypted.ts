import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type DbClusterAttributes } from '../../../normalize/aws/types.js'

/** Neptune clusters should encrypt storage, backups, snapshots and replicas at rest. */
export default defineCheck<DbClusterAttributes>({
  id: 'aws-neptune-cluster-storage-encrypted',
  title: 'Neptune cluster storage is encrypted at rest',
  resourceType: AWS.neptuneCluster,
  severity: 'medium',
  categories: ['encryption'],
  rationale:
    'An unencrypted Neptune cluster stores its data, automated backups, snapshots and replicas unencrypted; ' +
    'encryption can only be chosen at creation, so fixing it later means a restore into a new cluster.',
  remediation: {
    steps: [
      'Take a snapshot of the cluster and restore it into a new cluster with storage encryption and a KMS key.',
      'Move clients to the new cluster and delete the unencrypted one.',
    ],
    cli: 'aws neptune restore-db-cluster-from-snapshot --db-cluster-identifier <new-id> --snapshot-identifier <snapshot> --engine neptune --kms-key-id <key-arn>',
    terraform: 'aws_neptune_cluster: storage_encrypted = true, kms_key_arn = <key ARN>',
    references: [
      'https://docs.aws.amazon.com/neptune/latest/userguide/encrypt.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/neptune-controls.html',
    ],
  },
  evaluate(cluster, result) {
    const { dbClusterIdentifier: id, storageEncrypted, kmsKeyId } = cluster.attributes
    if (!storageEncrypted) return result.fail(`Cluster ${id} stores its data, backups and snapshots unencrypted.`)
    return result.pass(`Cluster ${id} encrypts its storage${kmsKeyId ? ` with KMS key ${kmsKeyId}` : ''}.`)
  },
})
