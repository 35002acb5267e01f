import type { Resource } from '../../core/resource.js'
import type { Maybe } from '../../core/unknown.js'
import type { SqlDatabaseRaw, SqlRaw, SqlServerRaw } from '../../collect/azure/sql.js'
import { maybe } from '../common.js'
import { azureRelation, azureResource, azureUid, resourceGroupOf, type AzureNormalizeScope } from './helpers.js'
import { firewallRulesOf, mapMaybe } from './databases-common.js'
import {
  AZURE_DATABASES_TYPES as T,
  type AzureSqlAuditing,
  type AzureSqlDatabaseAttributes,
  type AzureSqlEncryptionProtector,
  type AzureSqlEntraAdmin,
  type AzureSqlServerAttributes,
} from './types-databases.js'

/**
 * Blob auditing of the server. An unset retentionDays means unlimited retention (0), and an unset state is Disabled
 * (https://learn.microsoft.com/rest/api/sql/server-blob-auditing-policies/get).
 */
function auditingOf(raw: SqlServerRaw): Maybe<AzureSqlAuditing> {
  return mapMaybe(maybe(raw.auditing, 'serverBlobAuditingPolicies.get'), (a) => ({
    state: a?.state ?? 'Disabled',
    retentionDays: a?.retentionDays ?? 0,
    storageTarget: !!a?.storageEndpoint,
    azureMonitorTarget: a?.isAzureMonitorTargetEnabled ?? false,
  }))
}

/** The Entra administrator (a server has at most one, named ActiveDirectory); null when none is set. */
function entraAdminOf(raw: SqlServerRaw): Maybe<AzureSqlEntraAdmin | null> {
  return mapMaybe(maybe(raw.administrators, 'serverAzureADAdministrators.listByServer'), (list) => {
    const admin = list?.find((a) => a.login && a.sid)
    if (!admin) return null
    return {
      login: admin.login!,
      sid: admin.sid!,
      tenantId: admin.tenantId ?? null,
      azureADOnlyAuthentication: admin.azureADOnlyAuthentication ?? raw.server.administrators?.azureADOnlyAuthentication ?? false,
    }
  })
}

/** The TDE protector; a server that never set one uses the service-managed key. */
function encryptionProtectorOf(raw: SqlServerRaw): Maybe<AzureSqlEncryptionProtector> {
  return mapMaybe(maybe(raw.encryptionProtector, 'encryptionProtectors.get'), (p) => {
    const serverKeyType = p?.serverKeyType ?? 'ServiceManaged'
    return {
      serverKeyType,
      keyUri: serverKeyType === 'AzureKeyVault' ? (p?.uri ?? null) : null,
      autoRotationEnabled: p?.autoRotationEnabled ?? false,
    }
  })
}

/** One logical server → azure.sql.server. */
function serverResource(raw: SqlServerRaw, subscription: string): Resource<AzureSqlServerAttributes> {
  const s = raw.server
  const id = s.id ?? ''
  return azureResource<AzureSqlServerAttributes>({
    id,
    type: T.sqlServer,
    subscription,
    name: s.name,
    location: s.location,
    tags: s.tags,
    attributes: {
      serverName: s.name ?? '',
      resourceGroup: resourceGroupOf(id),
      version: s.version ?? null,
      fullyQualifiedDomainName: s.fullyQualifiedDomainName ?? null,
      minimalTlsVersion: s.minimalTlsVersion ?? null,
      // publicNetworkAccess defaults to Enabled (https://learn.microsoft.com/azure/azure-sql/database/connectivity-settings).
      publicNetworkAccess: s.publicNetworkAccess ?? 'Enabled',
      firewallRules: firewallRulesOf(raw.firewallRules, 'firewallRules.listByServer'),
      auditing: auditingOf(raw),
      entraAdmin: entraAdminOf(raw),
      // A server that never had Defender for SQL configured reports state New (not enabled).
      defenderState: mapMaybe(maybe(raw.threatProtection, 'serverAdvancedThreatProtectionSettings.get'), (a) => a?.state ?? 'New'),
      encryptionProtector: encryptionProtectorOf(raw),
    },
  })
}

/** One user database → azure.sql.database, related to its server. */
function databaseResource(raw: SqlDatabaseRaw, server: SqlServerRaw, subscription: string): Resource<AzureSqlDatabaseAttributes> {
  const d = raw.database
  const serverId = azureUid(server.server.id ?? '')
  return azureResource<AzureSqlDatabaseAttributes>({
    id: d.id ?? `${server.server.id}/databases/${d.name}`,
    type: T.sqlDatabase,
    subscription,
    name: d.name,
    location: d.location,
    tags: d.tags,
    attributes: {
      databaseName: d.name ?? '',
      serverName: server.server.name ?? '',
      serverId,
      sku: d.sku?.name ?? null,
      status: d.status ?? null,
      transparentDataEncryption: mapMaybe(maybe(raw.tde, 'transparentDataEncryptions.get'), (t) => t?.state ?? 'Disabled'),
    },
    relations: [azureRelation('on-server', serverId)],
  })
}

/** Azure SQL raw data → azure.sql.server and azure.sql.database resources. */
export function normalizeSql(raw: SqlRaw, scope: AzureNormalizeScope): Resource[] {
  return raw.servers.flatMap((s) => [serverResource(s, scope.subscription), ...s.databases.map((d) => databaseResource(d, s, scope.subscription))])
}
