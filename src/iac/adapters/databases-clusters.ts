/**
 * DB clusters from code: Aurora / Multi-AZ DB clusters (aws_rds_cluster, AWS::RDS::DBCluster), Neptune
 * (aws_neptune_cluster, AWS::Neptune::DBCluster) and DocumentDB (aws_docdb_cluster, AWS::DocDB::DBCluster), all on the
 * RDS API and normalized to DbClusterAttributes as src/normalize/aws/rds-clusters.ts does.
 *
 * Left out in code = the default for a new cluster: storage unencrypted (except Aurora Serverless v1, always
 * encrypted), deletion protection off, backups kept 1 day, IAM authentication off, no log exports
 * (registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/rds_cluster, .../neptune_cluster,
 * .../docdb_cluster; CloudFormation aws-resource-rds-dbcluster, -neptune-dbcluster, -docdb-dbcluster).
 * A cluster restored from a snapshot or cloned from another inherits their encryption: Unknown unless written.
 */
import type { Unknown } from '../../core/unknown.js'
import { AWS, type DbClusterAttributes } from '../../normalize/aws/types.js'
import { afterApply, type AdaptContext, type AdaptedResource, type Adapter, type IacResource } from '../model.js'
import { flag, guarded, kmsKeyOf, kmsRelations, nameOf, securityGroupRelations, type Loose } from './databases-common.js'
import { bool, cfnTags, isUnset, num, str, strings, tfTags } from './values.js'

type Values = Readonly<Record<string, unknown>>

/** Where one cluster flavour keeps each setting (Terraform and CloudFormation name them differently per service). */
interface ClusterFields {
  type: string
  engine: string
  id: string
  engineField?: string
  engineVersion: string
  engineMode?: string
  encrypted: string
  kms: string
  deletion: string
  backup: string
  iam?: string
  logs: string
  securityGroups: string
  publiclyAccessible?: string
  /** Fields that make the cluster a restore or clone: it inherits encryption from its source. */
  inherits: string[]
}

const TF: Record<string, ClusterFields> = {
  aws_rds_cluster: {
    type: AWS.rdsDbCluster,
    engine: 'aurora',
    id: 'cluster_identifier',
    engineField: 'engine',
    engineVersion: 'engine_version',
    engineMode: 'engine_mode',
    encrypted: 'storage_encrypted',
    kms: 'kms_key_id',
    deletion: 'deletion_protection',
    backup: 'backup_retention_period',
    iam: 'iam_database_authentication_enabled',
    logs: 'enabled_cloudwatch_logs_exports',
    securityGroups: 'vpc_security_group_ids',
    publiclyAccessible: 'publicly_accessible',
    inherits: ['snapshot_identifier', 'replication_source_identifier', 'restore_to_point_in_time', 'global_cluster_identifier'],
  },
  aws_neptune_cluster: {
    type: AWS.neptuneCluster,
    engine: 'neptune',
    id: 'cluster_identifier',
    engineVersion: 'engine_version',
    encrypted: 'storage_encrypted',
    kms: 'kms_key_arn',
    deletion: 'deletion_protection',
    backup: 'backup_retention_period',
    iam: 'iam_database_authentication_enabled',
    logs: 'enable_cloudwatch_logs_exports',
    securityGroups: 'vpc_security_group_ids',
    inherits: ['snapshot_identifier', 'replication_source_identifier', 'global_cluster_identifier'],
  },
  aws_docdb_cluster: {
    type: AWS.documentdbCluster,
    engine: 'docdb',
    id: 'cluster_identifier',
    engineVersion: 'engine_version',
    encrypted: 'storage_encrypted',
    kms: 'kms_key_id',
    deletion: 'deletion_protection',
    backup: 'backup_retention_period',
    logs: 'enabled_cloudwatch_logs_exports',
    securityGroups: 'vpc_security_group_ids',
    inherits: ['snapshot_identifier', 'restore_to_point_in_time', 'global_cluster_identifier'],
  },
}

const CFN_COMMON = {
  id: 'DBClusterIdentifier',
  engineVersion: 'EngineVersion',
  encrypted: 'StorageEncrypted',
  kms: 'KmsKeyId',
  deletion: 'DeletionProtection',
  backup: 'BackupRetentionPeriod',
  logs: 'EnableCloudwatchLogsExports',
  securityGroups: 'VpcSecurityGroupIds',
  inherits: ['SnapshotIdentifier', 'SourceDBClusterIdentifier'],
}

const CFN: Record<string, ClusterFields> = {
  'AWS::RDS::DBCluster': {
    ...CFN_COMMON,
    type: AWS.rdsDbCluster,
    engine: 'aurora-mysql',
    engineField: 'Engine',
    engineMode: 'EngineMode',
    iam: 'EnableIAMDatabaseAuthentication',
    publiclyAccessible: 'PubliclyAccessible',
    inherits: [...CFN_COMMON.inherits, 'ReplicationSourceIdentifier', 'GlobalClusterIdentifier'],
  },
  'AWS::Neptune::DBCluster': { ...CFN_COMMON, type: AWS.neptuneCluster, engine: 'neptune', iam: 'IamAuthEnabled' },
  'AWS::DocDB::DBCluster': { ...CFN_COMMON, type: AWS.documentdbCluster, engine: 'docdb' },
}

/** The cluster settings DB instances of the cluster inherit (encryption, backups, IAM authentication). */
export interface ClusterFacts {
  storageEncrypted: boolean | Unknown
  kmsKeyId: string | null
  backupRetentionPeriod: number | Unknown
  iamDatabaseAuthentication: boolean | Unknown
}

function fieldsOf(r: IacResource): ClusterFields | undefined {
  return (r.language === 'terraform' ? TF : CFN)[r.type]
}

/** Encryption, key, backups and IAM authentication of a declared cluster (for its instances and snapshots). */
export function clusterFacts(r: IacResource, ctx: AdaptContext): ClusterFacts | undefined {
  const f = fieldsOf(r)
  if (!f) return undefined
  const v = r.values
  const inherited = f.inherits.find((k) => !isUnset(v[k]))
  const mode = f.engineMode ? str(v[f.engineMode], 'provisioned') : 'provisioned'
  // Aurora Serverless v1 clusters are always encrypted (AWS::RDS::DBCluster StorageEncrypted, rds_cluster storage_encrypted).
  const dflt = mode === 'serverless' ? true : inherited ? null : false
  const written = bool(v[f.encrypted], dflt)
  const storageEncrypted = written === null ? afterApply(`encryption inherited from ${inherited ?? 'the source'}`) : written
  const key = kmsKeyOf(v[f.kms], ctx)
  const backup = num(v[f.backup], 1)
  return {
    storageEncrypted,
    // Only an encrypted cluster has a key, as the live normalizer keeps it.
    kmsKeyId: storageEncrypted === false ? null : key.id,
    backupRetentionPeriod: backup,
    iamDatabaseAuthentication: f.iam ? flag(v[f.iam], false) : false,
  }
}

/** Identifiers of the DB instances declared as members of the cluster (Terraform *_cluster_instance, CFN DBInstance). */
function members(r: IacResource, ctx: AdaptContext, ids: readonly unknown[]): string[] {
  if (r.language === 'terraform') {
    const types = ['aws_rds_cluster_instance', 'aws_neptune_cluster_instance', 'aws_docdb_cluster_instance']
    return types.flatMap((t) => ctx.referencing(t, 'cluster_identifier', r, ids)).map((m) => nameOf(m.values.identifier, m))
  }
  const types = ['AWS::RDS::DBInstance', 'AWS::Neptune::DBInstance', 'AWS::DocDB::DBInstance']
  return types.flatMap((t) => ctx.referencing(t, 'DBClusterIdentifier', r, ids)).map((m) => nameOf(m.values.DBInstanceIdentifier, m))
}

function adaptCluster(r: IacResource, ctx: AdaptContext): AdaptedResource<DbClusterAttributes>[] {
  const f = fieldsOf(r)
  const facts = clusterFacts(r, ctx)
  if (!f || !facts) return []
  const v: Values = r.values
  const id = nameOf(v[f.id], r)
  const literalId = str(v[f.id], null)
  const engine = f.engineField ? str(v[f.engineField], f.engine) : f.engine
  const engineVersion = str(v[f.engineVersion], '')
  const engineMode = f.engineMode ? str(v[f.engineMode], null) : null
  const publicAccess = f.publiclyAccessible ? bool(v[f.publiclyAccessible], null) : null
  const key = kmsKeyOf(v[f.kms], ctx)
  const attributes: Loose<DbClusterAttributes> = {
    dbClusterIdentifier: id,
    engine: typeof engine === 'string' ? engine : f.engine,
    engineVersion: typeof engineVersion === 'string' ? engineVersion : '',
    engineMode: typeof engineMode === 'string' ? engineMode : null,
    storageEncrypted: facts.storageEncrypted,
    kmsKeyId: facts.kmsKeyId,
    deletionProtection: flag(v[f.deletion], false),
    backupRetentionPeriod: facts.backupRetentionPeriod,
    iamDatabaseAuthentication: facts.iamDatabaseAuthentication,
    cloudwatchLogsExports: strings(v[f.logs]),
    // Only Multi-AZ DB clusters report it; left out, RDS decides from the subnets' route to an internet gateway.
    publiclyAccessible: publicAccess === null ? null : publicAccess,
    members: members(r, ctx, typeof literalId === 'string' ? [literalId] : []),
  }
  return [
    {
      type: f.type,
      name: id,
      tags: r.language === 'terraform' ? tfTags(v) : cfnTags(v),
      attributes: guarded<DbClusterAttributes>(attributes),
      relations: [...securityGroupRelations(v[f.securityGroups], ctx), ...(facts.storageEncrypted === true ? kmsRelations(key) : [])],
    },
  ]
}

/** DB cluster adapters (RDS, Neptune, DocumentDB; Terraform and CloudFormation). */
export const clusterAdapters: Adapter[] = [
  ...Object.entries(TF).map(([t, f]): Adapter => ({ language: 'terraform', types: [t], produces: [f.type], adapt: adaptCluster })),
  ...Object.entries(CFN).map(([t, f]): Adapter => ({ language: 'cloudformation', types: [t], produces: [f.type], adapt: adaptCluster })),
]
