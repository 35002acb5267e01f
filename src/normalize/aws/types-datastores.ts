/**
 * Normalized types for DynamoDB, ElastiCache, Redshift, OpenSearch, DocumentDB, Neptune. Type ids are merged into `AWS` in types.ts; import shared shapes from
 * './types.js' with `import type` only (types.ts re-exports this file, so a value import would be a cycle).
 */
import type { Maybe } from '../../core/unknown.js'
import type { PolicyDocument } from './types.js'

/** Resource type ids of this group. */
export const DATASTORES_TYPES = {
  dynamodbTable: 'aws.dynamodb.table',
  elasticacheReplicationGroup: 'aws.elasticache.replication-group',
  elasticacheCacheCluster: 'aws.elasticache.cache-cluster',
  redshiftCluster: 'aws.redshift.cluster',
  opensearchDomain: 'aws.opensearch.domain',
  rdsDbCluster: 'aws.rds.db-cluster',
  documentdbCluster: 'aws.documentdb.cluster',
  neptuneCluster: 'aws.neptune.cluster',
} as const

// ---------------------------------------------------------------- DynamoDB

/** aws.dynamodb.table — uid = table ARN. Relation 'uses-kms-key' → key ARN when SSE-KMS is used. */
export interface DynamoDbTableAttributes {
  tableName: string
  /** DescribeTable TableStatus (ACTIVE, CREATING, ...). */
  tableStatus: Maybe<string>
  /**
   * DescribeTable SSEDescription: the KMS key ARN when the table uses SSE-KMS (AWS-managed `aws/dynamodb` or
   * customer-managed); null = the default AWS-owned key (every table is encrypted at rest).
   */
  kmsKeyArn: Maybe<string | null>
  /** DescribeTable DeletionProtectionEnabled. */
  deletionProtection: Maybe<boolean>
  /** DescribeContinuousBackups PointInTimeRecoveryStatus = ENABLED. */
  pointInTimeRecovery: Maybe<boolean>
}

// ---------------------------------------------------------------- ElastiCache

/** aws.elasticache.replication-group — uid = replication group ARN (Redis OSS / Valkey). Relation 'uses-kms-key'. */
export interface ElastiCacheReplicationGroupAttributes {
  replicationGroupId: string
  /** 'redis' or 'valkey'. */
  engine: string
  transitEncryptionEnabled: boolean
  /** 'preferred' accepts unencrypted connections too; 'required' only TLS; null = not reported. */
  transitEncryptionMode: string | null
  atRestEncryptionEnabled: boolean
  kmsKeyId: string | null
  /** Redis AUTH token set. */
  authTokenEnabled: boolean
  /** RBAC user groups associated with the group. */
  userGroupIds: string[]
  /** 'enabled' | 'disabled' | 'enabling' | 'disabling'. */
  automaticFailover: string
  /** 'enabled' | 'disabled'. */
  multiAz: string
  /** Days automatic snapshots are kept; 0 = automatic backups off. */
  snapshotRetentionLimit: number
  /** null = not reported by the API. */
  autoMinorVersionUpgrade: boolean | null
  memberClusters: string[]
}

/** aws.elasticache.cache-cluster — uid = cache cluster ARN (standalone Memcached/Redis clusters and replication group members). */
export interface ElastiCacheCacheClusterAttributes {
  cacheClusterId: string
  engine: string
  engineVersion: string
  /** The replication group this node belongs to; null = standalone cluster. */
  replicationGroupId: string | null
  /** null = EC2-Classic / not in a subnet group. */
  cacheSubnetGroupName: string | null
  transitEncryptionEnabled: boolean
  transitEncryptionMode: string | null
  atRestEncryptionEnabled: boolean
  autoMinorVersionUpgrade: boolean
  /** null for Memcached (no snapshots). */
  snapshotRetentionLimit: number | null
}

// ---------------------------------------------------------------- Redshift

/** aws.redshift.cluster — uid `arn:<partition>:redshift:<region>:<acct>:cluster:<id>`. Relation 'uses-kms-key', 'in-vpc'. */
export interface RedshiftClusterAttributes {
  clusterIdentifier: string
  publiclyAccessible: boolean
  encrypted: boolean
  kmsKeyId: string | null
  enhancedVpcRouting: boolean
  /** Days automated snapshots are kept; 0 = automated snapshots off. */
  automatedSnapshotRetentionPeriod: number
  allowVersionUpgrade: boolean
  masterUsername: string
  parameterGroupNames: string[]
  vpcId: string | null
  /** DescribeLoggingStatus: audit logging to S3 or CloudWatch Logs. */
  auditLogging: Maybe<{ enabled: boolean; destination: string | null; logExports: string[] }>
  /** require_ssl of the cluster's parameter group (DescribeClusterParameters); false when unset. */
  requireSsl: Maybe<boolean>
}

// ---------------------------------------------------------------- OpenSearch

/** aws.opensearch.domain — uid = domain ARN (`arn:<partition>:es:<region>:<acct>:domain/<name>`). Every field comes from DescribeDomains. */
export interface OpenSearchDomainAttributes {
  domainName: string
  engineVersion: Maybe<string>
  /** VPCOptions (VPC access); null = public endpoint. */
  vpc: Maybe<{ vpcId: string | null; subnetIds: string[] } | null>
  encryptionAtRest: Maybe<boolean>
  nodeToNodeEncryption: Maybe<boolean>
  enforceHttps: Maybe<boolean>
  /** DomainEndpointOptions.TLSSecurityPolicy, e.g. Policy-Min-TLS-1-2-PFS-2023-10; null = not reported. */
  tlsSecurityPolicy: Maybe<string | null>
  /** AdvancedSecurityOptions.Enabled (fine-grained access control). */
  fineGrainedAccessControl: Maybe<boolean>
  /** LogPublishingOptions.AUDIT_LOGS.Enabled. */
  auditLogs: Maybe<boolean>
  dedicatedMaster: Maybe<boolean>
  zoneAwareness: Maybe<boolean>
  /** AccessPolicies; null = no domain access policy. */
  policy: Maybe<PolicyDocument | null>
}

// ---------------------------------------------------------------- RDS DB clusters (Aurora, Multi-AZ clusters, DocumentDB, Neptune)

/**
 * aws.rds.db-cluster, aws.documentdb.cluster (Engine docdb), aws.neptune.cluster (Engine neptune) — uid = DB cluster
 * ARN, from DescribeDBClusters. Relations: 'uses-kms-key', 'uses-security-group'.
 */
export interface DbClusterAttributes {
  dbClusterIdentifier: string
  engine: string
  engineVersion: string
  /** 'provisioned', 'serverless', ... ; null = not reported. */
  engineMode: string | null
  storageEncrypted: boolean
  kmsKeyId: string | null
  deletionProtection: boolean
  /** Days automated backups are kept (1–35). */
  backupRetentionPeriod: number
  iamDatabaseAuthentication: boolean
  /** EnabledCloudwatchLogsExports, e.g. ['audit', 'profiler'] for DocumentDB. */
  cloudwatchLogsExports: string[]
  /** Multi-AZ DB clusters only; null for Aurora, DocumentDB and Neptune. */
  publiclyAccessible: boolean | null
  /** Identifiers of the DB instances in the cluster. */
  members: string[]
}
