/**
 * The databases group against the fixture server: real @azure/arm-sql, -postgresql-flexible, -mysql-flexible,
 * -cosmosdb and -containerregistry clients, the collection runner and the checks, over REST bodies in the documented
 * shapes (test/fixtures/azure/databases/*.json: list pages per path, and single answers per path).
 */
import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  azureError,
  azureForbidden,
  azurePages,
  startFixtureServer,
  tooManyRequests,
  type FixtureRoute,
  type FixtureServer,
} from '../../test/support/cloud-fixture-server.js'
import { collectAzureFixture, evaluateCollection, OTHER_SUBSCRIPTION, subscriptionsRoute, TEST_SUBSCRIPTION, verdictLines } from './cloud-testing.js'
import { AZURE_DATABASES_MODULES } from './azure-modules-databases.js'
import type { CloudCollection } from './collection.js'
import type { Resource } from '../core/resource.js'
import type { Finding } from '../core/finding.js'
import { loadChecks } from '../checks/registry.js'
import { AZURE_DATABASES_TYPES as T } from '../normalize/azure/types-databases.js'

/** A fixture file: list pages by request path, and single answers by request path. */
interface FixtureFile {
  pages: Record<string, unknown[][]>
  bodies: Record<string, unknown>
}

const SERVICES = ['sql', 'postgresql', 'mysql', 'cosmosdb', 'acr'] as const
const load = (service: string): FixtureFile =>
  JSON.parse(readFileSync(new URL(`../../test/fixtures/azure/databases/${service}.json`, import.meta.url), 'utf8')) as FixtureFile

const SUB = `/subscriptions/${TEST_SUBSCRIPTION}`
const SQL_PARTIAL = `${SUB}/resourceGroups/rg-data/providers/Microsoft.Sql/servers/sql-partial`
const ACR_LIST = `${SUB}/providers/Microsoft.ContainerRegistry/registries`

/** Every route of the fixture files, plus: a 429 before the registry list, a 403 on one server's Defender setting. */
function routes(): FixtureRoute[] {
  const out: FixtureRoute[] = []
  for (const service of SERVICES) {
    const f = load(service)
    for (const [path, pages] of Object.entries(f.pages)) {
      const paged = azurePages(path, pages)
      // Throttled once, then answered: the SDK's retry policy must wait Retry-After (0 s) and try again.
      out.push(...(path === ACR_LIST ? paged.map((r) => ({ ...r, reply: [tooManyRequests('azure', 0), r.reply as never] })) : paged))
    }
    for (const [path, body] of Object.entries(f.bodies)) out.push({ path, reply: { body } })
  }
  out.push({
    path: `${SQL_PARTIAL}/advancedThreatProtectionSettings/Default`,
    reply: azureError(
      403,
      'AuthorizationFailed',
      `The client 'posture-test' with object id '00000000-0000-0000-0000-00000000cafe' does not have authorization to perform action 'Microsoft.Sql/servers/advancedThreatProtectionSettings/read' over scope '${SQL_PARTIAL}' or the scope is invalid.`,
    ),
  })
  // The second subscription answers 403 to everything.
  out.push({
    path: new RegExp(`^/subscriptions/${OTHER_SUBSCRIPTION}/`),
    reply: azureForbidden(OTHER_SUBSCRIPTION, 'Microsoft.Resources/resources/read'),
  })
  return out
}

/** Check ids of this group. */
const OURS = /^azure-(sql|postgresql|mysql|cosmosdb|acr)-/
const byName = (c: CloudCollection, type: string) =>
  Object.fromEntries(c.resources.filter((r) => r.type === type).map((r) => [r.name, r])) as Record<string, Resource>

describe('Azure databases group against the fixture server', () => {
  let server: FixtureServer
  let c: CloudCollection
  let findings: Finding[]
  beforeAll(async () => {
    server = await startFixtureServer()
    subscriptionsRoute(server, [TEST_SUBSCRIPTION, OTHER_SUBSCRIPTION])
    server.route(...routes())
    c = await collectAzureFixture(server, AZURE_DATABASES_MODULES)
    // Loading the whole registry is slow under load: evaluate the group's checks once, here.
    const checks = (await loadChecks()).filter((k) => OURS.test(k.id))
    expect(checks).toHaveLength(24)
    findings = await evaluateCollection(c, checks)
  }, 60_000)
  afterAll(() => server.close())

  it('answers every request from the fixtures', () => {
    expect(server.unmatched).toEqual([])
  })

  it('collects SQL servers over two pages, with their per-server settings and user databases', () => {
    const servers = byName(c, T.sqlServer)
    expect(Object.keys(servers).sort()).toEqual(['sql-bad', 'sql-good', 'sql-partial'])
    expect(server.requests.filter((r) => r.path === `${SUB}/providers/Microsoft.Sql/servers`).map((r) => r.query.get('$skiptoken'))).toEqual([
      null,
      '2',
    ])
    expect(servers['sql-good']).toMatchObject({
      uid: `${SUB}/resourcegroups/rg-data/providers/microsoft.sql/servers/sql-good`,
      account: TEST_SUBSCRIPTION,
      region: 'westeurope',
      tags: { env: 'prod', team: 'orders' },
      attributes: {
        resourceGroup: 'rg-data',
        minimalTlsVersion: '1.2',
        publicNetworkAccess: 'Disabled',
        firewallRules: [],
        auditing: { state: 'Enabled', retentionDays: 180, storageTarget: true, azureMonitorTarget: false },
        entraAdmin: { login: 'sql-admins', sid: '6f1d0e1c-3b2a-4c5d-8e9f-0a1b2c3d4e5f', azureADOnlyAuthentication: true },
        defenderState: 'Enabled',
        encryptionProtector: {
          serverKeyType: 'AzureKeyVault',
          keyUri: 'https://kv-orders.vault.azure.net/keys/tde/6a2f1c0e5b9d4e7fa1b2c3d4e5f60718',
        },
      },
    })
    expect(servers['sql-bad']!.attributes).toMatchObject({
      minimalTlsVersion: null,
      publicNetworkAccess: 'Enabled',
      firewallRules: [
        { name: 'AllowAllWindowsAzureIps', startIpAddress: '0.0.0.0', endIpAddress: '0.0.0.0' },
        { name: 'ClientIPAddress_2025-3-14_9-41-7', startIpAddress: '198.51.100.23', endIpAddress: '198.51.100.23' },
      ],
      auditing: { state: 'Disabled', retentionDays: 0, storageTarget: false },
      entraAdmin: null,
      defenderState: 'Disabled',
      encryptionProtector: { serverKeyType: 'ServiceManaged', keyUri: null },
    })
    const dbs = c.resources.filter((r) => r.type === T.sqlDatabase)
    expect(dbs.map((d) => [d.uid, d.relations])).toEqual([
      [
        `${SUB}/resourcegroups/rg-data/providers/microsoft.sql/servers/sql-good/databases/orders`,
        [{ kind: 'on-server', target: `${SUB}/resourcegroups/rg-data/providers/microsoft.sql/servers/sql-good` }],
      ],
      [
        `${SUB}/resourcegroups/rg-legacy/providers/microsoft.sql/servers/sql-bad/databases/legacy`,
        [{ kind: 'on-server', target: `${SUB}/resourcegroups/rg-legacy/providers/microsoft.sql/servers/sql-bad` }],
      ],
    ])
    expect(dbs.map((d) => (d.attributes as { transparentDataEncryption: unknown }).transparentDataEncryption)).toEqual(['Enabled', 'Disabled'])
  })

  it('a 403 on one server setting leaves only that attribute Unknown', () => {
    const partial = byName(c, T.sqlServer)['sql-partial']!
    expect(partial.attributes).toMatchObject({
      defenderState: { $unknown: expect.stringContaining('serverAdvancedThreatProtectionSettings.get: AuthorizationFailed') as unknown },
      auditing: { state: 'Enabled', retentionDays: 30 },
      entraAdmin: { login: 'dba-group' },
    })
    expect(c.errors.filter((e) => e.account === TEST_SUBSCRIPTION)).toEqual([
      expect.objectContaining({
        service: 'sql',
        api: 'serverAdvancedThreatProtectionSettings.get',
        resource: SQL_PARTIAL.toLowerCase(),
        resourceTypes: [],
      }),
    ])
  })

  it('collects PostgreSQL and MySQL flexible servers with firewall rules and server parameters', () => {
    const pg = byName(c, T.postgresqlFlexibleServer)
    expect(pg['pg-good']).toMatchObject({
      uid: `${SUB}/resourcegroups/rg-data/providers/microsoft.dbforpostgresql/flexibleservers/pg-good`,
      region: 'westeurope',
      attributes: {
        publicNetworkAccess: 'Disabled',
        delegatedSubnetId: `${SUB}/resourceGroups/rg-network/providers/Microsoft.Network/virtualNetworks/vnet-data/subnets/snet-postgres`,
        requireSecureTransport: true,
        sslMinProtocolVersion: 'TLSv1.2',
        logRetentionDays: 7,
      },
    })
    expect(pg['pg-bad']!.attributes).toMatchObject({
      publicNetworkAccess: 'Enabled',
      firewallRules: [{ startIpAddress: '0.0.0.0', endIpAddress: '0.0.0.0' }],
      requireSecureTransport: false,
      sslMinProtocolVersion: 'TLSv1.1',
      logRetentionDays: 3,
    })
    const my = byName(c, T.mysqlFlexibleServer)
    expect(my['mysql-good']!.attributes).toMatchObject({
      publicNetworkAccess: 'Disabled',
      requireSecureTransport: true,
      tlsVersions: ['TLSv1.2'],
      auditLogEnabled: true,
    })
    expect(my['mysql-bad']).toMatchObject({
      uid: `${SUB}/resourcegroups/rg-legacy/providers/microsoft.dbformysql/flexibleservers/mysql-bad`,
      region: 'eastus',
      attributes: {
        publicNetworkAccess: 'Enabled',
        firewallRules: [{ name: 'AllowAll_2025-4-2_7-31-10', startIpAddress: '0.0.0.0', endIpAddress: '255.255.255.255' }],
        requireSecureTransport: false,
        tlsVersions: ['TLSv1', 'TLSv1.1', 'TLSv1.2'],
        auditLogEnabled: false,
      },
    })
  })

  it('collects Cosmos DB accounts and container registries (the registry list retried after a 429)', () => {
    const cosmos = byName(c, T.cosmosdbAccount)
    expect(cosmos['cosmos-good']).toMatchObject({
      uid: `${SUB}/resourcegroups/rg-data/providers/microsoft.documentdb/databaseaccounts/cosmos-good`,
      region: 'westeurope',
      attributes: {
        publicNetworkAccess: 'Disabled',
        disableLocalAuth: true,
        isVirtualNetworkFilterEnabled: true,
        virtualNetworkRules: [`${SUB}/resourceGroups/rg-network/providers/Microsoft.Network/virtualNetworks/vnet-data/subnets/snet-app`],
        privateEndpointConnections: 1,
      },
    })
    expect(cosmos['cosmos-open']!.attributes).toMatchObject({
      publicNetworkAccess: 'Enabled',
      disableLocalAuth: false,
      ipRules: [],
      isVirtualNetworkFilterEnabled: false,
    })
    const acr = byName(c, T.acrRegistry)
    expect(acr['acrgood']).toMatchObject({
      uid: `${SUB}/resourcegroups/rg-apps/providers/microsoft.containerregistry/registries/acrgood`,
      attributes: {
        sku: 'Premium',
        adminUserEnabled: false,
        publicNetworkAccess: 'Disabled',
        anonymousPullEnabled: false,
        networkDefaultAction: 'Deny',
      },
    })
    expect(acr['acrbad']!.attributes).toMatchObject({
      sku: 'Standard',
      adminUserEnabled: true,
      publicNetworkAccess: 'Enabled',
      anonymousPullEnabled: true,
      networkDefaultAction: null,
    })
    expect(server.requests.filter((r) => r.path === ACR_LIST)).toHaveLength(2)
  })

  it('a subscription that answers 403 to everything: one error per service, ERROR findings, no PASS', () => {
    const errors = c.errors.filter((e) => e.account === OTHER_SUBSCRIPTION)
    // Classic clients keep ARM's message, the modular registry client only the code and status.
    const seen = errors.map((e) => [e.service, e.api, e.resourceTypes, /^AuthorizationFailed[ :]/.test(e.reason)] as const)
    expect([...seen].sort((a, b) => a[0].localeCompare(b[0]))).toEqual([
      ['acr', 'registries.list', [T.acrRegistry], true],
      ['cosmosdb', 'databaseAccounts.list', [T.cosmosdbAccount], true],
      ['mysql', 'servers.list', [T.mysqlFlexibleServer], true],
      ['postgresql', 'servers.listBySubscription', [T.postgresqlFlexibleServer], true],
      ['sql', 'servers.list', [T.sqlServer, T.sqlDatabase], true],
    ])
    expect(c.resources.filter((r) => r.account === OTHER_SUBSCRIPTION).map((r) => r.type)).toEqual(['azure.subscription'])
    const other = findings.filter((f) => f.resource.account === OTHER_SUBSCRIPTION)
    expect(other.length).toBe(24)
    expect(new Set(other.map((f) => f.status))).toEqual(new Set(['error']))
  })

  it('decides every check of the group: a failing and a passing resource each, ERROR where data is missing', () => {
    expect(verdictLines(findings.filter((f) => f.resource.account === TEST_SUBSCRIPTION))).toEqual(EXPECTED)
    expect(verdictLines(findings.filter((f) => f.resource.account === OTHER_SUBSCRIPTION))).toEqual(
      [...new Set(EXPECTED.map((l) => l.split(' ')[0]!))].map((id) => `${id} all ${TYPE_OF[id.split('-')[1]!]!(id)} in global error`).sort(),
    )
  })
})

/** Resource type each check id runs on, for the gap lines of the forbidden subscription. */
const TYPE_OF: Record<string, (id: string) => string> = {
  sql: (id) => (id.startsWith('azure-sql-database-') ? T.sqlDatabase : T.sqlServer),
  postgresql: () => T.postgresqlFlexibleServer,
  mysql: () => T.mysqlFlexibleServer,
  cosmosdb: () => T.cosmosdbAccount,
  acr: () => T.acrRegistry,
}

const EXPECTED = [
  'azure-acr-registry-admin-user-disabled acrbad fail',
  'azure-acr-registry-admin-user-disabled acrgood pass',
  'azure-acr-registry-anonymous-pull-disabled acrbad fail',
  'azure-acr-registry-anonymous-pull-disabled acrgood pass',
  'azure-acr-registry-public-network-access-disabled acrbad fail',
  'azure-acr-registry-public-network-access-disabled acrgood pass',
  'azure-cosmosdb-account-firewall-configured cosmos-good pass',
  'azure-cosmosdb-account-firewall-configured cosmos-open fail',
  'azure-cosmosdb-account-local-auth-disabled cosmos-good pass',
  'azure-cosmosdb-account-local-auth-disabled cosmos-open fail',
  'azure-cosmosdb-account-public-network-access-disabled cosmos-good pass',
  'azure-cosmosdb-account-public-network-access-disabled cosmos-open fail',
  'azure-mysql-flexible-server-audit-log-enabled mysql-bad fail',
  'azure-mysql-flexible-server-audit-log-enabled mysql-good pass',
  'azure-mysql-flexible-server-public-network-access-disabled mysql-bad fail',
  'azure-mysql-flexible-server-public-network-access-disabled mysql-good pass',
  'azure-mysql-flexible-server-secure-transport mysql-bad fail',
  'azure-mysql-flexible-server-secure-transport mysql-good pass',
  'azure-mysql-flexible-server-tls-12 mysql-bad fail',
  'azure-mysql-flexible-server-tls-12 mysql-good pass',
  'azure-postgresql-flexible-server-log-retention pg-bad fail',
  'azure-postgresql-flexible-server-log-retention pg-good pass',
  'azure-postgresql-flexible-server-no-azure-services-firewall-rule pg-bad fail',
  'azure-postgresql-flexible-server-no-azure-services-firewall-rule pg-good pass',
  'azure-postgresql-flexible-server-public-network-access-disabled pg-bad fail',
  'azure-postgresql-flexible-server-public-network-access-disabled pg-good pass',
  'azure-postgresql-flexible-server-secure-transport pg-bad fail',
  'azure-postgresql-flexible-server-secure-transport pg-good pass',
  'azure-postgresql-flexible-server-tls-12 pg-bad fail',
  'azure-postgresql-flexible-server-tls-12 pg-good pass',
  'azure-sql-database-tde-enabled legacy fail',
  'azure-sql-database-tde-enabled orders pass',
  'azure-sql-server-audit-retention-90-days sql-bad fail',
  'azure-sql-server-audit-retention-90-days sql-good pass',
  'azure-sql-server-audit-retention-90-days sql-partial fail',
  'azure-sql-server-auditing-enabled sql-bad fail',
  'azure-sql-server-auditing-enabled sql-good pass',
  'azure-sql-server-auditing-enabled sql-partial pass',
  'azure-sql-server-defender-enabled sql-bad fail',
  'azure-sql-server-defender-enabled sql-good pass',
  'azure-sql-server-defender-enabled sql-partial error',
  'azure-sql-server-entra-admin-configured sql-bad fail',
  'azure-sql-server-entra-admin-configured sql-good pass',
  'azure-sql-server-entra-admin-configured sql-partial pass',
  'azure-sql-server-min-tls-12 sql-bad fail',
  'azure-sql-server-min-tls-12 sql-good pass',
  'azure-sql-server-min-tls-12 sql-partial pass',
  'azure-sql-server-no-public-firewall-rule sql-bad fail',
  'azure-sql-server-no-public-firewall-rule sql-good pass',
  'azure-sql-server-no-public-firewall-rule sql-partial pass',
  'azure-sql-server-public-network-access-disabled sql-bad fail',
  'azure-sql-server-public-network-access-disabled sql-good pass',
  'azure-sql-server-public-network-access-disabled sql-partial fail',
  'azure-sql-server-tde-cmk sql-bad fail',
  'azure-sql-server-tde-cmk sql-good pass',
  'azure-sql-server-tde-cmk sql-partial fail',
]
