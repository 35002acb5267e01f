import type { Relation, Resource } from '../../core/resource.js'
import type { SqlInstanceRaw, SqlRaw } from '../../collect/gcp/sql.js'
import { iso } from '../common.js'
import { gcpName, gcpResource, type GcpNormalizeScope } from './helpers.js'
import { GCP_DATA_TYPES, type SqlEngine, type SqlInstanceAttributes } from './types-data.js'

/** The engine named by a databaseVersion (MYSQL_8_0, POSTGRES_16, SQLSERVER_2022_STANDARD). */
export function sqlEngine(databaseVersion: string): SqlEngine {
  if (databaseVersion.startsWith('MYSQL')) return 'mysql'
  if (databaseVersion.startsWith('POSTGRES')) return 'postgres'
  if (databaseVersion.startsWith('SQLSERVER')) return 'sqlserver'
  return 'unknown'
}

/** Flags by name; Cloud SQL reports boolean flags as on/off, compared case-insensitively downstream. */
function flagsOf(raw: SqlInstanceRaw): Record<string, string> {
  const out: Record<string, string> = {}
  for (const f of raw.settings?.databaseFlags ?? []) if (f.name) out[f.name] = f.value ?? ''
  return out
}

/** The typed attributes of one instance. */
function attributesOf(raw: SqlInstanceRaw): SqlInstanceAttributes {
  const ip = raw.settings?.ipConfiguration
  const version = raw.databaseVersion ?? ''
  const publicIps = (raw.ipAddresses ?? []).filter((a) => a.type === 'PRIMARY' && a.ipAddress).map((a) => a.ipAddress!)
  return {
    name: raw.name ?? '',
    databaseVersion: version,
    engine: sqlEngine(version),
    instanceType: raw.instanceType ?? 'CLOUD_SQL_INSTANCE',
    masterInstanceName: raw.masterInstanceName ?? null,
    state: raw.state ?? '',
    // ipv4Enabled is a BoolValue the API may leave out; an assigned PRIMARY address shows a public IP all the same.
    ipv4Enabled: ip?.ipv4Enabled ?? publicIps.length > 0,
    publicIpAddresses: publicIps,
    privateNetwork: ip?.privateNetwork ?? null,
    requireSsl: ip?.requireSsl ?? false,
    sslMode: ip?.sslMode && ip.sslMode !== 'SSL_MODE_UNSPECIFIED' ? ip.sslMode : null,
    authorizedNetworks: (ip?.authorizedNetworks ?? []).map((n) => ({ name: n.name ?? null, value: n.value ?? '' })),
    backupEnabled: raw.settings?.backupConfiguration?.enabled ?? false,
    pointInTimeRecoveryEnabled: raw.settings?.backupConfiguration?.pointInTimeRecoveryEnabled ?? false,
    databaseFlags: flagsOf(raw),
    kmsKeyName: raw.diskEncryptionConfiguration?.kmsKeyName ?? null,
    createTime: iso(raw.createTime),
  }
}

/** VPC of the private IP and the disk's customer-managed key. */
function relationsOf(a: SqlInstanceAttributes): Relation[] {
  const out: Relation[] = []
  // Given as /projects/p/global/networks/n (or a full URL): the uid takes the path from projects/ on.
  if (a.privateNetwork) out.push({ kind: 'in-network', target: gcpName('compute', a.privateNetwork.replace(/^.*?(?=projects\/)/, '')) })
  // kmsKeyName may name a key version (…/cryptoKeyVersions/1): the relation targets the key.
  if (a.kmsKeyName) out.push({ kind: 'encrypted-by', target: gcpName('cloudkms', a.kmsKeyName.replace(/\/cryptoKeyVersions\/[^/]+$/, '')) })
  return out
}

/** Cloud SQL instances → gcp.sql.instance. */
export function normalizeSql(raw: SqlRaw, scope: GcpNormalizeScope): Resource[] {
  return raw.instances.map((i) => {
    const attributes = attributesOf(i)
    return gcpResource<SqlInstanceAttributes>({
      uid: gcpName('sqladmin', `projects/${scope.project}/instances/${attributes.name}`),
      type: GCP_DATA_TYPES.sqlInstance,
      project: scope.project,
      name: attributes.name,
      location: i.region,
      labels: i.settings?.userLabels,
      attributes,
      relations: relationsOf(attributes),
    })
  })
}
