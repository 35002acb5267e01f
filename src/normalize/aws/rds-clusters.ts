import type { Resource } from '../../core/resource.js'
import type { DBCluster, RdsClustersRaw } from '../../collect/aws/rds-clusters.js'
import { ec2Arn, partitionOf } from '../../collect/aws/ec2-arn.js'
import { AWS, type DbClusterAttributes } from './types.js'
import { awsResource, tagsOf, type NormalizeScope } from './helpers.js'

/** The resource type of a cluster by engine: DocumentDB and Neptune are separate services on the RDS API. */
function typeOf(engine: string): string {
  if (engine === 'docdb') return AWS.documentdbCluster
  if (engine === 'neptune') return AWS.neptuneCluster
  return AWS.rdsDbCluster
}

/** One DB cluster → aws.rds.db-cluster, aws.documentdb.cluster or aws.neptune.cluster (uid = cluster ARN). */
function dbCluster(c: DBCluster, scope: NormalizeScope): Resource<DbClusterAttributes> {
  const id = c.DBClusterIdentifier ?? ''
  const engine = c.Engine ?? ''
  // Only an encrypted cluster has a key (the KmsKeyId of an unencrypted one is meaningless).
  const kmsKeyId = c.StorageEncrypted ? (c.KmsKeyId ?? null) : null
  const groups = (c.VpcSecurityGroups ?? []).map((g) => g.VpcSecurityGroupId).filter((g): g is string => !!g)
  return awsResource<DbClusterAttributes>({
    uid: c.DBClusterArn ?? `arn:${partitionOf(scope.region)}:rds:${scope.region}:${scope.account}:cluster:${id}`,
    type: typeOf(engine),
    account: scope.account,
    region: scope.region,
    name: id,
    tags: tagsOf(c.TagList),
    relations: [
      ...groups.map((g) => ({ kind: 'uses-security-group', target: ec2Arn(scope.region, scope.account, 'security-group', g) })),
      ...(kmsKeyId ? [{ kind: 'uses-kms-key', target: kmsKeyId }] : []),
    ],
    attributes: {
      dbClusterIdentifier: id,
      engine,
      engineVersion: c.EngineVersion ?? '',
      engineMode: c.EngineMode ?? null,
      storageEncrypted: c.StorageEncrypted ?? false,
      kmsKeyId,
      deletionProtection: c.DeletionProtection ?? false,
      backupRetentionPeriod: c.BackupRetentionPeriod ?? 0,
      iamDatabaseAuthentication: c.IAMDatabaseAuthenticationEnabled ?? false,
      cloudwatchLogsExports: c.EnabledCloudwatchLogsExports ?? [],
      publiclyAccessible: c.PubliclyAccessible ?? null,
      members: (c.DBClusterMembers ?? []).map((m) => m.DBInstanceIdentifier).filter((m): m is string => !!m),
    },
  })
}

/** DB clusters of one region, split by engine into RDS, DocumentDB and Neptune clusters. */
export function normalizeRdsClusters(raw: RdsClustersRaw, scope: NormalizeScope): Resource<DbClusterAttributes>[] {
  return raw.clusters.map((c) => dbCluster(c, scope))
}
