import { describe, expect, it } from 'vitest'
import type { Resource } from '../../core/resource.js'
import { isUnknown } from '../../core/unknown.js'
import type { DBClusterSnapshot, DBInstance, DBSnapshot, RdsRaw } from '../../collect/aws/rds.js'
import { normalizeRds } from './rds.js'
import { AWS, type RdsInstanceAttributes, type RdsSnapshotAttributes } from './types.js'

const ACCOUNT = '111122223333'
const scope = { account: ACCOUNT, region: 'eu-central-1', regions: ['eu-central-1'] }
const KEY = `arn:aws:kms:eu-central-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`
const raw = (over: Partial<RdsRaw> = {}): RdsRaw => ({ instances: [], snapshots: [], clusterSnapshots: [], ...over })

const db = (id: string, over: Partial<DBInstance> = {}): DBInstance => ({
  DBInstanceIdentifier: id,
  DBInstanceArn: `arn:aws:rds:eu-central-1:${ACCOUNT}:db:${id}`,
  // Not unique on every endpoint (moto gives all instances the same one), hence not the uid.
  DbiResourceId: 'db-ABCDEFGHIJKLMNOPQRSTUVWXYZ',
  Engine: 'postgres',
  EngineVersion: '16.3',
  DBInstanceClass: 'db.t4g.micro',
  PubliclyAccessible: false,
  StorageEncrypted: true,
  KmsKeyId: KEY,
  AutoMinorVersionUpgrade: true,
  MultiAZ: true,
  BackupRetentionPeriod: 7,
  DeletionProtection: true,
  IAMDatabaseAuthenticationEnabled: true,
  DBSubnetGroup: { DBSubnetGroupName: 'private', VpcId: 'vpc-111', SubnetGroupStatus: 'Complete' },
  VpcSecurityGroups: [{ VpcSecurityGroupId: 'sg-db', Status: 'active' }],
  TagList: [{ Key: 'team', Value: 'payments' }],
  ...over,
})

const instances = (r: RdsRaw) => normalizeRds(r, scope).filter((x) => x.type === AWS.rdsInstance) as Resource<RdsInstanceAttributes>[]
const snapshots = (r: RdsRaw) => normalizeRds(r, scope).filter((x) => x.type === AWS.rdsSnapshot) as Resource<RdsSnapshotAttributes>[]

describe('normalizeRds instances', () => {
  it('a private, encrypted instance with its relations', () => {
    const [r] = instances(raw({ instances: [db('orders')] }))
    expect(r).toMatchObject({
      uid: `arn:aws:rds:eu-central-1:${ACCOUNT}:db:orders`,
      name: 'orders',
      tags: { team: 'payments' },
      attributes: {
        dbInstanceIdentifier: 'orders',
        engine: 'postgres',
        engineVersion: '16.3',
        publiclyAccessible: false,
        storageEncrypted: true,
        kmsKeyId: KEY,
        autoMinorVersionUpgrade: true,
        multiAz: true,
        backupRetentionPeriod: 7,
        deletionProtection: true,
        iamDatabaseAuthentication: true,
        vpcId: 'vpc-111',
        securityGroupIds: ['sg-db'],
      },
    })
    expect(r?.relations).toEqual([
      { kind: 'uses-security-group', target: `arn:aws:ec2:eu-central-1:${ACCOUNT}:security-group/sg-db` },
      { kind: 'in-vpc', target: `arn:aws:ec2:eu-central-1:${ACCOUNT}:vpc/vpc-111` },
      { kind: 'uses-kms-key', target: KEY },
    ])
  })

  const cases: { name: string; over: Partial<DBInstance>; expected: Partial<RdsInstanceAttributes> }[] = [
    {
      name: 'public and unencrypted',
      over: { PubliclyAccessible: true, StorageEncrypted: false, KmsKeyId: undefined },
      expected: { publiclyAccessible: true, storageEncrypted: false, kmsKeyId: null },
    },
    { name: 'no subnet group → no VPC', over: { DBSubnetGroup: undefined }, expected: { vpcId: null } },
  ]
  it.each(cases)('$name', ({ over, expected }) => {
    expect(instances(raw({ instances: [db('x', over)] }))[0]?.attributes).toMatchObject(expected)
  })

  it('instances sharing a DbiResourceId stay distinct (uid = ARN)', () => {
    expect(new Set(instances(raw({ instances: [db('a'), db('b')] })).map((r) => r.uid)).size).toBe(2)
  })
})

describe('normalizeRds snapshots', () => {
  const snap = (id: string, type: string, over: Partial<DBSnapshot> = {}): DBSnapshot => ({
    DBSnapshotIdentifier: id,
    DBSnapshotArn: `arn:aws:rds:eu-central-1:${ACCOUNT}:snapshot:${id}`,
    DBInstanceIdentifier: 'orders',
    SnapshotType: type,
    Encrypted: false,
    Status: 'available',
    ...over,
  })
  const denied = { ok: false as const, reason: 'AccessDenied: not authorized to perform rds:DescribeDBSnapshotAttributes', code: 'AccessDenied' }
  const cases: { name: string; entry: RdsRaw['snapshots'][number]; expected: Partial<RdsSnapshotAttributes>; restore: string[] | 'unknown' }[] = [
    {
      name: 'public manual snapshot',
      entry: { snapshot: snap('orders-public', 'manual'), attributes: { ok: true, value: [{ AttributeName: 'restore', AttributeValues: ['all'] }] } },
      expected: { snapshotType: 'manual', isCluster: false, encrypted: false },
      restore: ['all'],
    },
    {
      name: 'manual snapshot shared with one account',
      entry: {
        snapshot: snap('orders-shared', 'manual', { Encrypted: true }),
        attributes: { ok: true, value: [{ AttributeName: 'restore', AttributeValues: ['444455556666'] }] },
      },
      expected: { encrypted: true },
      restore: ['444455556666'],
    },
    {
      name: 'private manual snapshot',
      entry: { snapshot: snap('orders-private', 'manual'), attributes: { ok: true, value: [{ AttributeName: 'restore', AttributeValues: [] }] } },
      expected: {},
      restore: [],
    },
    {
      name: 'automated snapshot',
      entry: { snapshot: snap('rds:orders-2026-05-31-03-10', 'automated'), attributes: { ok: true, value: [] } },
      expected: { snapshotType: 'automated' },
      restore: [],
    },
    { name: 'attribute call failed', entry: { snapshot: snap('orders-denied', 'manual'), attributes: denied }, expected: {}, restore: 'unknown' },
  ]
  it.each(cases)('$name', ({ entry, expected, restore }) => {
    const [r] = snapshots(raw({ snapshots: [entry] }))
    expect(r?.uid).toBe(entry.snapshot.DBSnapshotArn)
    expect(r?.attributes).toMatchObject({ snapshotIdentifier: entry.snapshot.DBSnapshotIdentifier, ...expected })
    if (restore === 'unknown') expect(isUnknown(r?.attributes.restoreAccounts)).toBe(true)
    else expect(r?.attributes.restoreAccounts).toEqual(restore)
  })

  it('cluster snapshots are marked isCluster', () => {
    const cluster: DBClusterSnapshot = {
      DBClusterSnapshotIdentifier: 'aurora-public',
      DBClusterSnapshotArn: `arn:aws:rds:eu-central-1:${ACCOUNT}:cluster-snapshot:aurora-public`,
      DBClusterIdentifier: 'aurora',
      SnapshotType: 'manual',
      StorageEncrypted: true,
      Engine: 'aurora-postgresql',
    }
    const [r] = snapshots(
      raw({ clusterSnapshots: [{ snapshot: cluster, attributes: { ok: true, value: [{ AttributeName: 'restore', AttributeValues: ['all'] }] } }] }),
    )
    expect(r).toMatchObject({
      uid: `arn:aws:rds:eu-central-1:${ACCOUNT}:cluster-snapshot:aurora-public`,
      name: 'aurora-public',
      attributes: { snapshotIdentifier: 'aurora-public', snapshotType: 'manual', isCluster: true, encrypted: true, restoreAccounts: ['all'] },
    })
  })
})
