/** Test fixtures for RDS checks. */
import type { Resource } from '../../core/resource.js'
import { AWS, type RdsInstanceAttributes, type RdsSnapshotAttributes } from '../../normalize/aws/types.js'
import { awsFixture } from './testing.js'

/** A private, encrypted, auto-upgrading PostgreSQL instance named orders-db, with `attrs` overriding. */
export function rdsInstanceFixture(attrs: Partial<RdsInstanceAttributes> = {}): Resource<RdsInstanceAttributes> {
  return awsFixture<RdsInstanceAttributes>(
    AWS.rdsInstance,
    {
      dbInstanceIdentifier: 'orders-db',
      engine: 'postgres',
      engineVersion: '16.3',
      publiclyAccessible: false,
      storageEncrypted: true,
      kmsKeyId: 'arn:aws:kms:us-east-1:111122223333:key/abcd',
      autoMinorVersionUpgrade: true,
      multiAz: true,
      backupRetentionPeriod: 7,
      deletionProtection: true,
      iamDatabaseAuthentication: false,
      vpcId: 'vpc-1',
      securityGroupIds: ['sg-1'],
      ...attrs,
    },
    { uid: 'arn:aws:rds:us-east-1:111122223333:db:orders-db', name: 'orders-db' },
  )
}

/** A manual, encrypted snapshot orders-db-2026-05-01, with `attrs` overriding. */
export function rdsSnapshotFixture(attrs: Partial<RdsSnapshotAttributes> = {}): Resource<RdsSnapshotAttributes> {
  return awsFixture<RdsSnapshotAttributes>(
    AWS.rdsSnapshot,
    { snapshotIdentifier: 'orders-db-2026-05-01', snapshotType: 'manual', isCluster: false, encrypted: true, restoreAccounts: [], ...attrs },
    { uid: 'arn:aws:rds:us-east-1:111122223333:snapshot:orders-db-2026-05-01', name: 'orders-db-2026-05-01' },
  )
}
