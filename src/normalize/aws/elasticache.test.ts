import { describe, expect, it } from 'vitest'
import type { CacheCluster, ElastiCacheRaw, ReplicationGroup } from '../../collect/aws/elasticache.js'
import { normalizeElasticache } from './elasticache.js'
import { AWS } from './types.js'

const ACCOUNT = '111122223333'
const scope = { account: ACCOUNT, region: 'eu-west-1', regions: ['eu-west-1'] }
const KEY = `arn:aws:kms:eu-west-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`

const group: ReplicationGroup = {
  ReplicationGroupId: 'orders-cache',
  Description: 'orders cache',
  Status: 'available',
  MemberClusters: ['orders-cache-001', 'orders-cache-002'],
  AutomaticFailover: 'enabled',
  MultiAZ: 'enabled',
  SnapshotRetentionLimit: 7,
  SnapshotWindow: '05:00-06:00',
  ClusterEnabled: false,
  CacheNodeType: 'cache.r7g.large',
  AuthTokenEnabled: false,
  TransitEncryptionEnabled: true,
  TransitEncryptionMode: 'required',
  AtRestEncryptionEnabled: true,
  KmsKeyId: KEY,
  ARN: `arn:aws:elasticache:eu-west-1:${ACCOUNT}:replicationgroup:orders-cache`,
  UserGroupIds: ['orders-users'],
  AutoMinorVersionUpgrade: true,
  Engine: 'valkey',
}
const node = (id: string, over: Partial<CacheCluster> = {}): CacheCluster => ({
  CacheClusterId: id,
  CacheNodeType: 'cache.r7g.large',
  Engine: 'valkey',
  EngineVersion: '7.2',
  CacheClusterStatus: 'available',
  NumCacheNodes: 1,
  CacheSubnetGroupName: 'cache-private',
  AutoMinorVersionUpgrade: true,
  ReplicationGroupId: 'orders-cache',
  SnapshotRetentionLimit: 7,
  TransitEncryptionEnabled: true,
  AtRestEncryptionEnabled: true,
  ARN: `arn:aws:elasticache:eu-west-1:${ACCOUNT}:cluster:${id}`,
  ...over,
})

describe('normalizeElasticache', () => {
  it('a replication group with RBAC, and its member node', () => {
    const raw: ElastiCacheRaw = { replicationGroups: [group], cacheClusters: [node('orders-cache-001')] }
    const [g, n] = normalizeElasticache(raw, scope)
    expect(g).toMatchObject({
      uid: group.ARN,
      type: AWS.elasticacheReplicationGroup,
      name: 'orders-cache',
      relations: [{ kind: 'uses-kms-key', target: KEY }],
      attributes: {
        engine: 'valkey',
        transitEncryptionEnabled: true,
        transitEncryptionMode: 'required',
        atRestEncryptionEnabled: true,
        authTokenEnabled: false,
        userGroupIds: ['orders-users'],
        automaticFailover: 'enabled',
        snapshotRetentionLimit: 7,
        autoMinorVersionUpgrade: true,
      },
    })
    expect(n).toMatchObject({
      type: AWS.elasticacheCacheCluster,
      relations: [{ kind: 'member-of', target: group.ARN }],
      attributes: { cacheClusterId: 'orders-cache-001', replicationGroupId: 'orders-cache', cacheSubnetGroupName: 'cache-private' },
    })
  })

  it('a standalone Memcached cluster with defaults left out of the response', () => {
    const mc = node('legacy-memcached', {
      Engine: 'memcached',
      EngineVersion: '1.6.22',
      ReplicationGroupId: undefined,
      CacheSubnetGroupName: 'default',
      AutoMinorVersionUpgrade: false,
      SnapshotRetentionLimit: undefined,
      TransitEncryptionEnabled: undefined,
      AtRestEncryptionEnabled: undefined,
    })
    const [r] = normalizeElasticache({ replicationGroups: [], cacheClusters: [mc] }, scope)
    expect(r!.relations).toEqual([])
    expect(r!.attributes).toEqual({
      cacheClusterId: 'legacy-memcached',
      engine: 'memcached',
      engineVersion: '1.6.22',
      replicationGroupId: null,
      cacheSubnetGroupName: 'default',
      transitEncryptionEnabled: false,
      transitEncryptionMode: null,
      atRestEncryptionEnabled: false,
      autoMinorVersionUpgrade: false,
      snapshotRetentionLimit: null,
    })
  })

  it('builds the documented ARN when the response has none, and keeps AutoMinorVersionUpgrade unreported as null', () => {
    const [g] = normalizeElasticache(
      { replicationGroups: [{ ...group, ARN: undefined, AutoMinorVersionUpgrade: undefined }], cacheClusters: [] },
      scope,
    )
    expect(g!.uid).toBe(`arn:aws:elasticache:eu-west-1:${ACCOUNT}:replicationgroup:orders-cache`)
    expect(g!.attributes).toMatchObject({ autoMinorVersionUpgrade: null })
  })
})
