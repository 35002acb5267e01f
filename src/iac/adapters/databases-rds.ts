/**
 * RDS DB instances and snapshots from code, normalized as src/normalize/aws/rds.ts does.
 *
 * Instances: aws_db_instance and AWS::RDS::DBInstance, plus the instances of Aurora, Neptune and DocumentDB clusters
 * (aws_rds_cluster_instance, aws_neptune_cluster_instance, aws_docdb_cluster_instance, and AWS::RDS::DBInstance with
 * DBClusterIdentifier): DescribeDBInstances lists those too. Cluster members take encryption, backups and IAM
 * authentication from their cluster; their Multi-AZ status and deletion protection are cluster-level facts RDS reports
 * per instance only once deployed, so they stay Unknown.
 *
 * Left out in code (registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance; RDS
 * CreateDBInstance): storage unencrypted, automatic minor upgrades on, Single-AZ, backups kept 1 day (the API
 * default; Terraform leaves it to the API), deletion protection off, IAM authentication off. Terraform sends
 * publicly_accessible = false when it is left out; CloudFormation leaves it to RDS, which makes the instance public
 * when its subnets' VPC has an internet gateway (CreateDBInstance PubliclyAccessible), so it is Unknown there.
 * Read replicas and restores inherit encryption (and their backup setting) from their source: Unknown unless written.
 *
 * Snapshots: aws_db_snapshot, aws_db_cluster_snapshot and aws_db_snapshot_copy (CloudFormation has no snapshot type).
 */
import type { Unknown } from '../../core/unknown.js'
import { AWS, type RdsInstanceAttributes, type RdsSnapshotAttributes } from '../../normalize/aws/types.js'
import { afterApply, isIacRef, notInCode, type AdaptContext, type AdaptedResource, type Adapter, type IacResource } from '../model.js'
import { clusterFacts, type ClusterFacts } from './databases-clusters.js'
import { flag, guarded, kmsKeyOf, kmsRelations, nameOf, securityGroupIds, securityGroupRelations, type Loose } from './databases-common.js'
import { bool, cfnTags, isUnset, num, str, strings, tfTags } from './values.js'

type Values = Readonly<Record<string, unknown>>

/** Field names of a stand-alone DB instance per language. */
const F = {
  terraform: {
    id: 'identifier',
    engine: 'engine',
    version: 'engine_version',
    public: 'publicly_accessible',
    encrypted: 'storage_encrypted',
    kms: 'kms_key_id',
    minor: 'auto_minor_version_upgrade',
    multiAz: 'multi_az',
    backup: 'backup_retention_period',
    deletion: 'deletion_protection',
    iam: 'iam_database_authentication_enabled',
    groups: 'vpc_security_group_ids',
    cluster: 'cluster_identifier',
    inherits: ['replicate_source_db', 'snapshot_identifier', 'restore_to_point_in_time'],
  },
  cloudformation: {
    id: 'DBInstanceIdentifier',
    engine: 'Engine',
    version: 'EngineVersion',
    public: 'PubliclyAccessible',
    encrypted: 'StorageEncrypted',
    kms: 'KmsKeyId',
    minor: 'AutoMinorVersionUpgrade',
    multiAz: 'MultiAZ',
    backup: 'BackupRetentionPeriod',
    deletion: 'DeletionProtection',
    iam: 'EnableIAMDatabaseAuthentication',
    groups: 'VPCSecurityGroups',
    cluster: 'DBClusterIdentifier',
    inherits: ['SourceDBInstanceIdentifier', 'DBSnapshotIdentifier', 'SourceDBInstanceAutomatedBackupsArn', 'SourceDbiResourceId'],
  },
} as const

/** Settings of a stand-alone instance (not in a cluster). */
function standalone(
  r: IacResource,
  ctx: AdaptContext,
): Pick<
  Loose<RdsInstanceAttributes>,
  'storageEncrypted' | 'kmsKeyId' | 'multiAz' | 'backupRetentionPeriod' | 'deletionProtection' | 'iamDatabaseAuthentication'
> {
  const f = F[r.language]
  const v = r.values
  const source = f.inherits.find((k) => !isUnset(v[k]))
  const encrypted = bool(v[f.encrypted], source ? null : false)
  const backup = num(v[f.backup], source ? null : 1)
  const key = kmsKeyOf(v[f.kms], ctx)
  return {
    storageEncrypted: encrypted ?? afterApply(`storage encryption inherited from ${source ?? 'the source'}`),
    kmsKeyId: key.id,
    multiAz: flag(v[f.multiAz], false),
    backupRetentionPeriod: backup ?? afterApply(`backup retention of a copy made from ${source ?? 'the source'}`),
    deletionProtection: flag(v[f.deletion], false),
    iamDatabaseAuthentication: flag(v[f.iam], false),
  }
}

/** Settings of an Aurora / Neptune / DocumentDB instance, taken from its cluster when the cluster is declared. */
function member(cluster: IacResource | undefined, ctx: AdaptContext): ReturnType<typeof standalone> {
  const facts: ClusterFacts | undefined = cluster ? clusterFacts(cluster, ctx) : undefined
  const missing = afterApply('settings of a cluster not declared in this code')
  return {
    storageEncrypted: facts?.storageEncrypted ?? missing,
    kmsKeyId: facts?.kmsKeyId ?? null,
    multiAz: afterApply('Multi-AZ status RDS reports for a cluster instance'),
    backupRetentionPeriod: facts?.backupRetentionPeriod ?? missing,
    deletionProtection: afterApply('deletion protection RDS reports for a cluster instance (set on the cluster)'),
    iamDatabaseAuthentication: facts?.iamDatabaseAuthentication ?? missing,
  }
}

/** The declared cluster an instance belongs to: by reference, or by the literal cluster identifier. */
function clusterOf(v: unknown, r: IacResource, ctx: AdaptContext): IacResource | undefined {
  if (isIacRef(v)) return ctx.resolve(v)
  const id = str(v, null)
  if (typeof id !== 'string') return undefined
  const field = r.language === 'terraform' ? 'cluster_identifier' : 'DBClusterIdentifier'
  return ctx.resources.find((c) => c !== r && c.type.endsWith(r.language === 'terraform' ? '_cluster' : '::DBCluster') && c.values[field] === id)
}

/** Engines of the Terraform cluster instance types when `engine` is left out (Neptune and DocumentDB default it). */
const MEMBER_ENGINE: Record<string, string> = { aws_neptune_cluster_instance: 'neptune', aws_docdb_cluster_instance: 'docdb' }

function adaptInstance(r: IacResource, ctx: AdaptContext): AdaptedResource<RdsInstanceAttributes>[] {
  const f = F[r.language]
  const v: Values = r.values
  const isMember = r.type.endsWith('_cluster_instance') || !isUnset(v[f.cluster])
  const settings = isMember ? member(clusterOf(v[f.cluster], r, ctx), ctx) : standalone(r, ctx)
  const id = nameOf(v[f.id], r)
  const engine = str(v[f.engine], MEMBER_ENGINE[r.type] ?? '')
  const version = str(v[f.version], '')
  // Terraform's schema default is false; CloudFormation leaves it to RDS (see the header).
  const publicDefault = r.language === 'terraform' ? false : null
  const publiclyAccessible = bool(v[f.public], publicDefault) ?? afterApply('public accessibility RDS chooses from the VPC (internet gateway or not)')
  const attributes: Loose<RdsInstanceAttributes> = {
    dbInstanceIdentifier: id,
    engine: typeof engine === 'string' ? engine : '',
    engineVersion: typeof version === 'string' ? version : '',
    publiclyAccessible,
    autoMinorVersionUpgrade: flag(v[f.minor], true),
    ...settings,
    vpcId: afterApply('VPC of the DB subnet group'),
    securityGroupIds: securityGroupIds(v[f.groups], ctx),
  }
  const key = kmsKeyOf(v[f.kms], ctx)
  return [
    {
      type: AWS.rdsInstance,
      name: id,
      tags: r.language === 'terraform' ? tfTags(v) : cfnTags(v),
      attributes: guarded<RdsInstanceAttributes>(attributes),
      relations: [...securityGroupRelations(v[f.groups], ctx), ...(settings.storageEncrypted === true ? kmsRelations(key) : [])],
    },
  ]
}

// ---------------------------------------------------------------- snapshots

/** Snapshot field names per Terraform type. */
const SNAPSHOTS: Record<string, { id: string; source: string; isCluster: boolean }> = {
  aws_db_snapshot: { id: 'db_snapshot_identifier', source: 'db_instance_identifier', isCluster: false },
  aws_db_cluster_snapshot: { id: 'db_cluster_snapshot_identifier', source: 'db_cluster_identifier', isCluster: true },
  aws_db_snapshot_copy: { id: 'target_db_snapshot_identifier', source: 'source_db_snapshot_identifier', isCluster: false },
}

/** Encryption of a snapshot: that of the declared instance, cluster or snapshot it is taken from. */
function snapshotEncrypted(r: IacResource, ctx: AdaptContext, depth = 0): boolean | Unknown {
  const spec = SNAPSHOTS[r.type]
  if (!spec) return afterApply('encryption of a snapshot source not declared in this code')
  // A copy with a KMS key is encrypted with it (aws_db_snapshot_copy kms_key_id; CopyDBSnapshot KmsKeyId).
  if (r.type === 'aws_db_snapshot_copy' && !isUnset(r.values.kms_key_id)) return true
  const source = isIacRef(r.values[spec.source]) ? ctx.resolve(r.values[spec.source]) : undefined
  if (!source || depth > 8) return afterApply('encryption of a snapshot source not declared in this code')
  if (source.type in SNAPSHOTS) return snapshotEncrypted(source, ctx, depth + 1)
  if (spec.isCluster) return clusterFacts(source, ctx)?.storageEncrypted ?? afterApply('encryption of the source cluster')
  if (source.type === 'aws_db_instance') return standalone(source, ctx).storageEncrypted ?? false
  return afterApply('encryption of the snapshot source')
}

/**
 * Who may restore the snapshot (`shared_accounts`; 'all' = public). Code cannot tell whether named accounts belong
 * to the organization, so a list naming accounts (and not 'all') is left as a fact not in code rather than giving
 * the organization check an answer it can only turn into an error.
 */
function restoreAccounts(v: unknown): RdsSnapshotAttributes['restoreAccounts'] {
  const accounts = strings(v)
  if (!Array.isArray(accounts)) return accounts
  if (accounts.length === 0 || accounts.includes('all')) return accounts
  return notInCode(`whether accounts ${accounts.join(', ')} belong to the organization`)
}

function adaptSnapshot(r: IacResource, ctx: AdaptContext): AdaptedResource<RdsSnapshotAttributes>[] {
  const spec = SNAPSHOTS[r.type]
  if (!spec) return []
  const id = nameOf(r.values[spec.id], r)
  const attributes: Loose<RdsSnapshotAttributes> = {
    snapshotIdentifier: id,
    snapshotType: 'manual',
    isCluster: spec.isCluster,
    encrypted: snapshotEncrypted(r, ctx),
    restoreAccounts: restoreAccounts(r.values.shared_accounts),
  }
  return [{ type: AWS.rdsSnapshot, name: id, tags: tfTags(r.values), attributes: guarded<RdsSnapshotAttributes>(attributes) }]
}

/** RDS instance and snapshot adapters. */
export const rdsAdapters: Adapter[] = [
  {
    language: 'terraform',
    types: ['aws_db_instance', 'aws_rds_cluster_instance', 'aws_neptune_cluster_instance', 'aws_docdb_cluster_instance'],
    produces: [AWS.rdsInstance],
    adapt: adaptInstance,
  },
  { language: 'cloudformation', types: ['AWS::RDS::DBInstance'], produces: [AWS.rdsInstance], adapt: adaptInstance },
  { language: 'terraform', types: Object.keys(SNAPSHOTS), produces: [AWS.rdsSnapshot], adapt: adaptSnapshot },
]
