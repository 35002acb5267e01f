import type { Resource } from '../../core/resource.js'
import type { MysqlRaw, MysqlServerRaw } from '../../collect/azure/mysql.js'
import { azureResource, resourceGroupOf, type AzureNormalizeScope } from './helpers.js'
import { firewallRulesOf, mapMaybe, parameterFlag, parameterValue } from './databases-common.js'
import { AZURE_DATABASES_TYPES as T, type AzureMysqlFlexibleServerAttributes } from './types-databases.js'

/** The protocols a tls_version value admits ('TLSv1.2,TLSv1.3' → ['TLSv1.2', 'TLSv1.3']). */
export function tlsVersionsOf(value: string): string[] {
  return value
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v !== '')
}

/** One flexible server → azure.mysql.flexible-server. */
function serverResource(raw: MysqlServerRaw, subscription: string): Resource<AzureMysqlFlexibleServerAttributes> {
  const s = raw.server
  const id = s.id ?? ''
  const subnet = s.network?.delegatedSubnetResourceId || null
  const p = raw.parameters
  return azureResource<AzureMysqlFlexibleServerAttributes>({
    id,
    type: T.mysqlFlexibleServer,
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
      // Public access unless the server is VNet-integrated (private access), which the API reports as Disabled
      // (https://learn.microsoft.com/azure/mysql/flexible-server/concepts-networking).
      publicNetworkAccess: s.network?.publicNetworkAccess ?? (subnet ? 'Disabled' : 'Enabled'),
      delegatedSubnetId: subnet,
      firewallRules: firewallRulesOf(raw.firewallRules, 'firewallRules.listByServer'),
      requireSecureTransport: parameterFlag(p.require_secure_transport, 'require_secure_transport'),
      tlsVersions: mapMaybe(parameterValue(p.tls_version, 'tls_version'), tlsVersionsOf),
      auditLogEnabled: parameterFlag(p.audit_log_enabled, 'audit_log_enabled'),
    },
  })
}

/** MySQL flexible server raw data → azure.mysql.flexible-server resources. */
export function normalizeMysql(raw: MysqlRaw, scope: AzureNormalizeScope): Resource[] {
  return raw.servers.map((s) => serverResource(s, scope.subscription))
}
