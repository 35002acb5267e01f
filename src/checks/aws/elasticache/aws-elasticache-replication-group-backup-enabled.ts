import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type ElastiCacheReplicationGroupAttributes } from '../../../normalize/aws/types.js'

/** Replication groups should keep automatic daily snapshots. */
export default defineCheck<ElastiCacheReplicationGroupAttributes>({
  id: 'aws-elasticache-replication-group-backup-enabled',
  title: 'ElastiCache replication group has automatic backups enabled',
  resourceType: AWS.elasticacheReplicationGroup,
  severity: 'medium',
  categories: ['resilience'],
  rationale:
    'With a snapshot retention limit of 0 no automatic backups are taken, so data lost to a bad write, a FLUSHALL ' +
    'or a failed node cannot be restored; many applications use Redis/Valkey as a primary store for sessions, ' +
    'queues or leaderboards.',
  remediation: {
    steps: [
      'Set a snapshot retention limit of at least 1 day (7 or more for data that is not only a cache).',
      'Choose a snapshot window outside peak hours.',
    ],
    cli: 'aws elasticache modify-replication-group --replication-group-id <id> --snapshot-retention-limit 7 --apply-immediately',
    terraform: 'aws_elasticache_replication_group: snapshot_retention_limit = 7',
    references: [
      'https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/backups-automatic.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/elasticache-controls.html',
    ],
  },
  evaluate(group, result) {
    const { replicationGroupId: id, snapshotRetentionLimit } = group.attributes
    return snapshotRetentionLimit > 0
      ? result.pass(`Replication group ${id} keeps automatic snapshots for ${snapshotRetentionLimit} day(s).`)
      : result.fail(`Replication group ${id} takes no automatic snapshots (retention limit 0).`)
  },
})
