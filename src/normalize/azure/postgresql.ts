import type { Resource } from '../../core/resource.js'
import type { PostgresqlRaw, PostgresqlServerRaw } from '../../collect/azure/postgresql.js'
import { azureResource, resourceGroupOf, type AzureNormalizeScope } from './helpers.js'
import { firewallRulesOf, mapMaybe, parameterFlag, parameterValue } from './databases-common.js'
import { AZURE_DATABASES_TYPES as T, type AzurePostgresqlFlexibleServerAttributes } from './types-databases.js'

/** One flexible server → azure.postgresql.flexible-server. */
function serverResource(raw: PostgresqlServerRaw, subscription: string): Resource<AzurePostgresqlFlexibleServerAttributes> {
  const s = raw.server
  const id = s.id ?? ''
  const subnet = s.network?.delegatedSubnetResourceId || null
  const p = raw.parameters
  return azureResource<AzurePostgresqlFlexibleServerAttributes>({
    id,
    type: T.postgresqlFlexibleServer,
    subscription,
    name: s.name,
    location: s.location,
    tags: s.tags,
    attributes: {
      serverName: s.name ?? '',
      resourceGroup: resourceGroupOf(id),
      version: s.version ?? null,
      state: s.state ?? null,
      fullyQualifiedDomainName: s.fullyQualifiedDomainName ?? null,
      // Servers are created with public access unless put in a VNet (private access), which disables it for good
      // (https://learn.microsoft.com/azure/postgresql/flexible-server/concepts-networking).
      publicNetworkAccess: s.network?.publicNetworkAccess ?? (subnet ? 'Disabled' : 'Enabled'),
      delegatedSubnetId: subnet,
      firewallRules: firewallRulesOf(raw.firewallRules, 'firewallRules.listByServer'),
      requireSecureTransport: parameterFlag(p.require_secure_transport, 'require_secure_transport'),
      sslMinProtocolVersion: parameterValue(p.ssl_min_protocol_version, 'ssl_min_protocol_version'),
      logRetentionDays: mapMaybe(parameterValue(p['logfiles.retention_days'], 'logfiles.retention_days'), Number),
    },
  })
}

/** PostgreSQL flexible server raw data → azure.postgresql.flexible-server resources. */
export function normalizePostgresql(raw: PostgresqlRaw, scope: AzureNormalizeScope): Resource[] {
  return raw.servers.map((s) => serverResource(s, scope.subscription))
}
