/** Test fixtures for DB cluster checks (RDS, DocumentDB, Neptune) and a helper for checks over list-call attributes. */
import type { Resource } from '../../../core/resource.js'
import type { Check } from '../../../evaluate/define-check.js'
import { AWS, type DbClusterAttributes } from '../../../normalize/aws/types.js'
import { awsFixture, statusesWhenListFails } from '../../_shared/testing.js'

/** A hardened cluster `id` of `type` (encrypted, deletion-protected, 7-day backups, IAM auth, audit logs), with `attrs` overriding. */
export function dbClusterFixture(type: string, engine: string, id: string, attrs: Partial<DbClusterAttributes> = {}): Resource<DbClusterAttributes> {
  return awsFixture<DbClusterAttributes>(
    type,
    {
      dbClusterIdentifier: id,
      engine,
      engineVersion: '1.0',
      engineMode: 'provisioned',
      storageEncrypted: true,
      kmsKeyId: 'arn:aws:kms:us-east-1:111122223333:key/abcd',
      deletionProtection: true,
      backupRetentionPeriod: 7,
      iamDatabaseAuthentication: true,
      cloudwatchLogsExports: ['audit'],
      publiclyAccessible: null,
      members: [`${id}-1`],
      ...attrs,
    },
    { uid: `arn:aws:rds:us-east-1:111122223333:cluster:${id}`, name: id },
  )
}

/**
 * Status of a check when the list call for its resource type failed (nothing collected): the engine must report
 * ERROR for the region rather than PASS. For checks whose attributes all come from the list call itself.
 */
export function listFailedStatus<A>(check: Check<A>): string {
  const statuses = statusesWhenListFails(check, check.service, 'Describe')
  return statuses.length === 1 ? statuses[0]! : `${statuses.length} findings`
}

/** A hardened DocumentDB cluster `orders-docdb`. */
export const docdbClusterFixture = (attrs: Partial<DbClusterAttributes> = {}): Resource<DbClusterAttributes> =>
  dbClusterFixture(AWS.documentdbCluster, 'docdb', 'orders-docdb', { cloudwatchLogsExports: ['audit', 'profiler'], ...attrs })

/** A hardened Neptune cluster `fraud-graph`. */
export const neptuneClusterFixture = (attrs: Partial<DbClusterAttributes> = {}): Resource<DbClusterAttributes> =>
  dbClusterFixture(AWS.neptuneCluster, 'neptune', 'fraud-graph', attrs)

/** A hardened Aurora PostgreSQL cluster `orders-aurora`. */
export const auroraClusterFixture = (attrs: Partial<DbClusterAttributes> = {}): Resource<DbClusterAttributes> =>
  dbClusterFixture(AWS.rdsDbCluster, 'aurora-postgresql', 'orders-aurora', { cloudwatchLogsExports: ['postgresql'], ...attrs })
