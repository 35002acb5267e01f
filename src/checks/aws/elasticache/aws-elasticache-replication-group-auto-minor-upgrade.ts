import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type ElastiCacheReplicationGroupAttributes } from '../../../normalize/aws/types.js'

/** Replication groups should receive minor engine upgrades (security fixes) automatically. */
export default defineCheck<ElastiCacheReplicationGroupAttributes>({
  id: 'aws-elasticache-replication-group-auto-minor-upgrade',
  title: 'ElastiCache replication group has automatic minor version upgrades enabled',
  resourceType: AWS.elasticacheReplicationGroup,
  severity: 'low',
  categories: ['patching'],
  rationale:
    'Minor Redis OSS and Valkey releases carry security and stability fixes; with automatic minor version upgrades ' +
    'off they are applied only when someone remembers to.',
  remediation: {
    steps: ['Enable AutoMinorVersionUpgrade on the replication group; upgrades then happen in its maintenance window.'],
    cli: 'aws elasticache modify-replication-group --replication-group-id <id> --auto-minor-version-upgrade --apply-immediately',
    terraform: 'aws_elasticache_replication_group: auto_minor_version_upgrade = true',
    references: [
      'https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/VersionManagement.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/elasticache-controls.html',
    ],
  },
  evaluate(group, result) {
    const { replicationGroupId: id, autoMinorVersionUpgrade } = group.attributes
    if (autoMinorVersionUpgrade === null) return result.error(`DescribeReplicationGroups did not report AutoMinorVersionUpgrade for ${id}.`)
    return autoMinorVersionUpgrade
      ? result.pass(`Replication group ${id} receives minor engine upgrades automatically.`)
      : result.fail(`Replication group ${id} has automatic minor version upgrades disabled.`)
  },
})
