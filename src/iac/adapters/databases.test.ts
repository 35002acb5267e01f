import { beforeAll, describe, expect, it } from 'vitest'
import { NotCollectedError, unknown } from '../../core/unknown.js'
import { iacResource } from '../../scan/iac-adapter-testing.js'
import type { Status } from '../../core/finding.js'
import type {
  DbClusterAttributes,
  ElastiCacheReplicationGroupAttributes,
  MskClusterAttributes,
  RdsInstanceAttributes,
} from '../../normalize/aws/types.js'
import { scanFixtures, verdicts, type FixtureFinding } from '../../scan/iac-testing.js'
import type { IacReport } from '../../scan/iac.js'
import { adaptAll } from '../adapt.js'
import type { IacLanguage, IacResource } from '../model.js'
import { adapters } from './databases.js'
import { guarded } from './databases-common.js'

type Triple = [string, Status, number]
const SLOW = 120_000

/** Scans one service's fixtures (CloudFormation and Terraform) once for its describe block. */
function fixtures(service: string): { findings: () => FixtureFinding[]; report: () => IacReport } {
  let result: Awaited<ReturnType<typeof scanFixtures>> | undefined
  beforeAll(async () => {
    result = await scanFixtures([`test/fixtures/iac/${service}/cloudformation`, `test/fixtures/iac/${service}/terraform`])
  }, SLOW)
  return {
    findings: () => result?.findings ?? [],
    report: () => result?.report as IacReport,
  }
}

/** [checkId, address] pairs not evaluated on IaC. */
function notEvaluated(report: IacReport): [string, string][] {
  return report.iac.notEvaluated.map((n) => [n.checkId, n.location.address] as [string, string]).sort()
}

/** Every expected check's verdicts, asserted exactly. */
function expectVerdicts(findings: FixtureFinding[], expected: Record<string, Triple[]>): void {
  for (const [checkId, triples] of Object.entries(expected)) expect([checkId, verdicts(findings, checkId)]).toEqual([checkId, triples])
}

describe('RDS instances, clusters and snapshots', () => {
  const scan = fixtures('rds')

  it('judges DB instances from both languages, with defaults and cluster-inherited settings', () => {
    const cfn: Record<string, Triple[]> = {
      'aws-rds-instance-storage-encrypted': [
        ['OpenInstance', 'fail', 9],
        ['ClosedInstance', 'pass', 24],
        ['GuardedClusterWriter', 'pass', 70],
      ],
      'aws-rds-instance-not-public': [
        ['OpenInstance', 'fail', 9],
        ['ClosedInstance', 'pass', 24],
        ['GuardedClusterWriter', 'pass', 70],
      ],
      'aws-rds-instance-auto-minor-upgrade': [
        ['OpenInstance', 'fail', 9],
        ['ClosedInstance', 'pass', 24],
        ['DefaultsInstance', 'pass', 39],
        ['GuardedClusterWriter', 'pass', 70],
      ],
      'aws-rds-instance-backup-enabled': [
        ['OpenInstance', 'fail', 9],
        ['ClosedInstance', 'pass', 24],
        ['DefaultsInstance', 'fail', 39],
        ['GuardedClusterWriter', 'pass', 70],
      ],
      'aws-rds-instance-multi-az': [
        ['OpenInstance', 'fail', 9],
        ['ClosedInstance', 'pass', 24],
        ['DefaultsInstance', 'fail', 39],
      ],
      'aws-rds-instance-deletion-protection': [
        ['OpenInstance', 'fail', 9],
        ['ClosedInstance', 'pass', 24],
        ['DefaultsInstance', 'fail', 39],
      ],
    }
    const tf: Record<string, Triple[]> = {
      'aws-rds-instance-storage-encrypted': [
        ['aws_db_instance.open', 'fail', 11],
        ['aws_db_instance.closed', 'pass', 27],
        ['aws_rds_cluster_instance.guarded_writer', 'pass', 71],
      ],
      // Terraform sends publicly_accessible = false when left out.
      'aws-rds-instance-not-public': [
        ['aws_db_instance.open', 'fail', 11],
        ['aws_db_instance.closed', 'pass', 27],
        ['aws_db_instance.defaults', 'pass', 41],
        ['aws_rds_cluster_instance.guarded_writer', 'pass', 71],
      ],
      'aws-rds-instance-auto-minor-upgrade': [
        ['aws_db_instance.open', 'fail', 11],
        ['aws_db_instance.closed', 'pass', 27],
        ['aws_db_instance.defaults', 'pass', 41],
        ['aws_rds_cluster_instance.guarded_writer', 'pass', 71],
      ],
      'aws-rds-instance-backup-enabled': [
        ['aws_db_instance.open', 'fail', 11],
        ['aws_db_instance.closed', 'pass', 27],
        ['aws_db_instance.defaults', 'fail', 41],
        ['aws_rds_cluster_instance.guarded_writer', 'pass', 71],
      ],
      'aws-rds-instance-multi-az': [
        ['aws_db_instance.open', 'fail', 11],
        ['aws_db_instance.closed', 'pass', 27],
        ['aws_db_instance.defaults', 'fail', 41],
      ],
      'aws-rds-instance-deletion-protection': [
        ['aws_db_instance.open', 'fail', 11],
        ['aws_db_instance.closed', 'pass', 27],
        ['aws_db_instance.defaults', 'fail', 41],
      ],
    }
    for (const [checkId, triples] of Object.entries(cfn)) expect(verdicts(scan.findings(), checkId)).toEqual([...triples, ...(tf[checkId] ?? [])])
  })

  it('judges DB clusters and snapshots', () => {
    expectVerdicts(scan.findings(), {
      'aws-rds-cluster-storage-encrypted': [
        ['PlainCluster', 'fail', 52],
        ['GuardedCluster', 'pass', 59],
        ['aws_rds_cluster.plain', 'fail', 52],
        ['aws_rds_cluster.guarded', 'pass', 60],
      ],
      'aws-rds-cluster-deletion-protection': [
        ['PlainCluster', 'fail', 52],
        ['GuardedCluster', 'pass', 59],
        ['aws_rds_cluster.plain', 'fail', 52],
        ['aws_rds_cluster.guarded', 'pass', 60],
      ],
      // A snapshot is as encrypted as the instance or cluster it is taken from.
      'aws-rds-snapshot-encrypted': [
        ['aws_db_snapshot.open_shared', 'fail', 78],
        ['aws_db_snapshot.closed_private', 'pass', 84],
        ['aws_db_cluster_snapshot.partner', 'pass', 89],
      ],
      'aws-rds-snapshot-not-public': [
        ['aws_db_snapshot.open_shared', 'fail', 78],
        ['aws_db_snapshot.closed_private', 'pass', 84],
      ],
      // 'all' is left to the public check; named accounts cannot be placed in or out of the organization from code.
      'aws-rds-snapshot-not-shared-outside-org': [
        ['aws_db_snapshot.open_shared', 'pass', 78],
        ['aws_db_snapshot.closed_private', 'pass', 84],
      ],
    })
  })

  it('leaves unknowable values not evaluated instead of failing them', () => {
    expect(notEvaluated(scan.report())).toEqual([
      ['aws-rds-instance-deletion-protection', 'GuardedClusterWriter'],
      ['aws-rds-instance-deletion-protection', 'aws_rds_cluster_instance.guarded_writer'],
      ['aws-rds-instance-multi-az', 'GuardedClusterWriter'],
      ['aws-rds-instance-multi-az', 'aws_rds_cluster_instance.guarded_writer'],
      // CloudFormation leaves PubliclyAccessible to RDS, which decides from the VPC's internet gateway.
      ['aws-rds-instance-not-public', 'DefaultsInstance'],
      // Parameter / variable without a value.
      ['aws-rds-instance-storage-encrypted', 'DefaultsInstance'],
      ['aws-rds-instance-storage-encrypted', 'aws_db_instance.defaults'],
      ['aws-rds-snapshot-not-public', 'aws_db_cluster_snapshot.partner'],
      ['aws-rds-snapshot-not-shared-outside-org', 'aws_db_cluster_snapshot.partner'],
    ])
    expect(scan.report().iac.problems).toEqual([])
    expect(scan.report().iac.unsupportedTypes).toEqual({})
  })
})

describe('Redshift clusters', () => {
  const scan = fixtures('redshift')
  const bad: Triple[] = [
    ['OpenCluster', 'fail', 8],
    ['ClosedCluster', 'pass', 31],
  ]
  const badTf: Triple[] = [
    ['aws_redshift_cluster.open', 'fail', 16],
    ['aws_redshift_cluster.closed', 'pass', 40],
  ]

  it('judges every check, defaults being those of new clusters (encrypted, private)', () => {
    const withDefaults = (cfn: Status, tf: Status): Triple[] => [
      ...bad,
      ['DefaultsCluster', cfn, 58],
      ...badTf,
      ['aws_redshift_cluster.defaults', tf, 60],
    ]
    expectVerdicts(scan.findings(), {
      'aws-redshift-cluster-encrypted': withDefaults('pass', 'pass'),
      'aws-redshift-cluster-not-public': withDefaults('pass', 'pass'),
      'aws-redshift-cluster-audit-logging': withDefaults('fail', 'fail'),
      'aws-redshift-cluster-automated-snapshots': withDefaults('pass', 'pass'),
      'aws-redshift-cluster-enhanced-vpc-routing': withDefaults('fail', 'fail'),
      'aws-redshift-cluster-non-default-admin': withDefaults('pass', 'pass'),
      'aws-redshift-cluster-version-upgrade': withDefaults('pass', 'pass'),
      // The parameter group is read when declared (by reference or by name); the default group is not in code.
      'aws-redshift-cluster-require-ssl': [...bad, ...badTf],
    })
    expect(notEvaluated(scan.report())).toEqual([
      ['aws-redshift-cluster-require-ssl', 'DefaultsCluster'],
      ['aws-redshift-cluster-require-ssl', 'aws_redshift_cluster.defaults'],
    ])
    expect(scan.report().iac.unsupportedTypes).toEqual({})
  })
})

describe('Neptune and DocumentDB clusters', () => {
  const neptune = fixtures('neptune')
  const docdb = fixtures('documentdb')

  it('judges Neptune clusters; a restored cluster inherits encryption, so that check is not evaluated', () => {
    const rows = (restored: boolean): Triple[] => [
      ['OpenGraph', 'fail', 4],
      ['ClosedGraph', 'pass', 13],
      ...(restored ? ([['RestoredGraph', 'fail', 23]] as Triple[]) : []),
      ['aws_neptune_cluster.open', 'fail', 1],
      ['aws_neptune_cluster.closed', 'pass', 11],
      ...(restored ? ([['aws_neptune_cluster.restored', 'fail', 21]] as Triple[]) : []),
    ]
    expectVerdicts(neptune.findings(), {
      'aws-neptune-cluster-storage-encrypted': rows(false),
      'aws-neptune-cluster-audit-logs': rows(true),
      'aws-neptune-cluster-backup-retention': rows(true),
      'aws-neptune-cluster-deletion-protection': rows(true),
      'aws-neptune-cluster-iam-auth': rows(true),
    })
    expect(notEvaluated(neptune.report())).toEqual([
      ['aws-neptune-cluster-storage-encrypted', 'RestoredGraph'],
      ['aws-neptune-cluster-storage-encrypted', 'aws_neptune_cluster.restored'],
    ])
  })

  it('judges DocumentDB clusters, defaults failing every check', () => {
    const rows: Triple[] = [
      ['OpenDocs', 'fail', 8],
      ['ClosedDocs', 'pass', 14],
      ['aws_docdb_cluster.open', 'fail', 11],
      ['aws_docdb_cluster.closed', 'pass', 18],
    ]
    expectVerdicts(docdb.findings(), {
      'aws-documentdb-cluster-storage-encrypted': rows,
      'aws-documentdb-cluster-audit-logs': rows,
      'aws-documentdb-cluster-backup-retention': rows,
      'aws-documentdb-cluster-deletion-protection': rows,
    })
    expect(notEvaluated(docdb.report())).toEqual([])
  })
})

describe('ElastiCache clusters and replication groups', () => {
  const scan = fixtures('elasticache')

  it('judges cache clusters (standalone only, except the subnet group check)', () => {
    expectVerdicts(scan.findings(), {
      'aws-elasticache-cluster-auto-minor-upgrade': [
        ['OpenCache', 'fail', 8],
        ['ClosedCache', 'pass', 16],
        ['SessionCache', 'pass', 26],
        ['aws_elasticache_cluster.open', 'fail', 11],
        ['aws_elasticache_cluster.closed', 'pass', 19],
        ['aws_elasticache_cluster.sessions', 'pass', 29],
      ],
      // Memcached has no snapshots, so the check does not apply to SessionCache.
      'aws-elasticache-cluster-backup-enabled': [
        ['OpenCache', 'fail', 8],
        ['ClosedCache', 'pass', 16],
        ['aws_elasticache_cluster.open', 'fail', 11],
        ['aws_elasticache_cluster.closed', 'pass', 19],
      ],
      'aws-elasticache-cluster-transit-encryption': [
        ['OpenCache', 'fail', 8],
        ['ClosedCache', 'pass', 16],
        ['SessionCache', 'fail', 26],
        ['aws_elasticache_cluster.open', 'fail', 11],
        ['aws_elasticache_cluster.closed', 'pass', 19],
        ['aws_elasticache_cluster.sessions', 'fail', 29],
      ],
      // No subnet group = "default"; a replica takes its group's subnet group.
      'aws-elasticache-cluster-not-default-subnet-group': [
        ['OpenCache', 'fail', 8],
        ['ClosedCache', 'pass', 16],
        ['SessionCache', 'pass', 26],
        ['aws_elasticache_cluster.open', 'fail', 11],
        ['aws_elasticache_cluster.closed', 'pass', 19],
        ['aws_elasticache_cluster.sessions', 'pass', 29],
        ['aws_elasticache_cluster.closed_replica', 'pass', 74],
      ],
    })
  })

  it('judges replication groups; Valkey is encrypted at rest by default and "preferred" TLS fails', () => {
    const rows = (preferred: Status): Triple[] => [
      ['OpenGroup', 'fail', 39],
      ['PreferredTlsGroup', preferred, 48],
      ['ClosedGroup', 'pass', 59],
      ['aws_elasticache_replication_group.open', 'fail', 37],
      ['aws_elasticache_replication_group.preferred_tls', preferred, 46],
      ['aws_elasticache_replication_group.closed', 'pass', 57],
    ]
    expectVerdicts(scan.findings(), {
      'aws-elasticache-replication-group-at-rest-encryption': rows('pass'),
      'aws-elasticache-replication-group-transit-encryption': rows('fail'),
      'aws-elasticache-replication-group-auth-enabled': rows('fail'),
      'aws-elasticache-replication-group-auto-minor-upgrade': rows('pass'),
      'aws-elasticache-replication-group-automatic-failover': rows('pass'),
      'aws-elasticache-replication-group-backup-enabled': rows('fail'),
    })
    expect(notEvaluated(scan.report())).toEqual([])
    expect(scan.report().iac.unsupportedTypes).toEqual({})
  })
})

describe('MSK clusters', () => {
  const scan = fixtures('msk')

  it('judges provisioned clusters; serverless ones are out of scope of every check', () => {
    const rows = (named: Status | null): Triple[] => [
      ['OpenStream', 'fail', 4],
      ['ClosedStream', 'pass', 23],
      ...(named ? ([['NamedKeyStream', named, 52]] as Triple[]) : []),
      ['aws_msk_cluster.open', 'fail', 5],
      ['aws_msk_cluster.closed', 'pass', 37],
      ...(named ? ([['aws_msk_cluster.named_key', named, 72]] as Triple[]) : []),
    ]
    expectVerdicts(scan.findings(), {
      // The key declared in code is found in the inventory and is customer-managed.
      'aws-msk-cluster-cmk': rows(null),
      'aws-msk-cluster-broker-logging': rows('fail'),
      'aws-msk-cluster-enhanced-monitoring': rows('fail'),
      'aws-msk-cluster-in-cluster-encryption': rows('pass'),
      'aws-msk-cluster-not-public': rows('pass'),
      'aws-msk-cluster-tls-client-broker': rows('pass'),
      // No authentication configured = unauthenticated access.
      'aws-msk-cluster-unauthenticated-access-disabled': rows('fail'),
    })
    // A key only named by ARN: who manages it is not in code.
    expect(notEvaluated(scan.report())).toEqual([
      ['aws-msk-cluster-cmk', 'NamedKeyStream'],
      ['aws-msk-cluster-cmk', 'aws_msk_cluster.named_key'],
    ])
    expect(scan.findings().filter((f) => /EventsServerless|aws_msk_serverless_cluster/.test(f.address))).toEqual([])
  })
})

// ---------------------------------------------------------------- adapters on plan-JSON shaped values

let line = 0
function tf(type: string, name: string, values: Record<string, unknown>, language: IacLanguage = 'terraform'): IacResource {
  line += 10
  const address = language === 'terraform' ? `${type}.${name}` : name
  return iacResource(language, type, address, values, { unit: 'plan', file: 'plan.json', line, endLine: line + 5 })
}

function adapt(resources: IacResource[]): Map<string, Record<string, unknown>> {
  const out = adaptAll(resources, adapters)
  expect(out.problems).toEqual([])
  return new Map(out.resources.map((r) => [r.source.address, r.attributes as Record<string, unknown>]))
}

describe('databases adapters on values in plan-JSON shape', () => {
  it('throws NotCollectedError for an Unknown attribute and serializes the raw values', () => {
    const attrs = guarded<{ a: boolean; b: string }>({ a: unknown('known only after apply: x'), b: 'ok' })
    expect(attrs.b).toBe('ok')
    expect(() => attrs.a).toThrow(NotCollectedError)
    expect(JSON.parse(JSON.stringify(attrs))).toEqual({ a: { $unknown: 'known only after apply: x' }, b: 'ok' })
  })

  it('keeps a value known only after apply Unknown, and does not fail the check', () => {
    const attrs = adapt([tf('aws_db_instance', 'x', { engine: 'postgres', storage_encrypted: { $unknown: 'known only after apply: var.enc' } })])
    const db = attrs.get('aws_db_instance.x') as unknown as RdsInstanceAttributes
    expect(() => db.storageEncrypted).toThrow(/var\.enc/)
    expect(db.publiclyAccessible).toBe(false)
    expect(db.backupRetentionPeriod).toBe(1)
  })

  it('takes encryption of a read replica from its source when not written', () => {
    const attrs = adapt([tf('aws_db_instance', 'replica', { replicate_source_db: { $ref: 'aws_db_instance.src', attribute: 'identifier' } })])
    const db = attrs.get('aws_db_instance.replica') as unknown as RdsInstanceAttributes
    expect(() => db.storageEncrypted).toThrow(NotCollectedError)
    expect(() => db.backupRetentionPeriod).toThrow(NotCollectedError)
    expect(db.deletionProtection).toBe(false)
  })

  it('encrypts Aurora Serverless v1 clusters by default, and lists declared members', () => {
    const cluster = tf('aws_rds_cluster', 'sls', { cluster_identifier: 'sls', engine: 'aurora-mysql', engine_mode: 'serverless' })
    const member = tf('aws_rds_cluster_instance', 'm', { identifier: 'sls-1', cluster_identifier: { $ref: 'aws_rds_cluster.sls', attribute: 'id' } })
    const c = adapt([cluster, member]).get('aws_rds_cluster.sls') as unknown as DbClusterAttributes
    expect([c.storageEncrypted, c.members, c.engineMode]).toEqual([true, ['sls-1'], 'serverless'])
  })

  it('finds the cluster of a CloudFormation instance named by a literal identifier', () => {
    const cluster = tf(
      'AWS::RDS::DBCluster',
      'Db',
      { DBClusterIdentifier: 'orders', Engine: 'aurora-mysql', StorageEncrypted: true, BackupRetentionPeriod: 10 },
      'cloudformation',
    )
    const member = tf(
      'AWS::RDS::DBInstance',
      'DbWriter',
      { DBClusterIdentifier: 'orders', Engine: 'aurora-mysql', PubliclyAccessible: false },
      'cloudformation',
    )
    const db = adapt([cluster, member]).get('DbWriter') as unknown as RdsInstanceAttributes
    expect([db.storageEncrypted, db.backupRetentionPeriod, db.publiclyAccessible, db.autoMinorVersionUpgrade]).toEqual([true, 10, false, true])
  })

  it('reads Redshift audit logging from the provider v5 logging block', () => {
    const on = tf('aws_redshift_cluster', 'v5', { cluster_identifier: 'v5', master_username: 'x', logging: [{ enable: true, bucket_name: 'logs' }] })
    const off = tf('aws_redshift_cluster', 'off', { cluster_identifier: 'off', master_username: 'x', logging: [{ enable: false }] })
    const attrs = adapt([on, off])
    expect(attrs.get('aws_redshift_cluster.v5')?.auditLogging).toEqual({ enabled: true, destination: 's3', logExports: [] })
    expect(attrs.get('aws_redshift_cluster.off')?.auditLogging).toEqual({ enabled: false, destination: null, logExports: [] })
  })

  it('treats an AUTH token from a variable as set, and RBAC user groups as authentication', () => {
    const token = tf('aws_elasticache_replication_group', 't', { replication_group_id: 't', auth_token: { $unknown: 'var.token' } })
    const rbac = tf('aws_elasticache_replication_group', 'u', { replication_group_id: 'u', user_group_ids: ['app-users'] })
    const attrs = adapt([token, rbac])
    const t = attrs.get('aws_elasticache_replication_group.t') as unknown as ElastiCacheReplicationGroupAttributes
    const u = attrs.get('aws_elasticache_replication_group.u') as unknown as ElastiCacheReplicationGroupAttributes
    expect([t.authTokenEnabled, u.authTokenEnabled, u.userGroupIds, u.atRestEncryptionEnabled]).toEqual([true, false, ['app-users'], false])
  })

  it('counts a Terraform tls {} block as client authentication, and an unknown auth block as Unknown', () => {
    const tls = tf('aws_msk_cluster', 'tls', {
      cluster_name: 'tls',
      client_authentication: [{ tls: [{ certificate_authority_arns: ['arn:aws:acm-pca:x'] }] }],
    })
    const unk = tf('aws_msk_cluster', 'unk', { cluster_name: 'unk', client_authentication: { $unknown: 'dynamic block over var.auth' } })
    const attrs = adapt([tls, unk])
    const a = attrs.get('aws_msk_cluster.tls') as unknown as MskClusterAttributes
    const b = attrs.get('aws_msk_cluster.unk') as unknown as MskClusterAttributes
    expect(a.provisioned?.unauthenticatedAccess).toBe(false)
    expect(a.provisioned?.clientBroker).toBe('TLS')
    expect(() => b.provisioned?.unauthenticatedAccess).toThrow(/var\.auth/)
  })
})
