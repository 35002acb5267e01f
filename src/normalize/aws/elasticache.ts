import type { Resource } from '../../core/resource.js'
import type { CacheCluster, ElastiCacheRaw, ReplicationGroup } from '../../collect/aws/elasticache.js'
import { partitionOf } from '../../collect/aws/ec2-arn.js'
import { AWS, type ElastiCacheCacheClusterAttributes, type ElastiCacheReplicationGroupAttributes } from './types.js'
import { awsResource, type NormalizeScope } from './helpers.js'

const arn = (scope: NormalizeScope, kind: 'replicationgroup' | 'cluster', id: string): string =>
  `arn:${partitionOf(scope.region)}:elasticache:${scope.region}:${scope.account}:${kind}:${id}`

/** A replication group → aws.elasticache.replication-group. */
function replicationGroup(g: ReplicationGroup, scope: NormalizeScope): Resource<ElastiCacheReplicationGroupAttributes> {
  const id = g.ReplicationGroupId ?? ''
  return awsResource<ElastiCacheReplicationGroupAttributes>({
    uid: g.ARN ?? arn(scope, 'replicationgroup', id),
    type: AWS.elasticacheReplicationGroup,
    account: scope.account,
    region: scope.region,
    name: id,
    relations: g.KmsKeyId ? [{ kind: 'uses-kms-key', target: g.KmsKeyId }] : [],
    attributes: {
      replicationGroupId: id,
      engine: g.Engine ?? 'redis',
      transitEncryptionEnabled: g.TransitEncryptionEnabled ?? false,
      transitEncryptionMode: g.TransitEncryptionMode ?? null,
      atRestEncryptionEnabled: g.AtRestEncryptionEnabled ?? false,
      kmsKeyId: g.KmsKeyId ?? null,
      authTokenEnabled: g.AuthTokenEnabled ?? false,
      userGroupIds: g.UserGroupIds ?? [],
      automaticFailover: g.AutomaticFailover ?? 'disabled',
      multiAz: g.MultiAZ ?? 'disabled',
      snapshotRetentionLimit: g.SnapshotRetentionLimit ?? 0,
      autoMinorVersionUpgrade: g.AutoMinorVersionUpgrade ?? null,
      memberClusters: g.MemberClusters ?? [],
    },
  })
}

/** A cache cluster → aws.elasticache.cache-cluster. */
function cacheCluster(c: CacheCluster, scope: NormalizeScope): Resource<ElastiCacheCacheClusterAttributes> {
  const id = c.CacheClusterId ?? ''
  const engine = c.Engine ?? ''
  return awsResource<ElastiCacheCacheClusterAttributes>({
    uid: c.ARN ?? arn(scope, 'cluster', id),
    type: AWS.elasticacheCacheCluster,
    account: scope.account,
    region: scope.region,
    name: id,
    relations: c.ReplicationGroupId ? [{ kind: 'member-of', target: arn(scope, 'replicationgroup', c.ReplicationGroupId) }] : [],
    attributes: {
      cacheClusterId: id,
      engine,
      engineVersion: c.EngineVersion ?? '',
      replicationGroupId: c.ReplicationGroupId ?? null,
      cacheSubnetGroupName: c.CacheSubnetGroupName ?? null,
      transitEncryptionEnabled: c.TransitEncryptionEnabled ?? false,
      transitEncryptionMode: c.TransitEncryptionMode ?? null,
      atRestEncryptionEnabled: c.AtRestEncryptionEnabled ?? false,
      autoMinorVersionUpgrade: c.AutoMinorVersionUpgrade ?? false,
      snapshotRetentionLimit: engine === 'memcached' ? null : (c.SnapshotRetentionLimit ?? 0),
    },
  })
}

/** ElastiCache raw data of one region → replication groups and cache clusters. */
export function normalizeElasticache(raw: ElastiCacheRaw, scope: NormalizeScope): Resource[] {
  return [...raw.replicationGroups.map((g) => replicationGroup(g, scope)), ...raw.cacheClusters.map((c) => cacheCluster(c, scope))] as Resource[]
}
