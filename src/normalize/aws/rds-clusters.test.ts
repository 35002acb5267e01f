import { describe, expect, it } from 'vitest'
import type { DBCluster } from '../../collect/aws/rds-clusters.js'
import { normalizeRdsClusters } from './rds-clusters.js'
import { AWS } from './types.js'

const ACCOUNT = '111122223333'
const scope = { account: ACCOUNT, region: 'eu-west-1', regions: ['eu-west-1'] }
const KEY = `arn:aws:kms:eu-west-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`

const cluster = (id: string, engine: string, over: Partial<DBCluster> = {}): DBCluster => ({
  DBClusterIdentifier: id,
  DBClusterArn: `arn:aws:rds:eu-west-1:${ACCOUNT}:cluster:${id}`,
  Engine: engine,
  EngineVersion: '5.0.0',
  EngineMode: 'provisioned',
  Status: 'available',
  BackupRetentionPeriod: 7,
  MultiAZ: false,
  StorageEncrypted: true,
  KmsKeyId: KEY,
  DeletionProtection: true,
  IAMDatabaseAuthenticationEnabled: false,
  EnabledCloudwatchLogsExports: ['audit'],
  DBClusterMembers: [{ DBInstanceIdentifier: `${id}-1`, IsClusterWriter: true }],
  VpcSecurityGroups: [{ VpcSecurityGroupId: 'sg-0a1b2c3d', Status: 'active' }],
  TagList: [{ Key: 'team', Value: 'payments' }],
  ...over,
})

describe('normalizeRdsClusters', () => {
  it('splits clusters by engine into RDS, DocumentDB and Neptune types', () => {
    const raw = {
      clusters: [
        cluster('orders-docdb', 'docdb'),
        cluster('fraud-graph', 'neptune'),
        cluster('orders-aurora', 'aurora-postgresql'),
        cluster('ledger', 'mysql'),
      ],
    }
    expect(normalizeRdsClusters(raw, scope).map((r) => [r.name, r.type])).toEqual([
      ['orders-docdb', AWS.documentdbCluster],
      ['fraud-graph', AWS.neptuneCluster],
      ['orders-aurora', AWS.rdsDbCluster],
      ['ledger', AWS.rdsDbCluster],
    ])
  })

  it('keeps the attributes checks read, with relations to the key and security groups', () => {
    const [r] = normalizeRdsClusters({ clusters: [cluster('orders-docdb', 'docdb', { EnabledCloudwatchLogsExports: ['audit', 'profiler'] })] }, scope)
    expect(r).toMatchObject({
      uid: `arn:aws:rds:eu-west-1:${ACCOUNT}:cluster:orders-docdb`,
      tags: { team: 'payments' },
      attributes: {
        dbClusterIdentifier: 'orders-docdb',
        engine: 'docdb',
        storageEncrypted: true,
        kmsKeyId: KEY,
        deletionProtection: true,
        backupRetentionPeriod: 7,
        iamDatabaseAuthentication: false,
        cloudwatchLogsExports: ['audit', 'profiler'],
        publiclyAccessible: null,
        members: ['orders-docdb-1'],
      },
    })
    expect(r!.relations).toEqual([
      { kind: 'uses-security-group', target: `arn:aws:ec2:eu-west-1:${ACCOUNT}:security-group/sg-0a1b2c3d` },
      { kind: 'uses-kms-key', target: KEY },
    ])
  })

  it('an unencrypted cluster has no key, and absent fields get their API defaults', () => {
    const bare: DBCluster = { DBClusterIdentifier: 'legacy', Engine: 'neptune', StorageEncrypted: false, KmsKeyId: 'ignored' }
    const [r] = normalizeRdsClusters({ clusters: [bare] }, scope)
    expect(r!.uid).toBe(`arn:aws:rds:eu-west-1:${ACCOUNT}:cluster:legacy`)
    expect(r!.attributes).toMatchObject({
      kmsKeyId: null,
      deletionProtection: false,
      backupRetentionPeriod: 0,
      cloudwatchLogsExports: [],
      members: [],
    })
    expect(r!.relations).toEqual([])
  })
})
