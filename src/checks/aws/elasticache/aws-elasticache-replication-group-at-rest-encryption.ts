import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type ElastiCacheReplicationGroupAttributes } from '../../../normalize/aws/types.js'

/** Replication groups should encrypt data on disk (swap, snapshots, backups in S3). */
export default defineCheck<ElastiCacheReplicationGroupAttributes>({
  id: 'aws-elasticache-replication-group-at-rest-encryption',
  title: 'ElastiCache replication group has at-rest encryption enabled',
  resourceType: AWS.elasticacheReplicationGroup,
  severity: 'medium',
  categories: ['encryption'],
  rationale:
    'Without at-rest encryption, data that Redis/Valkey writes to disk during syncs, swap and snapshots (including ' +
    'backups exported to S3) is stored unencrypted; at-rest encryption can only be chosen when the group is ' +
    'created.',
  remediation: {
    steps: [
      'Create a new replication group with at-rest encryption enabled (optionally with a customer-managed KMS key), seeded from a backup of the current one.',
      'Point clients at the new group and delete the old one.',
    ],
    cli: 'aws elasticache create-replication-group --replication-group-id <new-id> --replication-group-description <text> --engine redis --at-rest-encryption-enabled --snapshot-name <backup>',
    terraform: 'aws_elasticache_replication_group: at_rest_encryption_enabled = true (optionally kms_key_id = <key ARN>)',
    references: [
      'https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/at-rest-encryption.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/elasticache-controls.html',
    ],
  },
  evaluate(group, result) {
    const { replicationGroupId: id, atRestEncryptionEnabled, kmsKeyId } = group.attributes
    if (!atRestEncryptionEnabled) return result.fail(`Replication group ${id} does not encrypt its data, snapshots and backups at rest.`)
    return result.pass(`Replication group ${id} encrypts data at rest${kmsKeyId ? ` with KMS key ${kmsKeyId}` : ''}.`)
  },
})
