/** Demo estate, RDS part (second region): a public unencrypted instance vs a private encrypted one, and their snapshots. */
import { RDSClient, CreateDBInstanceCommand, CreateDBSnapshotCommand, ModifyDBSnapshotAttributeCommand } from '@aws-sdk/client-rds'
import type { SeedContext } from './seed-demo.js'

/** Creates a small PostgreSQL instance; returns its ARN. */
async function instance(rds: RDSClient, id: string, isPublic: boolean): Promise<string> {
  const out = await rds.send(
    new CreateDBInstanceCommand({
      DBInstanceIdentifier: id,
      DBInstanceClass: 'db.t3.micro',
      Engine: 'postgres',
      EngineVersion: '16.3',
      AllocatedStorage: 20,
      MasterUsername: 'demo_admin',
      MasterUserPassword: 'demo-password-123',
      PubliclyAccessible: isPublic,
      StorageEncrypted: !isPublic,
      AutoMinorVersionUpgrade: !isPublic,
      BackupRetentionPeriod: isPublic ? 0 : 7,
      DeletionProtection: !isPublic,
    }),
  )
  return out.DBInstance!.DBInstanceArn!
}

/** Takes a manual snapshot; returns its ARN. */
async function snapshot(rds: RDSClient, instanceId: string, id: string): Promise<string> {
  const out = await rds.send(new CreateDBSnapshotCommand({ DBInstanceIdentifier: instanceId, DBSnapshotIdentifier: id }))
  return out.DBSnapshot!.DBSnapshotArn!
}

/** Seeds the RDS part in the second region. */
export async function seedRds(ctx: SeedContext): Promise<void> {
  const region = ctx.manifest.regions[1]!
  const rds = new RDSClient(ctx.config(region))
  try {
    const [legacy, orders] = await Promise.all([instance(rds, 'legacy-reporting-db', true), instance(rds, 'orders-db', false)])
    const [pubSnap, privSnap] = await Promise.all([
      snapshot(rds, 'legacy-reporting-db', 'legacy-reporting-shared'),
      snapshot(rds, 'orders-db', 'orders-db-manual'),
    ])
    // Adding "all" to the restore attribute makes a manual snapshot public
    // (https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_ShareSnapshot.html).
    await rds.send(
      new ModifyDBSnapshotAttributeCommand({ DBSnapshotIdentifier: 'legacy-reporting-shared', AttributeName: 'restore', ValuesToAdd: ['all'] }),
    )
    ctx.count(4)
    ctx.fail('aws-rds-instance-not-public', legacy, 'legacy-reporting-db', 'PubliclyAccessible true')
    ctx.ok('aws-rds-instance-not-public', orders, 'orders-db', 'PubliclyAccessible false')
    ctx.fail('aws-rds-instance-storage-encrypted', legacy, 'legacy-reporting-db', 'storage not encrypted')
    ctx.ok('aws-rds-instance-storage-encrypted', orders, 'orders-db', 'storage encrypted')
    ctx.fail('aws-rds-instance-auto-minor-upgrade', legacy, 'legacy-reporting-db', 'auto minor version upgrade off')
    ctx.ok('aws-rds-instance-auto-minor-upgrade', orders, 'orders-db', 'auto minor version upgrade on')
    ctx.fail('aws-rds-snapshot-not-public', pubSnap, 'legacy-reporting-shared', 'restore attribute contains all')
    ctx.ok('aws-rds-snapshot-not-public', privSnap, 'orders-db-manual', 'not shared')
  } finally {
    rds.destroy()
  }
}
