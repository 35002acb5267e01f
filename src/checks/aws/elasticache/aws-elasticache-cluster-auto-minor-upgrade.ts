import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type ElastiCacheCacheClusterAttributes } from '../../../normalize/aws/types.js'

/** Standalone cache clusters should receive minor engine upgrades automatically; group members follow their group. */
export default defineCheck<ElastiCacheCacheClusterAttributes>({
  id: 'aws-elasticache-cluster-auto-minor-upgrade',
  title: 'ElastiCache standalone cache cluster has automatic minor version upgrades enabled',
  resourceType: AWS.elasticacheCacheCluster,
  severity: 'low',
  categories: ['patching'],
  rationale:
    'Minor Memcached, Redis OSS and Valkey releases carry security fixes; with automatic minor version upgrades off ' +
    'they wait until someone applies them by hand.',
  remediation: {
    steps: ['Enable AutoMinorVersionUpgrade on the cache cluster; upgrades then happen in its maintenance window.'],
    cli: 'aws elasticache modify-cache-cluster --cache-cluster-id <id> --auto-minor-version-upgrade --apply-immediately',
    terraform: 'aws_elasticache_cluster: auto_minor_version_upgrade = "true"',
    references: [
      'https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/VersionManagement.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/elasticache-controls.html',
    ],
  },
  applies: (c) => c.attributes.replicationGroupId === null,
  evaluate(cluster, result) {
    const { cacheClusterId: id, engine, autoMinorVersionUpgrade } = cluster.attributes
    return autoMinorVersionUpgrade
      ? result.pass(`Cache cluster ${id} (${engine}) receives minor engine upgrades automatically.`)
      : result.fail(`Cache cluster ${id} (${engine}) has automatic minor version upgrades disabled.`)
  },
})
