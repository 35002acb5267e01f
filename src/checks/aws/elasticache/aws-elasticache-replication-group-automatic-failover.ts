import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type ElastiCacheReplicationGroupAttributes } from '../../../normalize/aws/types.js'

/** Replication groups should fail over to a replica automatically when the primary fails. */
export default defineCheck<ElastiCacheReplicationGroupAttributes>({
  id: 'aws-elasticache-replication-group-automatic-failover',
  title: 'ElastiCache replication group has automatic failover enabled',
  resourceType: AWS.elasticacheReplicationGroup,
  severity: 'low',
  categories: ['resilience'],
  rationale:
    'Without automatic failover, losing the primary node (or its Availability Zone) leaves the cache read-only or ' +
    'down until someone promotes a replica by hand; with it and Multi-AZ, ElastiCache promotes a replica in another ' +
    'zone within seconds.',
  remediation: {
    steps: [
      'Add at least one replica (preferably in another Availability Zone).',
      'Enable automatic failover and Multi-AZ on the replication group.',
    ],
    cli: 'aws elasticache modify-replication-group --replication-group-id <id> --automatic-failover-enabled --multi-az-enabled --apply-immediately',
    terraform: 'aws_elasticache_replication_group: automatic_failover_enabled = true, multi_az_enabled = true, num_cache_clusters >= 2',
    references: [
      'https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/AutoFailover.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/elasticache-controls.html',
    ],
  },
  evaluate(group, result) {
    const { replicationGroupId: id, automaticFailover, multiAz } = group.attributes
    return automaticFailover === 'enabled' || automaticFailover === 'enabling'
      ? result.pass(`Replication group ${id} has automatic failover ${automaticFailover} (Multi-AZ ${multiAz}).`)
      : result.fail(`Replication group ${id} has automatic failover ${automaticFailover}, so a failed primary must be replaced by hand.`)
  },
})
