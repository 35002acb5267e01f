/**
 * Demo estate, data stores part: DynamoDB tables, an OpenSearch domain pair and Redshift clusters in the home region;
 * ElastiCache, Neptune and Aurora clusters in the second region (the emulator has no DocumentDB). Each misconfigured resource has a
 * correctly configured twin.
 */
import { KMSClient, CreateKeyCommand, EnableKeyRotationCommand } from '@aws-sdk/client-kms'
import { EC2Client, DescribeSubnetsCommand } from '@aws-sdk/client-ec2'
import { DynamoDBClient, CreateTableCommand, UpdateContinuousBackupsCommand, type CreateTableCommandInput } from '@aws-sdk/client-dynamodb'
import {
  ElastiCacheClient,
  CreateReplicationGroupCommand,
  CreateCacheClusterCommand,
  CreateCacheSubnetGroupCommand,
} from '@aws-sdk/client-elasticache'
import { RedshiftClient, CreateClusterCommand, CreateClusterParameterGroupCommand, EnableLoggingCommand } from '@aws-sdk/client-redshift'
import { OpenSearchClient, CreateDomainCommand } from '@aws-sdk/client-opensearch'
import { RDSClient, CreateDBClusterCommand } from '@aws-sdk/client-rds'
import type { SeedContext } from './seed-demo.js'

/** A customer-managed key with rotation on (so it adds no KMS finding of its own); returns its ARN. */
async function customerKey(ctx: SeedContext, region: string, description: string): Promise<string> {
  const kms = new KMSClient(ctx.config(region))
  try {
    const key = await kms.send(new CreateKeyCommand({ Description: description }))
    await kms.send(new EnableKeyRotationCommand({ KeyId: key.KeyMetadata!.KeyId! }))
    ctx.count()
    return key.KeyMetadata!.Arn!
  } finally {
    kms.destroy()
  }
}

/** DynamoDB: a table with defaults (no PITR, no deletion protection, AWS-owned key) vs one with all three. */
async function dynamodb(ctx: SeedContext, region: string): Promise<void> {
  const ddb = new DynamoDBClient(ctx.config(region))
  const keyArn = await customerKey(ctx, region, 'DynamoDB orders table')
  const table = (name: string, extra: Partial<CreateTableCommandInput>): CreateTableCommandInput => ({
    TableName: name,
    AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
    KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
    BillingMode: 'PAY_PER_REQUEST',
    ...extra,
  })
  try {
    const [legacy, orders] = await Promise.all([
      ddb.send(new CreateTableCommand(table('sessions-legacy', {}))),
      ddb.send(
        new CreateTableCommand(
          table('orders', { DeletionProtectionEnabled: true, SSESpecification: { Enabled: true, SSEType: 'KMS', KMSMasterKeyId: keyArn } }),
        ),
      ),
    ])
    await ddb.send(
      new UpdateContinuousBackupsCommand({ TableName: 'orders', PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true } }),
    )
    ctx.count(2)
    const bad = legacy.TableDescription!.TableArn!
    const good = orders.TableDescription!.TableArn!
    ctx.fail('aws-dynamodb-table-pitr-enabled', bad, 'sessions-legacy', 'point-in-time recovery off')
    ctx.ok('aws-dynamodb-table-pitr-enabled', good, 'orders', 'point-in-time recovery on')
    ctx.fail('aws-dynamodb-table-deletion-protection', bad, 'sessions-legacy', 'deletion protection off')
    ctx.ok('aws-dynamodb-table-deletion-protection', good, 'orders', 'deletion protection on')
    ctx.fail('aws-dynamodb-table-cmk-encrypted', bad, 'sessions-legacy', 'default AWS-owned key')
    ctx.ok('aws-dynamodb-table-cmk-encrypted', good, 'orders', 'customer-managed KMS key')
  } finally {
    ddb.destroy()
  }
}

/** A subnet of the region's default VPC (the emulator creates one per region). */
async function defaultSubnet(ctx: SeedContext, region: string): Promise<string> {
  const ec2 = new EC2Client(ctx.config(region))
  try {
    const out = await ec2.send(new DescribeSubnetsCommand({ Filters: [{ Name: 'default-for-az', Values: ['true'] }] }))
    return out.Subnets![0]!.SubnetId!
  } finally {
    ec2.destroy()
  }
}

/** OpenSearch: a public, unencrypted domain open to everyone vs a VPC domain with every protection on. */
async function opensearch(ctx: SeedContext, region: string): Promise<void> {
  const os = new OpenSearchClient(ctx.config(region))
  const subnet = await defaultSubnet(ctx, region)
  const arn = (name: string) => `arn:aws:es:${region}:${ctx.manifest.account}:domain/${name}`
  const policy = (name: string, principal: unknown) =>
    JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: principal, Action: 'es:ESHttp*', Resource: `${arn(name)}/*` }],
    })
  try {
    const [open, orders] = await Promise.all([
      os.send(
        new CreateDomainCommand({
          DomainName: 'public-search',
          EngineVersion: 'OpenSearch_2.11',
          ClusterConfig: { InstanceType: 't3.small.search', InstanceCount: 1 },
          AccessPolicies: policy('public-search', '*'),
        }),
      ),
      os.send(
        new CreateDomainCommand({
          DomainName: 'orders-search',
          EngineVersion: 'OpenSearch_2.11',
          ClusterConfig: {
            InstanceType: 'r6g.large.search',
            InstanceCount: 3,
            DedicatedMasterEnabled: true,
            DedicatedMasterType: 'r6g.large.search',
            DedicatedMasterCount: 3,
            ZoneAwarenessEnabled: true,
            ZoneAwarenessConfig: { AvailabilityZoneCount: 3 },
          },
          VPCOptions: { SubnetIds: [subnet] },
          EncryptionAtRestOptions: { Enabled: true },
          NodeToNodeEncryptionOptions: { Enabled: true },
          DomainEndpointOptions: { EnforceHTTPS: true, TLSSecurityPolicy: 'Policy-Min-TLS-1-2-PFS-2023-10' },
          AdvancedSecurityOptions: {
            Enabled: true,
            InternalUserDatabaseEnabled: false,
            MasterUserOptions: { MasterUserARN: `arn:aws:iam::${ctx.manifest.account}:role/search-admin` },
          },
          LogPublishingOptions: {
            AUDIT_LOGS: {
              Enabled: true,
              CloudWatchLogsLogGroupArn: `arn:aws:logs:${region}:${ctx.manifest.account}:log-group:/aws/opensearch/orders-search`,
            },
          },
          AccessPolicies: policy('orders-search', { AWS: `arn:aws:iam::${ctx.manifest.account}:role/orders-api` }),
        }),
      ),
    ])
    ctx.count(2)
    const bad = open.DomainStatus!.ARN!
    const good = orders.DomainStatus!.ARN!
    const pairs: [string, string, string][] = [
      ['aws-opensearch-domain-in-vpc', 'public endpoint', 'in a VPC'],
      ['aws-opensearch-domain-encrypted-at-rest', 'encryption at rest off', 'encryption at rest on'],
      ['aws-opensearch-domain-node-to-node-encryption', 'node-to-node encryption off', 'node-to-node encryption on'],
      ['aws-opensearch-domain-https-tls12', 'HTTPS not enforced', 'HTTPS with TLS 1.2 policy'],
      ['aws-opensearch-domain-fine-grained-access', 'fine-grained access control off', 'fine-grained access control on'],
      ['aws-opensearch-domain-audit-logs', 'audit logs not published', 'audit logs to CloudWatch Logs'],
      ['aws-opensearch-domain-policy-not-public', 'access policy allows Principal *', 'access policy names one role'],
      ['aws-opensearch-domain-zone-awareness', 'single AZ', 'zone awareness on'],
      ['aws-opensearch-domain-dedicated-master', 'no dedicated master nodes', 'three dedicated master nodes'],
    ]
    for (const [check, badWhy, goodWhy] of pairs) {
      ctx.fail(check, bad, 'public-search', badWhy)
      ctx.ok(check, good, 'orders-search', goodWhy)
    }
  } finally {
    os.destroy()
  }
}

/** Redshift: a public, unencrypted cluster with defaults vs a private, encrypted, logged one. */
async function redshift(ctx: SeedContext, region: string): Promise<void> {
  const rs = new RedshiftClient(ctx.config(region))
  const arn = (id: string) => `arn:aws:redshift:${region}:${ctx.manifest.account}:cluster:${id}`
  try {
    await rs.send(
      new CreateClusterParameterGroupCommand({
        ParameterGroupName: 'analytics-params',
        ParameterGroupFamily: 'redshift-1.0',
        Description: 'analytics',
      }),
    )
    await Promise.all([
      rs.send(
        new CreateClusterCommand({
          ClusterIdentifier: 'legacy-dwh',
          NodeType: 'dc2.large',
          ClusterType: 'single-node',
          MasterUsername: 'awsuser',
          MasterUserPassword: 'Demo-password-123',
          PubliclyAccessible: true,
          Encrypted: false,
          AllowVersionUpgrade: false,
          EnhancedVpcRouting: false,
        }),
      ),
      rs.send(
        new CreateClusterCommand({
          ClusterIdentifier: 'analytics-dwh',
          NodeType: 'ra3.xlplus',
          ClusterType: 'multi-node',
          NumberOfNodes: 2,
          MasterUsername: 'dwh_admin',
          MasterUserPassword: 'Demo-password-123',
          PubliclyAccessible: false,
          Encrypted: true,
          AllowVersionUpgrade: true,
          EnhancedVpcRouting: true,
          AutomatedSnapshotRetentionPeriod: 7,
          ClusterParameterGroupName: 'analytics-params',
        }),
      ),
    ])
    await rs.send(
      new EnableLoggingCommand({
        ClusterIdentifier: 'analytics-dwh',
        LogDestinationType: 'cloudwatch',
        LogExports: ['connectionlog', 'userlog', 'useractivitylog'],
      }),
    )
    ctx.count(3)
    const pairs: [string, string, string][] = [
      ['aws-redshift-cluster-not-public', 'PubliclyAccessible true', 'PubliclyAccessible false'],
      ['aws-redshift-cluster-encrypted', 'not encrypted', 'encrypted'],
      ['aws-redshift-cluster-audit-logging', 'audit logging off', 'audit logging to CloudWatch Logs'],
      ['aws-redshift-cluster-enhanced-vpc-routing', 'enhanced VPC routing off', 'enhanced VPC routing on'],
      ['aws-redshift-cluster-version-upgrade', 'AllowVersionUpgrade false', 'AllowVersionUpgrade true'],
      ['aws-redshift-cluster-non-default-admin', 'master user awsuser', 'master user dwh_admin'],
    ]
    for (const [check, badWhy, goodWhy] of pairs) {
      ctx.fail(check, arn('legacy-dwh'), 'legacy-dwh', badWhy)
      ctx.ok(check, arn('analytics-dwh'), 'analytics-dwh', goodWhy)
    }
    // The emulator's parameter groups always report require_ssl=false (ModifyClusterParameterGroup is not implemented).
    ctx.fail('aws-redshift-cluster-require-ssl', arn('legacy-dwh'), 'legacy-dwh', 'default parameter group: require_ssl false')
    // The emulator turns AutomatedSnapshotRetentionPeriod 0 into 1, so only the passing side can be seeded.
    ctx.ok('aws-redshift-cluster-automated-snapshots', arn('analytics-dwh'), 'analytics-dwh', 'snapshots kept 7 days')
  } finally {
    rs.destroy()
  }
}

/**
 * ElastiCache: an open Redis replication group vs a hardened one; a standalone Memcached cluster in the default subnet
 * group vs a standalone Redis node with TLS, backups and its own subnet group.
 */
async function elasticache(ctx: SeedContext, region: string): Promise<void> {
  const ec = new ElastiCacheClient(ctx.config(region))
  try {
    const subnet = await defaultSubnet(ctx, region)
    await ec.send(
      new CreateCacheSubnetGroupCommand({
        CacheSubnetGroupName: 'cache-private',
        CacheSubnetGroupDescription: 'private cache subnets',
        SubnetIds: [subnet],
      }),
    )
    const [sessions, orders, memcached, redis] = await Promise.all([
      ec.send(
        new CreateReplicationGroupCommand({
          ReplicationGroupId: 'sessions-cache',
          ReplicationGroupDescription: 'legacy session cache',
          Engine: 'redis',
          CacheNodeType: 'cache.t3.micro',
          NumCacheClusters: 1,
          AutomaticFailoverEnabled: false,
          TransitEncryptionEnabled: false,
          AtRestEncryptionEnabled: false,
          SnapshotRetentionLimit: 0,
          AutoMinorVersionUpgrade: false,
        }),
      ),
      ec.send(
        new CreateReplicationGroupCommand({
          ReplicationGroupId: 'orders-cache',
          ReplicationGroupDescription: 'orders cache',
          Engine: 'redis',
          CacheNodeType: 'cache.r7g.large',
          NumCacheClusters: 2,
          AutomaticFailoverEnabled: true,
          MultiAZEnabled: true,
          TransitEncryptionEnabled: true,
          AtRestEncryptionEnabled: true,
          AuthToken: 'demo-auth-token-0123456789',
          SnapshotRetentionLimit: 7,
          AutoMinorVersionUpgrade: true,
        }),
      ),
      ec.send(
        new CreateCacheClusterCommand({
          CacheClusterId: 'legacy-memcached',
          Engine: 'memcached',
          CacheNodeType: 'cache.t3.micro',
          NumCacheNodes: 1,
          CacheSubnetGroupName: 'default',
          AutoMinorVersionUpgrade: false,
          TransitEncryptionEnabled: false,
        }),
      ),
      ec.send(
        new CreateCacheClusterCommand({
          CacheClusterId: 'rate-limits',
          Engine: 'redis',
          CacheNodeType: 'cache.t3.micro',
          NumCacheNodes: 1,
          CacheSubnetGroupName: 'cache-private',
          AutoMinorVersionUpgrade: true,
          TransitEncryptionEnabled: true,
          SnapshotRetentionLimit: 7,
        }),
      ),
    ])
    ctx.count(5)
    const bad = sessions.ReplicationGroup!.ARN!
    const good = orders.ReplicationGroup!.ARN!
    const pairs: [string, string, string][] = [
      ['aws-elasticache-replication-group-transit-encryption', 'in-transit encryption off', 'in-transit encryption on'],
      ['aws-elasticache-replication-group-at-rest-encryption', 'at-rest encryption off', 'at-rest encryption on'],
      ['aws-elasticache-replication-group-auth-enabled', 'no AUTH token or user group', 'AUTH token set'],
      ['aws-elasticache-replication-group-automatic-failover', 'automatic failover off', 'automatic failover on'],
      ['aws-elasticache-replication-group-backup-enabled', 'snapshot retention 0', 'snapshots kept 7 days'],
      ['aws-elasticache-replication-group-auto-minor-upgrade', 'auto minor version upgrade off', 'auto minor version upgrade on'],
    ]
    for (const [check, badWhy, goodWhy] of pairs) {
      ctx.fail(check, bad, 'sessions-cache', badWhy)
      ctx.ok(check, good, 'orders-cache', goodWhy)
    }
    const mc = memcached.CacheCluster!.ARN!
    ctx.fail('aws-elasticache-cluster-transit-encryption', mc, 'legacy-memcached', 'in-transit encryption off')
    ctx.fail('aws-elasticache-cluster-auto-minor-upgrade', mc, 'legacy-memcached', 'auto minor version upgrade off')
    ctx.fail('aws-elasticache-cluster-not-default-subnet-group', mc, 'legacy-memcached', 'default cache subnet group')
    const rl = redis.CacheCluster!.ARN!
    ctx.ok('aws-elasticache-cluster-transit-encryption', rl, 'rate-limits', 'in-transit encryption on')
    ctx.ok('aws-elasticache-cluster-auto-minor-upgrade', rl, 'rate-limits', 'auto minor version upgrade on')
    ctx.ok('aws-elasticache-cluster-not-default-subnet-group', rl, 'rate-limits', 'subnet group cache-private')
    ctx.ok('aws-elasticache-cluster-backup-enabled', rl, 'rate-limits', 'snapshots kept 7 days')
  } finally {
    ec.destroy()
  }
}

/** Neptune and Aurora: per engine, a cluster with defaults vs a hardened one. */
async function dbClusters(ctx: SeedContext, region: string): Promise<void> {
  const rds = new RDSClient(ctx.config(region))
  const create = async (id: string, engine: string, hardened: boolean, logs: string[], extra: Record<string, unknown> = {}): Promise<string> => {
    const out = await rds.send(
      new CreateDBClusterCommand({
        DBClusterIdentifier: id,
        Engine: engine,
        MasterUsername: engine === 'neptune' ? undefined : 'demo_admin',
        MasterUserPassword: engine === 'neptune' ? undefined : 'demo-password-123',
        StorageEncrypted: hardened,
        DeletionProtection: hardened,
        BackupRetentionPeriod: hardened ? 7 : 1,
        EnableCloudwatchLogsExports: hardened ? logs : [],
        ...extra,
      }),
    )
    return out.DBCluster!.DBClusterArn!
  }
  try {
    // The emulator's CreateDBCluster rejects Engine 'docdb', so DocumentDB checks are covered by fixture tests only.
    const [nepBad, nepGood, auroraBad, auroraGood] = await Promise.all([
      create('legacy-graph', 'neptune', false, []),
      // The emulator rejects EnableIAMDatabaseAuthentication for non-Aurora engines, so only the failing side is seeded.
      create('fraud-graph', 'neptune', true, ['audit']),
      create('legacy-aurora', 'aurora-postgresql', false, []),
      create('orders-aurora', 'aurora-postgresql', true, ['postgresql']),
    ])
    ctx.count(4)
    const pairs: [string, string, string, string, string, string, string][] = [
      ['aws-neptune-cluster-storage-encrypted', nepBad, 'legacy-graph', 'storage not encrypted', nepGood, 'fraud-graph', 'storage encrypted'],
      ['aws-neptune-cluster-audit-logs', nepBad, 'legacy-graph', 'no log exports', nepGood, 'fraud-graph', 'audit logs exported'],
      [
        'aws-neptune-cluster-deletion-protection',
        nepBad,
        'legacy-graph',
        'deletion protection off',
        nepGood,
        'fraud-graph',
        'deletion protection on',
      ],
      ['aws-neptune-cluster-backup-retention', nepBad, 'legacy-graph', 'backups kept 1 day', nepGood, 'fraud-graph', 'backups kept 7 days'],
      ['aws-rds-cluster-storage-encrypted', auroraBad, 'legacy-aurora', 'storage not encrypted', auroraGood, 'orders-aurora', 'storage encrypted'],
      [
        'aws-rds-cluster-deletion-protection',
        auroraBad,
        'legacy-aurora',
        'deletion protection off',
        auroraGood,
        'orders-aurora',
        'deletion protection on',
      ],
    ]
    for (const [check, bad, badName, badWhy, good, goodName, goodWhy] of pairs) {
      ctx.fail(check, bad, badName, badWhy)
      ctx.ok(check, good, goodName, goodWhy)
    }
    ctx.fail('aws-neptune-cluster-iam-auth', nepBad, 'legacy-graph', 'IAM authentication off')
  } finally {
    rds.destroy()
  }
}

/** Seeds the data stores part: home region for DynamoDB, OpenSearch and Redshift; second region for the rest. */
export async function seed(ctx: SeedContext): Promise<void> {
  const [home, second] = [ctx.manifest.regions[0]!, ctx.manifest.regions[1]!]
  await Promise.all([dynamodb(ctx, home), opensearch(ctx, home), redshift(ctx, home), elasticache(ctx, second), dbClusters(ctx, second)])
}
