/**
 * Azure database and registry resources: SQL logical servers and databases, PostgreSQL and MySQL flexible servers,
 * Cosmos DB accounts and container registries. Conventions of types.ts: `null` = known absent, `Maybe<T>` = value of a
 * separate call that may have failed, and a property the API leaves out takes the service's documented default.
 */
import type { Maybe } from '../../core/unknown.js'

/** Type ids of the databases group. */
export const AZURE_DATABASES_TYPES = {
  sqlServer: 'azure.sql.server',
  sqlDatabase: 'azure.sql.database',
  postgresqlFlexibleServer: 'azure.postgresql.flexible-server',
  mysqlFlexibleServer: 'azure.mysql.flexible-server',
  cosmosdbAccount: 'azure.cosmosdb.account',
  acrRegistry: 'azure.acr.registry',
} as const

/** A server-level IPv4 firewall rule: connections from startIpAddress..endIpAddress (inclusive) are let through. */
export interface AzureDbFirewallRule {
  name: string
  startIpAddress: string
  endIpAddress: string
}

/** Blob auditing of a SQL server (auditingSettings/default). */
export interface AzureSqlAuditing {
  /** 'Enabled' | 'Disabled'. */
  state: string
  /** Days audit logs are kept in the storage account; 0 = unlimited (the API's default when unset). */
  retentionDays: number
  /** True when a storage account receives the audit logs (retentionDays applies to it). */
  storageTarget: boolean
  /** True when audit logs go to Azure Monitor (Log Analytics / Event Hubs), whose retention is set there. */
  azureMonitorTarget: boolean
}

/** The Microsoft Entra administrator of a SQL server. */
export interface AzureSqlEntraAdmin {
  login: string
  /** Object id of the user or group. */
  sid: string
  tenantId: string | null
  /** True when only Entra authentication is allowed (SQL logins disabled). */
  azureADOnlyAuthentication: boolean
}

/** The key that protects the TDE data encryption keys of a server's databases. */
export interface AzureSqlEncryptionProtector {
  /** 'ServiceManaged' | 'AzureKeyVault' (customer-managed key). */
  serverKeyType: string
  /** Key Vault key URI when customer-managed, else null. */
  keyUri: string | null
  autoRotationEnabled: boolean
}

/** azure.sql.server: an Azure SQL logical server and its server-level security settings. */
export interface AzureSqlServerAttributes {
  serverName: string
  resourceGroup: string
  version: string | null
  fullyQualifiedDomainName: string | null
  /** '1.0' | '1.1' | '1.2' | '1.3' | 'None'; null when never set, which lets clients connect with TLS 1.0 and later. */
  minimalTlsVersion: string | null
  /** 'Enabled' | 'Disabled' | 'SecuredByPerimeter'; servers report Enabled unless it was turned off. */
  publicNetworkAccess: string
  firewallRules: Maybe<AzureDbFirewallRule[]>
  auditing: Maybe<AzureSqlAuditing>
  /** null when no Entra administrator is set. */
  entraAdmin: Maybe<AzureSqlEntraAdmin | null>
  /** Microsoft Defender for SQL (advanced threat protection) state: 'Enabled' | 'Disabled' | 'New'. */
  defenderState: Maybe<string>
  encryptionProtector: Maybe<AzureSqlEncryptionProtector>
}

/** azure.sql.database: a user database of a SQL server (master is left out). */
export interface AzureSqlDatabaseAttributes {
  databaseName: string
  serverName: string
  /** ARM id of the server, lower-cased (also the 'on-server' relation). */
  serverId: string
  sku: string | null
  status: string | null
  /** Transparent data encryption state: 'Enabled' | 'Disabled'. */
  transparentDataEncryption: Maybe<string>
}

/** azure.postgresql.flexible-server: an Azure Database for PostgreSQL flexible server. */
export interface AzurePostgresqlFlexibleServerAttributes {
  serverName: string
  resourceGroup: string
  version: string | null
  state: string | null
  fullyQualifiedDomainName: string | null
  /** 'Enabled' | 'Disabled'; Disabled for VNet-integrated servers. */
  publicNetworkAccess: string
  /** Delegated subnet of a VNet-integrated server, else null. */
  delegatedSubnetId: string | null
  firewallRules: Maybe<AzureDbFirewallRule[]>
  /** Server parameter require_secure_transport is on. */
  requireSecureTransport: Maybe<boolean>
  /** Server parameter ssl_min_protocol_version, e.g. 'TLSv1.2'. */
  sslMinProtocolVersion: Maybe<string>
  /** Server parameter logfiles.retention_days. */
  logRetentionDays: Maybe<number>
}

/** azure.mysql.flexible-server: an Azure Database for MySQL flexible server. */
export interface AzureMysqlFlexibleServerAttributes {
  serverName: string
  resourceGroup: string
  version: string | null
  state: string | null
  fullyQualifiedDomainName: string | null
  /** 'Enabled' | 'Disabled'; Disabled for VNet-integrated servers. */
  publicNetworkAccess: string
  delegatedSubnetId: string | null
  firewallRules: Maybe<AzureDbFirewallRule[]>
  /** Server parameter require_secure_transport is ON. */
  requireSecureTransport: Maybe<boolean>
  /** Server parameter tls_version: the protocols the server accepts, e.g. ['TLSv1.2', 'TLSv1.3']. */
  tlsVersions: Maybe<string[]>
  /** Server parameter audit_log_enabled is ON. */
  auditLogEnabled: Maybe<boolean>
}

/** azure.cosmosdb.account: a Cosmos DB database account and its network and authentication settings. */
export interface AzureCosmosdbAccountAttributes {
  accountName: string
  /** 'GlobalDocumentDB' | 'MongoDB' | 'Parse'. */
  kind: string
  documentEndpoint: string | null
  /** 'Enabled' | 'Disabled' | 'SecuredByPerimeter'; Enabled when not set. */
  publicNetworkAccess: string
  /** True when keys and resource tokens are refused (Entra ID only). */
  disableLocalAuth: boolean
  /** IP firewall entries (single IPv4 addresses or CIDR ranges); '0.0.0.0' admits every Azure datacenter. */
  ipRules: string[]
  isVirtualNetworkFilterEnabled: boolean
  /** Subnet ids admitted through service endpoints. */
  virtualNetworkRules: string[]
  privateEndpointConnections: number
  /** Customer-managed key URI, else null. */
  keyVaultKeyUri: string | null
  minimalTlsVersion: string | null
}

/** azure.acr.registry: an Azure Container Registry. */
export interface AzureAcrRegistryAttributes {
  registryName: string
  loginServer: string | null
  /** 'Basic' | 'Standard' | 'Premium'. */
  sku: string
  adminUserEnabled: boolean
  /** 'Enabled' | 'Disabled'; Enabled when not set. */
  publicNetworkAccess: string
  anonymousPullEnabled: boolean
  /** networkRuleSet.defaultAction ('Allow' | 'Deny'); null when the registry has no network rule set (below Premium). */
  networkDefaultAction: string | null
  /** IP rules of the network rule set (IPv4 addresses or CIDR ranges). */
  ipRules: string[]
  privateEndpointConnections: number
}
