import { describe, expect, it } from 'vitest'
import type { CallResult } from '../../collect/collector.js'
import type { SqlServerRaw } from '../../collect/azure/sql.js'
import { normalizeSql } from './sql.js'
import { AZURE_DATABASES_TYPES as T, type AzureSqlDatabaseAttributes } from './types-databases.js'
import type { Resource } from '../../core/resource.js'

const SUB = '00000000-0000-0000-0000-000000000001'
const SERVER_ID = `/subscriptions/${SUB}/resourceGroups/RG-Data/providers/Microsoft.Sql/servers/sql-orders`
const ok = <V>(value: V): CallResult<V> => ({ ok: true, value })
const denied: CallResult<never> = { ok: false, reason: 'AuthorizationFailed (HTTP 403)', code: 'AuthorizationFailed' }

const server = (over: Partial<SqlServerRaw> = {}): SqlServerRaw => ({
  server: {
    id: SERVER_ID,
    name: 'sql-orders',
    location: 'West Europe',
    tags: { env: 'prod' },
    version: '12.0',
    fullyQualifiedDomainName: 'sql-orders.database.windows.net',
    minimalTlsVersion: '1.2',
    publicNetworkAccess: 'Enabled',
  },
  firewallRules: ok([{ name: 'AllowAllWindowsAzureIps', startIpAddress: '0.0.0.0', endIpAddress: '0.0.0.0' }]),
  auditing: ok({ state: 'Enabled', retentionDays: 120, storageEndpoint: 'https://audit.blob.core.windows.net/', isAzureMonitorTargetEnabled: true }),
  administrators: ok([{ name: 'ActiveDirectory', login: 'sql-admins', sid: 'a1b2', tenantId: 't1', azureADOnlyAuthentication: true }]),
  threatProtection: ok({ state: 'Enabled' }),
  encryptionProtector: ok({ serverKeyType: 'AzureKeyVault', uri: 'https://kv.vault.azure.net/keys/tde/1', autoRotationEnabled: true }),
  databases: [
    {
      database: { id: `${SERVER_ID}/databases/orders`, name: 'orders', location: 'westeurope', sku: { name: 'GP_Gen5' }, status: 'Online' },
      tde: ok({ state: 'Enabled' }),
    },
  ],
  ...over,
})

describe('normalizeSql', () => {
  it('a server and its database, with relation and uids folded', () => {
    const [s, d] = normalizeSql({ servers: [server()] }, { subscription: SUB })
    expect(s).toMatchObject({
      uid: SERVER_ID.toLowerCase(),
      type: T.sqlServer,
      account: SUB,
      region: 'westeurope',
      name: 'sql-orders',
      tags: { env: 'prod' },
      attributes: {
        serverName: 'sql-orders',
        resourceGroup: 'RG-Data',
        minimalTlsVersion: '1.2',
        publicNetworkAccess: 'Enabled',
        firewallRules: [{ name: 'AllowAllWindowsAzureIps', startIpAddress: '0.0.0.0', endIpAddress: '0.0.0.0' }],
        auditing: { state: 'Enabled', retentionDays: 120, storageTarget: true, azureMonitorTarget: true },
        entraAdmin: { login: 'sql-admins', sid: 'a1b2', tenantId: 't1', azureADOnlyAuthentication: true },
        defenderState: 'Enabled',
        encryptionProtector: { serverKeyType: 'AzureKeyVault', keyUri: 'https://kv.vault.azure.net/keys/tde/1', autoRotationEnabled: true },
      },
    })
    expect(d).toMatchObject({
      uid: `${SERVER_ID}/databases/orders`.toLowerCase(),
      type: T.sqlDatabase,
      name: 'orders',
      attributes: {
        databaseName: 'orders',
        serverName: 'sql-orders',
        serverId: SERVER_ID.toLowerCase(),
        sku: 'GP_Gen5',
        transparentDataEncryption: 'Enabled',
      },
      relations: [{ kind: 'on-server', target: SERVER_ID.toLowerCase() }],
    })
  })

  it('omitted settings take the service defaults', () => {
    const [s] = normalizeSql(
      {
        servers: [
          server({
            server: { id: SERVER_ID, name: 'sql-orders', location: 'westeurope' },
            auditing: ok({}),
            administrators: ok([]),
            threatProtection: ok({}),
            encryptionProtector: ok({}),
          }),
        ],
      },
      { subscription: SUB },
    )
    expect(s!.attributes).toMatchObject({
      minimalTlsVersion: null,
      publicNetworkAccess: 'Enabled',
      auditing: { state: 'Disabled', retentionDays: 0, storageTarget: false, azureMonitorTarget: false },
      entraAdmin: null,
      defenderState: 'New',
      encryptionProtector: { serverKeyType: 'ServiceManaged', keyUri: null },
    })
  })

  it('each failed per-server call leaves only its attribute Unknown', () => {
    const [s, d] = normalizeSql(
      {
        servers: [
          server({
            firewallRules: denied,
            auditing: denied,
            administrators: denied,
            threatProtection: denied,
            encryptionProtector: denied,
            databases: [{ database: { id: `${SERVER_ID}/databases/orders`, name: 'orders', location: 'westeurope' }, tde: denied }],
          }),
        ],
      },
      { subscription: SUB },
    )
    expect(s!.attributes).toMatchObject({
      minimalTlsVersion: '1.2',
      firewallRules: { $unknown: 'firewallRules.listByServer: AuthorizationFailed (HTTP 403)' },
      auditing: { $unknown: 'serverBlobAuditingPolicies.get: AuthorizationFailed (HTTP 403)' },
      entraAdmin: { $unknown: 'serverAzureADAdministrators.listByServer: AuthorizationFailed (HTTP 403)' },
      defenderState: { $unknown: 'serverAdvancedThreatProtectionSettings.get: AuthorizationFailed (HTTP 403)' },
      encryptionProtector: { $unknown: 'encryptionProtectors.get: AuthorizationFailed (HTTP 403)' },
    })
    expect((d as Resource<AzureSqlDatabaseAttributes>).attributes.transparentDataEncryption).toEqual({
      $unknown: 'transparentDataEncryptions.get: AuthorizationFailed (HTTP 403)',
    })
  })
})
