/** Test fixtures for the Azure databases group: compliant resources, with `attrs` overriding. */
import type { Resource } from '../../core/resource.js'
import {
  AZURE_DATABASES_TYPES as T,
  type AzureAcrRegistryAttributes,
  type AzureCosmosdbAccountAttributes,
  type AzureMysqlFlexibleServerAttributes,
  type AzurePostgresqlFlexibleServerAttributes,
  type AzureSqlDatabaseAttributes,
  type AzureSqlServerAttributes,
} from '../../normalize/azure/types-databases.js'
import { AZURE_TEST_SUBSCRIPTION, azureFixture } from './testing.js'

const SQL_SERVER_ID = `/subscriptions/${AZURE_TEST_SUBSCRIPTION}/resourcegroups/rg-test/providers/microsoft.sql/servers/sql-orders`

/** A locked-down SQL server sql-orders: private, TLS 1.2, audited for 180 days, Entra admin, Defender, CMK. */
export function sqlServerFixture(attrs: Partial<AzureSqlServerAttributes> = {}): Resource<AzureSqlServerAttributes> {
  return azureFixture<AzureSqlServerAttributes>(
    T.sqlServer,
    {
      serverName: 'sql-orders',
      resourceGroup: 'rg-test',
      version: '12.0',
      fullyQualifiedDomainName: 'sql-orders.database.windows.net',
      minimalTlsVersion: '1.2',
      publicNetworkAccess: 'Disabled',
      firewallRules: [],
      auditing: { state: 'Enabled', retentionDays: 180, storageTarget: true, azureMonitorTarget: false },
      entraAdmin: { login: 'sql-admins', sid: '11111111-2222-3333-4444-555555555555', tenantId: null, azureADOnlyAuthentication: true },
      defenderState: 'Enabled',
      encryptionProtector: {
        serverKeyType: 'AzureKeyVault',
        keyUri: 'https://kv-orders.vault.azure.net/keys/tde/0123456789abcdef0123456789abcdef',
        autoRotationEnabled: true,
      },
      ...attrs,
    },
    { name: 'sql-orders', armType: 'Microsoft.Sql/servers' },
  )
}

/** Database orders of sql-orders with TDE enabled. */
export function sqlDatabaseFixture(attrs: Partial<AzureSqlDatabaseAttributes> = {}): Resource<AzureSqlDatabaseAttributes> {
  return azureFixture<AzureSqlDatabaseAttributes>(
    T.sqlDatabase,
    {
      databaseName: 'orders',
      serverName: 'sql-orders',
      serverId: SQL_SERVER_ID,
      sku: 'GP_Gen5',
      status: 'Online',
      transparentDataEncryption: 'Enabled',
      ...attrs,
    },
    { name: 'orders', uid: `${SQL_SERVER_ID}/databases/orders`, relations: [{ kind: 'on-server', target: SQL_SERVER_ID }] },
  )
}

/** A private PostgreSQL flexible server pg-orders: TLS required (1.2+), 7 days of server logs. */
export function postgresqlServerFixture(
  attrs: Partial<AzurePostgresqlFlexibleServerAttributes> = {},
): Resource<AzurePostgresqlFlexibleServerAttributes> {
  return azureFixture<AzurePostgresqlFlexibleServerAttributes>(
    T.postgresqlFlexibleServer,
    {
      serverName: 'pg-orders',
      resourceGroup: 'rg-test',
      version: '16',
      state: 'Ready',
      fullyQualifiedDomainName: 'pg-orders.postgres.database.azure.com',
      publicNetworkAccess: 'Disabled',
      delegatedSubnetId: null,
      firewallRules: [],
      requireSecureTransport: true,
      sslMinProtocolVersion: 'TLSv1.2',
      logRetentionDays: 7,
      ...attrs,
    },
    { name: 'pg-orders', armType: 'Microsoft.DBforPostgreSQL/flexibleServers' },
  )
}

/** A private MySQL flexible server mysql-orders: TLS required (1.2+), audit log on. */
export function mysqlServerFixture(attrs: Partial<AzureMysqlFlexibleServerAttributes> = {}): Resource<AzureMysqlFlexibleServerAttributes> {
  return azureFixture<AzureMysqlFlexibleServerAttributes>(
    T.mysqlFlexibleServer,
    {
      serverName: 'mysql-orders',
      resourceGroup: 'rg-test',
      version: '8.0.21',
      state: 'Ready',
      fullyQualifiedDomainName: 'mysql-orders.mysql.database.azure.com',
      publicNetworkAccess: 'Disabled',
      delegatedSubnetId: null,
      firewallRules: [],
      requireSecureTransport: true,
      tlsVersions: ['TLSv1.2', 'TLSv1.3'],
      auditLogEnabled: true,
      ...attrs,
    },
    { name: 'mysql-orders', armType: 'Microsoft.DBforMySQL/flexibleServers' },
  )
}

/** A private Cosmos DB account cosmos-orders with Entra-only authentication. */
export function cosmosdbAccountFixture(attrs: Partial<AzureCosmosdbAccountAttributes> = {}): Resource<AzureCosmosdbAccountAttributes> {
  return azureFixture<AzureCosmosdbAccountAttributes>(
    T.cosmosdbAccount,
    {
      accountName: 'cosmos-orders',
      kind: 'GlobalDocumentDB',
      documentEndpoint: 'https://cosmos-orders.documents.azure.com:443/',
      publicNetworkAccess: 'Disabled',
      disableLocalAuth: true,
      ipRules: [],
      isVirtualNetworkFilterEnabled: false,
      virtualNetworkRules: [],
      privateEndpointConnections: 1,
      keyVaultKeyUri: null,
      minimalTlsVersion: 'Tls12',
      ...attrs,
    },
    { name: 'cosmos-orders', armType: 'Microsoft.DocumentDB/databaseAccounts' },
  )
}

/** A private Premium registry acrorders without admin user or anonymous pull. */
export function acrRegistryFixture(attrs: Partial<AzureAcrRegistryAttributes> = {}): Resource<AzureAcrRegistryAttributes> {
  return azureFixture<AzureAcrRegistryAttributes>(
    T.acrRegistry,
    {
      registryName: 'acrorders',
      loginServer: 'acrorders.azurecr.io',
      sku: 'Premium',
      adminUserEnabled: false,
      publicNetworkAccess: 'Disabled',
      anonymousPullEnabled: false,
      networkDefaultAction: 'Deny',
      ipRules: [],
      privateEndpointConnections: 1,
      ...attrs,
    },
    { name: 'acrorders', armType: 'Microsoft.ContainerRegistry/registries' },
  )
}
