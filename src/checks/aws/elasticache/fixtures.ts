/** Test fixtures for ElastiCache checks. */
import type { Resource } from '../../../core/resource.js'
import { AWS, type ElastiCacheCacheClusterAttributes, type ElastiCacheReplicationGroupAttributes } from '../../../normalize/aws/types.js'
import { awsFixture } from '../../_shared/testing.js'

/** A hardened Redis replication group `orders-cache` (TLS required, encrypted, AUTH, failover, backups, auto upgrades). */
export function replicationGroupFixture(attrs: Partial<ElastiCacheReplicationGroupAttributes> = {}): Resource<ElastiCacheReplicationGroupAttributes> {
  return awsFixture<ElastiCacheReplicationGroupAttributes>(
    AWS.elasticacheReplicationGroup,
    {
      replicationGroupId: 'orders-cache',
      engine: 'redis',
      transitEncryptionEnabled: true,
      transitEncryptionMode: 'required',
      atRestEncryptionEnabled: true,
      kmsKeyId: null,
      authTokenEnabled: true,
      userGroupIds: [],
      automaticFailover: 'enabled',
      multiAz: 'enabled',
      snapshotRetentionLimit: 7,
      autoMinorVersionUpgrade: true,
      memberClusters: ['orders-cache-001', 'orders-cache-002'],
      ...attrs,
    },
    { uid: 'arn:aws:elasticache:us-east-1:111122223333:replicationgroup:orders-cache', name: 'orders-cache' },
  )
}

/** A hardened standalone Redis cache cluster `sessions` in a custom subnet group, with `attrs` overriding. */
export function cacheClusterFixture(attrs: Partial<ElastiCacheCacheClusterAttributes> = {}): Resource<ElastiCacheCacheClusterAttributes> {
  return awsFixture<ElastiCacheCacheClusterAttributes>(
    AWS.elasticacheCacheCluster,
    {
      cacheClusterId: 'sessions',
      engine: 'redis',
      engineVersion: '7.1',
      replicationGroupId: null,
      cacheSubnetGroupName: 'cache-private',
      transitEncryptionEnabled: true,
      transitEncryptionMode: 'required',
      atRestEncryptionEnabled: true,
      autoMinorVersionUpgrade: true,
      snapshotRetentionLimit: 7,
      ...attrs,
    },
    { uid: 'arn:aws:elasticache:us-east-1:111122223333:cluster:sessions', name: 'sessions' },
  )
}
