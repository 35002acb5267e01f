import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type ElastiCacheReplicationGroupAttributes } from '../../../normalize/aws/types.js'

/** Replication groups should require TLS between clients and nodes and between nodes. */
export default defineCheck<ElastiCacheReplicationGroupAttributes>({
  id: 'aws-elasticache-replication-group-transit-encryption',
  title: 'ElastiCache replication group requires in-transit encryption (TLS)',
  resourceType: AWS.elasticacheReplicationGroup,
  severity: 'medium',
  categories: ['encryption'],
  rationale:
    'Without in-transit encryption, cached data, commands and AUTH tokens cross the VPC in plaintext, readable by ' +
    'anything that can capture traffic on the path; the "preferred" mode still accepts unencrypted clients.',
  remediation: {
    steps: [
      'Enable in-transit encryption on the replication group (first with TransitEncryptionMode preferred while clients move to TLS).',
      'Once every client connects with TLS, set TransitEncryptionMode to required.',
    ],
    cli: 'aws elasticache modify-replication-group --replication-group-id <id> --transit-encryption-enabled --transit-encryption-mode required --apply-immediately',
    terraform: 'aws_elasticache_replication_group: transit_encryption_enabled = true, transit_encryption_mode = "required"',
    references: [
      'https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/in-transit-encryption.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/elasticache-controls.html',
    ],
  },
  evaluate(group, result) {
    const { replicationGroupId: id, transitEncryptionEnabled, transitEncryptionMode } = group.attributes
    if (!transitEncryptionEnabled)
      return result.fail(`Replication group ${id} has in-transit encryption disabled, so clients talk to it in plaintext.`)
    return transitEncryptionMode === 'preferred'
      ? result.fail(`Replication group ${id} has in-transit encryption in "preferred" mode, so it still accepts unencrypted connections.`)
      : result.pass(`Replication group ${id} requires in-transit encryption (TLS).`)
  },
})
