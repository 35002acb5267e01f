/**
 * ElastiCache from code: aws_elasticache_cluster / AWS::ElastiCache::CacheCluster and aws_elasticache_replication_group
 * / AWS::ElastiCache::ReplicationGroup, normalized as src/normalize/aws/elasticache.ts does.
 *
 * Left out in code (CreateCacheCluster / CreateReplicationGroup; registry.terraform.io/providers/hashicorp/aws/latest/
 * docs/resources/elasticache_cluster and elasticache_replication_group): no in-transit encryption, automatic minor
 * upgrades on, no automatic snapshots (retention 0), no automatic failover, no Multi-AZ; at-rest encryption on for
 * Valkey and off for Redis OSS (CreateReplicationGroup AtRestEncryptionEnabled); a cluster given no subnet group is
 * placed in the "default" cache subnet group of the default VPC.
 */
import { isUnknown, type Maybe, type Unknown } from '../../core/unknown.js'
import { AWS, type ElastiCacheCacheClusterAttributes, type ElastiCacheReplicationGroupAttributes } from '../../normalize/aws/types.js'
import { afterApply, isIacRef, partsAdapter, type AdaptContext, type AdaptedResource, type Adapter, type IacResource } from '../model.js'
import { flag, guarded, kmsKeyOf, kmsRelations, nameOf, type Loose } from './databases-common.js'
import { cfnTags, isUnset, num, str, strings, tfTags } from './values.js'

type Values = Readonly<Record<string, unknown>>

/** The name a subnet group value stands for: the literal, or the declared group's name (else its address). */
function subnetGroupName(v: unknown, ctx: AdaptContext, nameField: string): string | Unknown {
  const declared = isIacRef(v) ? ctx.resolve(v) : undefined
  if (declared) return nameOf(declared.values[nameField], declared)
  return str(v, 'default')
}

/** 'enabled' / 'disabled' as DescribeReplicationGroups reports AutomaticFailover and MultiAZ. */
function status(v: Maybe<boolean | null>): string | Unknown {
  return isUnknown(v) ? v : v ? 'enabled' : 'disabled'
}

function tfCacheCluster(r: IacResource, ctx: AdaptContext): AdaptedResource<ElastiCacheCacheClusterAttributes>[] {
  const v = r.values
  const id = nameOf(v.cluster_id, r)
  const groupRef = v.replication_group_id
  const group = isIacRef(groupRef) ? ctx.resolve(groupRef) : undefined
  const replicationGroupId = isUnset(groupRef) ? null : group ? nameOf(group.values.replication_group_id, group) : nameOf(groupRef, r)
  // A member node takes engine and subnet group from its replication group.
  const groupEngine = group ? str(group.values.engine, 'redis') : 'redis'
  const engine = str(v.engine, replicationGroupId ? (typeof groupEngine === 'string' ? groupEngine : 'redis') : '')
  const memberSubnet = group ? subnetGroupName(group.values.subnet_group_name, ctx, 'name') : afterApply('subnet group of the replication group')
  const engineName = typeof engine === 'string' ? engine : ''
  const attributes: Loose<ElastiCacheCacheClusterAttributes> = {
    cacheClusterId: id,
    engine: engineName,
    engineVersion: typeof v.engine_version === 'string' ? v.engine_version : '',
    replicationGroupId,
    cacheSubnetGroupName: replicationGroupId ? memberSubnet : subnetGroupName(v.subnet_group_name, ctx, 'name'),
    transitEncryptionEnabled: flag(v.transit_encryption_enabled, false),
    transitEncryptionMode: null,
    // CreateCacheCluster has no at-rest encryption setting; replication groups carry it.
    atRestEncryptionEnabled: false,
    autoMinorVersionUpgrade: flag(v.auto_minor_version_upgrade, true),
    snapshotRetentionLimit: engineName === 'memcached' ? null : num(v.snapshot_retention_limit, 0),
  }
  return [
    {
      type: AWS.elasticacheCacheCluster,
      name: id,
      tags: tfTags(v),
      attributes: guarded<ElastiCacheCacheClusterAttributes>(attributes),
      relations: memberOf(group, ctx),
    },
  ]
}

function memberOf(group: IacResource | undefined, ctx: AdaptContext): { kind: string; target: string }[] {
  return group ? [{ kind: 'member-of', target: ctx.uidOf(group) }] : []
}

function cfnCacheCluster(r: IacResource, ctx: AdaptContext): AdaptedResource<ElastiCacheCacheClusterAttributes>[] {
  const v = r.values
  const id = nameOf(v.ClusterName, r)
  const engine = str(v.Engine, '')
  const engineName = typeof engine === 'string' ? engine : ''
  const attributes: Loose<ElastiCacheCacheClusterAttributes> = {
    cacheClusterId: id,
    engine: engineName,
    engineVersion: typeof v.EngineVersion === 'string' ? v.EngineVersion : '',
    replicationGroupId: null,
    cacheSubnetGroupName: subnetGroupName(v.CacheSubnetGroupName, ctx, 'CacheSubnetGroupName'),
    transitEncryptionEnabled: flag(v.TransitEncryptionEnabled, false),
    transitEncryptionMode: null,
    atRestEncryptionEnabled: false,
    autoMinorVersionUpgrade: flag(v.AutoMinorVersionUpgrade, true),
    snapshotRetentionLimit: engineName === 'memcached' ? null : num(v.SnapshotRetentionLimit, 0),
  }
  return [{ type: AWS.elasticacheCacheCluster, name: id, tags: cfnTags(v), attributes: guarded<ElastiCacheCacheClusterAttributes>(attributes) }]
}

/** Field names of a replication group per language. */
const RG = {
  terraform: {
    id: 'replication_group_id',
    engine: 'engine',
    transit: 'transit_encryption_enabled',
    mode: 'transit_encryption_mode',
    atRest: 'at_rest_encryption_enabled',
    kms: 'kms_key_id',
    auth: 'auth_token',
    users: 'user_group_ids',
    failover: 'automatic_failover_enabled',
    multiAz: 'multi_az_enabled',
    snapshots: 'snapshot_retention_limit',
    minor: 'auto_minor_version_upgrade',
  },
  cloudformation: {
    id: 'ReplicationGroupId',
    engine: 'Engine',
    transit: 'TransitEncryptionEnabled',
    mode: 'TransitEncryptionMode',
    atRest: 'AtRestEncryptionEnabled',
    kms: 'KmsKeyId',
    auth: 'AuthToken',
    users: 'UserGroupIds',
    failover: 'AutomaticFailoverEnabled',
    multiAz: 'MultiAZEnabled',
    snapshots: 'SnapshotRetentionLimit',
    minor: 'AutoMinorVersionUpgrade',
  },
} as const

function replicationGroup(r: IacResource, ctx: AdaptContext): AdaptedResource<ElastiCacheReplicationGroupAttributes>[] {
  const f = RG[r.language]
  const v: Values = r.values
  const id = nameOf(v[f.id], r)
  const engine = str(v[f.engine], 'redis')
  const engineName = typeof engine === 'string' ? engine.toLowerCase() : 'redis'
  const key = kmsKeyOf(v[f.kms], ctx)
  const atRest = flag(v[f.atRest], engineName === 'valkey')
  const users = strings(v[f.users])
  const attributes: Loose<ElastiCacheReplicationGroupAttributes> = {
    replicationGroupId: id,
    engine: engineName,
    transitEncryptionEnabled: flag(v[f.transit], false),
    transitEncryptionMode: str(v[f.mode], null),
    atRestEncryptionEnabled: atRest,
    kmsKeyId: key.id,
    // A token written in code (even one from a variable or secret) is a token set.
    authTokenEnabled: !isUnset(v[f.auth]),
    userGroupIds: users,
    automaticFailover: status(flag(v[f.failover], false)),
    multiAz: status(flag(v[f.multiAz], false)),
    snapshotRetentionLimit: num(v[f.snapshots], 0),
    autoMinorVersionUpgrade: flag(v[f.minor], true),
    memberClusters: [],
  }
  return [
    {
      type: AWS.elasticacheReplicationGroup,
      name: id,
      tags: r.language === 'terraform' ? tfTags(v) : cfnTags(v),
      attributes: guarded<ElastiCacheReplicationGroupAttributes>(attributes),
      relations: atRest === true ? kmsRelations(key) : [],
    },
  ]
}

/** ElastiCache adapters (Terraform and CloudFormation). */
export const elasticacheAdapters: Adapter[] = [
  { language: 'terraform', types: ['aws_elasticache_cluster'], produces: [AWS.elasticacheCacheCluster], adapt: tfCacheCluster },
  { language: 'cloudformation', types: ['AWS::ElastiCache::CacheCluster'], produces: [AWS.elasticacheCacheCluster], adapt: cfnCacheCluster },
  { language: 'terraform', types: ['aws_elasticache_replication_group'], produces: [AWS.elasticacheReplicationGroup], adapt: replicationGroup },
  { language: 'cloudformation', types: ['AWS::ElastiCache::ReplicationGroup'], produces: [AWS.elasticacheReplicationGroup], adapt: replicationGroup },
  // Named by the clusters they hold.
  partsAdapter('terraform', ['aws_elasticache_subnet_group']),
  partsAdapter('cloudformation', ['AWS::ElastiCache::SubnetGroup']),
]
