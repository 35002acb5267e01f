import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type RedshiftClusterAttributes } from '../../../normalize/aws/types.js'

/** Redshift clusters should encrypt data blocks, system data and snapshots at rest. */
export default defineCheck<RedshiftClusterAttributes>({
  id: 'aws-redshift-cluster-encrypted',
  title: 'Redshift cluster is encrypted at rest',
  resourceType: AWS.redshiftCluster,
  severity: 'medium',
  categories: ['encryption'],
  rationale:
    'An unencrypted cluster keeps its data blocks, system metadata and snapshots unencrypted on disk and in ' +
    'backups; encryption with KMS adds key-based access control and an audit trail of key use.',
  remediation: {
    steps: ['Modify the cluster to enable encryption with a KMS key (Redshift migrates the data in place).'],
    cli: 'aws redshift modify-cluster --cluster-identifier <id> --encrypted --kms-key-id <key-arn>',
    terraform: 'aws_redshift_cluster: encrypted = true, kms_key_id = <key ARN>',
    references: [
      'https://docs.aws.amazon.com/redshift/latest/mgmt/working-with-db-encryption.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/redshift-controls.html',
    ],
  },
  evaluate(cluster, result) {
    const { clusterIdentifier: id, encrypted, kmsKeyId } = cluster.attributes
    if (!encrypted) return result.fail(`Cluster ${id} is not encrypted at rest, so its data and snapshots are stored unencrypted.`)
    return result.pass(`Cluster ${id} is encrypted at rest${kmsKeyId ? ` with KMS key ${kmsKeyId}` : ''}.`)
  },
})
