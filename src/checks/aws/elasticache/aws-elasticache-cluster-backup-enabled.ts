import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type ElastiCacheCacheClusterAttributes } from '../../../normalize/aws/types.js'

/** Standalone Redis/Valkey cache clusters should keep automatic snapshots (Memcached has none; group members follow their group). */
export default defineCheck<ElastiCacheCacheClusterAttributes>({
  id: 'aws-elasticache-cluster-backup-enabled',
  title: 'ElastiCache standalone Redis cluster has automatic backups enabled',
  resourceType: AWS.elasticacheCacheCluster,
  severity: 'medium',
  categories: ['resilience'],
  rationale:
    'With a snapshot retention limit of 0 a standalone Redis or Valkey node takes no automatic backups, so its data ' +
    'is gone if the node fails or is flushed; a single node has no replica to fall back on either.',
  remediation: {
    steps: ['Set a snapshot retention limit of at least 1 day (7 or more for data that is not only a cache).'],
    cli: 'aws elasticache modify-cache-cluster --cache-cluster-id <id> --snapshot-retention-limit 7 --apply-immediately',
    terraform: 'aws_elasticache_cluster: snapshot_retention_limit = 7',
    references: [
      'https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/backups-automatic.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/elasticache-controls.html',
    ],
  },
  applies: (c) => c.attributes.replicationGroupId === null && c.attributes.snapshotRetentionLimit !== null,
  evaluate(cluster, result) {
    const { cacheClusterId: id, snapshotRetentionLimit } = cluster.attributes
    return (snapshotRetentionLimit ?? 0) > 0
      ? result.pass(`Cache cluster ${id} keeps automatic snapshots for ${snapshotRetentionLimit} day(s).`)
      : result.fail(`Cache cluster ${id} takes no automatic snapshots (retention limit 0).`)
  },
})
