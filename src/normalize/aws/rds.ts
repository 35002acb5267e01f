import type { Relation, Resource } from '../../core/resource.js'
import { unknown, type Maybe } from '../../core/unknown.js'
import type { CallResult } from '../../collect/collector.js'
import type { DBInstance, RdsRaw, RdsSnapshotAttribute } from '../../collect/aws/rds.js'
import { ec2Arn, partitionOf } from '../../collect/aws/ec2-arn.js'
import { AWS, type RdsInstanceAttributes, type RdsSnapshotAttributes } from './types.js'
import { awsResource, tagsOf, type NormalizeScope } from './helpers.js'
import { inVpc } from './ec2-network.js'

/** Edges from a DB instance to its VPC security groups, VPC and KMS key. */
function instanceRelations(db: DBInstance, scope: NormalizeScope): Relation[] {
  const groups = (db.VpcSecurityGroups ?? []).map((g) => g.VpcSecurityGroupId).filter((g): g is string => !!g)
  const vpcId = db.DBSubnetGroup?.VpcId
  return [
    ...groups.map((g) => ({ kind: 'uses-security-group', target: ec2Arn(scope.region, scope.account, 'security-group', g) })),
    ...inVpc(scope, vpcId),
    // RDS reports KmsKeyId as the key ARN (DBInstance.KmsKeyId).
    ...(db.KmsKeyId ? [{ kind: 'uses-kms-key', target: db.KmsKeyId }] : []),
  ]
}

/** A DB instance → aws.rds.db-instance; the uid is the instance ARN (DbiResourceId is not unique on every endpoint). */
function dbInstance(db: DBInstance, scope: NormalizeScope): Resource<RdsInstanceAttributes> {
  const id = db.DBInstanceIdentifier ?? ''
  return awsResource<RdsInstanceAttributes>({
    uid: db.DBInstanceArn ?? `arn:${partitionOf(scope.region)}:rds:${scope.region}:${scope.account}:db:${id}`,
    type: AWS.rdsInstance,
    account: scope.account,
    region: scope.region,
    name: id,
    tags: tagsOf(db.TagList),
    attributes: {
      dbInstanceIdentifier: id,
      engine: db.Engine ?? '',
      engineVersion: db.EngineVersion ?? '',
      publiclyAccessible: db.PubliclyAccessible ?? false,
      storageEncrypted: db.StorageEncrypted ?? false,
      kmsKeyId: db.KmsKeyId ?? null,
      autoMinorVersionUpgrade: db.AutoMinorVersionUpgrade ?? false,
      multiAz: db.MultiAZ ?? false,
      backupRetentionPeriod: db.BackupRetentionPeriod ?? 0,
      deletionProtection: db.DeletionProtection ?? false,
      iamDatabaseAuthentication: db.IAMDatabaseAuthenticationEnabled ?? false,
      vpcId: db.DBSubnetGroup?.VpcId ?? null,
      securityGroupIds: (db.VpcSecurityGroups ?? []).map((g) => g.VpcSecurityGroupId).filter((g): g is string => !!g),
    },
    relations: instanceRelations(db, scope),
  })
}

/** The 'restore' attribute's values ('all' = public), or Unknown when the attribute call failed. */
function restoreAccounts(r: CallResult<RdsSnapshotAttribute[] | null>, api: string): Maybe<string[]> {
  if (!r.ok) return unknown(`${api}: ${r.reason}`)
  return (r.value ?? []).filter((a) => a.AttributeName === 'restore').flatMap((a) => a.AttributeValues ?? [])
}

/** Fields shared by DB snapshots and DB cluster snapshots, as the normalizer needs them. */
interface SnapshotView {
  arn: string | undefined
  id: string | undefined
  type: string | undefined
  encrypted: boolean | undefined
  tags: { Key?: string; Value?: string }[] | undefined
}

/** A DB or DB cluster snapshot → aws.rds.db-snapshot. */
function dbSnapshot(s: SnapshotView, isCluster: boolean, restore: Maybe<string[]>, scope: NormalizeScope): Resource<RdsSnapshotAttributes> {
  const id = s.id ?? ''
  return awsResource<RdsSnapshotAttributes>({
    uid: s.arn ?? `arn:${partitionOf(scope.region)}:rds:${scope.region}:${scope.account}:${isCluster ? 'cluster-snapshot' : 'snapshot'}:${id}`,
    type: AWS.rdsSnapshot,
    account: scope.account,
    region: scope.region,
    name: id,
    tags: tagsOf(s.tags),
    attributes: { snapshotIdentifier: id, snapshotType: s.type ?? '', isCluster, encrypted: s.encrypted ?? false, restoreAccounts: restore },
  })
}

/** RDS raw data of one region → DB instances and DB (cluster) snapshots. */
export function normalizeRds(raw: RdsRaw, scope: NormalizeScope): Resource[] {
  const snapshots = raw.snapshots.map(({ snapshot: s, attributes }) =>
    dbSnapshot(
      { arn: s.DBSnapshotArn, id: s.DBSnapshotIdentifier, type: s.SnapshotType, encrypted: s.Encrypted, tags: s.TagList },
      false,
      restoreAccounts(attributes, 'rds:DescribeDBSnapshotAttributes'),
      scope,
    ),
  )
  const clusterSnapshots = raw.clusterSnapshots.map(({ snapshot: s, attributes }) =>
    dbSnapshot(
      { arn: s.DBClusterSnapshotArn, id: s.DBClusterSnapshotIdentifier, type: s.SnapshotType, encrypted: s.StorageEncrypted, tags: s.TagList },
      true,
      restoreAccounts(attributes, 'rds:DescribeDBClusterSnapshotAttributes'),
      scope,
    ),
  )
  return [...raw.instances.map((db) => dbInstance(db, scope)), ...snapshots, ...clusterSnapshots] as Resource[]
}
