import {
  ElastiCacheClient,
  paginateDescribeReplicationGroups,
  paginateDescribeCacheClusters,
  type ReplicationGroup,
  type CacheCluster,
} from '@aws-sdk/client-elasticache'
import { listOf } from '../list-of.js'
import type { AwsCollector } from './module.js'

export type { ReplicationGroup, CacheCluster }

/** Raw ElastiCache data for one region; a failed list call leaves its list empty (and its type marked incomplete). */
export interface ElastiCacheRaw {
  replicationGroups: ReplicationGroup[]
  cacheClusters: CacheCluster[]
}

const REPLICATION_GROUP = 'aws.elasticache.replication-group'
const CACHE_CLUSTER = 'aws.elasticache.cache-cluster'

/** ElastiCache replication groups (Redis OSS / Valkey) and cache clusters (every node cluster, Memcached included). */
export const elasticacheCollector: AwsCollector<ElastiCacheRaw> = {
  service: 'elasticache',
  scope: 'regional',
  produces: [REPLICATION_GROUP, CACHE_CLUSTER],
  async collect(ctx, session) {
    const ec = session.client(ElastiCacheClient, ctx.region)
    const [replicationGroups, cacheClusters] = await Promise.all([
      listOf(
        ctx,
        'DescribeReplicationGroups',
        REPLICATION_GROUP,
        (abortSignal) => paginateDescribeReplicationGroups({ client: ec }, {}, { abortSignal }),
        (p) => p.ReplicationGroups,
      ),
      listOf(
        ctx,
        'DescribeCacheClusters',
        CACHE_CLUSTER,
        (abortSignal) => paginateDescribeCacheClusters({ client: ec }, {}, { abortSignal }),
        (p) => p.CacheClusters,
      ),
    ])
    return { replicationGroups, cacheClusters }
  },
}
