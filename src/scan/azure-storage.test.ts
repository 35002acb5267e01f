/**
 * The Azure storage and Key Vault modules end to end: the real @azure/arm-storage, @azure/arm-keyvault and
 * @azure/arm-monitor clients against the HTTPS fixture server (REST bodies in test/fixtures/azure/storage), then the
 * group's checks over what was collected.
 */
import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import {
  azureError,
  azureForbidden,
  azureList,
  azurePages,
  startFixtureServer,
  tooManyRequests,
  type FixtureRoute,
  type FixtureServer,
} from '../../test/support/cloud-fixture-server.js'
import { collectAzureFixture, evaluateCollection, OTHER_SUBSCRIPTION, subscriptionsRoute, TEST_SUBSCRIPTION, verdictLines } from './cloud-testing.js'
import { AZURE_STORAGE_MODULES } from './azure-modules-storage.js'
import { loadChecks } from '../checks/registry.js'
import type { Resource } from '../core/resource.js'
import type { CloudCollection } from './collection.js'
import {
  AZURE_STORAGE_TYPES as T,
  type KeyVaultAttributes,
  type KeyVaultKeyAttributes,
  type KeyVaultSecretAttributes,
  type StorageAccountAttributes,
} from '../normalize/azure/types-storage.js'

/** The check ids of this group (the verdicts below are asserted for exactly these). */
const CHECK_IDS = [
  'azure-storage-account-https-only',
  'azure-storage-account-min-tls-12',
  'azure-storage-account-no-public-blob-access',
  'azure-storage-account-shared-key-disabled',
  'azure-storage-account-network-default-deny',
  'azure-storage-account-public-network-access-disabled',
  'azure-storage-account-trusted-services-bypass',
  'azure-storage-account-blob-soft-delete',
  'azure-storage-account-container-soft-delete',
  'azure-storage-account-infrastructure-encryption',
  'azure-storage-account-cmk-encryption',
  'azure-storage-account-key-rotation-reminder',
  'azure-keyvault-vault-soft-delete',
  'azure-keyvault-vault-purge-protection',
  'azure-keyvault-vault-rbac-authorization',
  'azure-keyvault-vault-public-network-access-disabled',
  'azure-keyvault-vault-diagnostic-logging',
  'azure-keyvault-key-expiry-set',
  'azure-keyvault-secret-expiry-set',
]

/** A fixture file of test/fixtures/azure/storage. */
function fixture<J>(file: string): J {
  return JSON.parse(readFileSync(new URL(`../../test/fixtures/azure/storage/${file}`, import.meta.url), 'utf8')) as J
}

const S = TEST_SUBSCRIPTION
const ACCOUNTS = `/subscriptions/${S}/providers/Microsoft.Storage/storageAccounts`
const VAULTS = `/subscriptions/${S}/providers/Microsoft.KeyVault/vaults`
const account = (group: string, name: string) => `/subscriptions/${S}/resourceGroups/${group}/providers/Microsoft.Storage/storageAccounts/${name}`
const vault = (group: string, name: string) => `/subscriptions/${S}/resourceGroups/${group}/providers/Microsoft.KeyVault/vaults/${name}`
const PROD_VAULT = vault('rg-security', 'kv-posture-prod')
const LEGACY_VAULT = vault('rg-legacy', 'kv-posture-legacy')

/** Every route of the scanned subscription, plus a second subscription that answers 403 to everything. */
function routes(server: FixtureServer): void {
  subscriptionsRoute(server, [TEST_SUBSCRIPTION, OTHER_SUBSCRIPTION])
  // Storage accounts over two nextLink pages; the first page is throttled once (429, Retry-After: 0).
  const [a1, a2] = azurePages(ACCOUNTS, [fixture('storage-accounts-page1.json'), fixture('storage-accounts-page2.json')])
  server.route({ ...a1!, reply: [tooManyRequests('azure', 0), a1!.reply as never] }, a2!)
  const blob = fixture<Record<string, unknown>>('blob-services.json')
  server.route(
    { path: `${account('rg-data', 'stpostureprod')}/blobServices/default`, reply: { body: blob.stpostureprod } },
    { path: `${account('rg-legacy', 'stposturelegacy')}/blobServices/default`, reply: { body: blob.stposturelegacy } },
    // The identity may list accounts but not read this one's Blob service: only its soft-delete settings are Unknown.
    {
      path: `${account('rg-data', 'stpostureaudit')}/blobServices/default`,
      reply: azureError(
        403,
        'AuthorizationFailed',
        `The client 'posture-test' with object id '00000000-0000-0000-0000-00000000cafe' does not have authorization to perform action 'Microsoft.Storage/storageAccounts/blobServices/read' over scope '${account('rg-data', 'stpostureaudit')}/blobServices/default' or the scope is invalid.`,
      ),
    },
  )
  // Key Vaults over two pages (listed by both modules: storage resolves customer-managed key URIs with it).
  server.route(...azurePages(VAULTS, [fixture('key-vaults-page1.json'), fixture('key-vaults-page2.json')]))
  const keys = fixture<Record<string, unknown[]>>('vault-keys.json')
  const secrets = fixture<Record<string, unknown[]>>('vault-secrets.json')
  const diagnostics = fixture<Record<string, unknown[]>>('diagnostic-settings.json')
  server.route(
    azureList(`${PROD_VAULT}/keys`, keys['kv-posture-prod']!),
    { path: `${LEGACY_VAULT}/keys`, reply: azureForbidden(S, 'Microsoft.KeyVault/vaults/keys/read') },
    azureList(`${PROD_VAULT}/secrets`, secrets['kv-posture-prod']!),
    azureList(`${LEGACY_VAULT}/secrets`, secrets['kv-posture-legacy']!),
    azureList(`${PROD_VAULT}/providers/Microsoft.Insights/diagnosticSettings`, diagnostics['kv-posture-prod']!),
    azureList(`${LEGACY_VAULT}/providers/Microsoft.Insights/diagnosticSettings`, diagnostics['kv-posture-legacy']!),
  )
  const forbidden = (path: string, action: string): FixtureRoute => ({ path, reply: azureForbidden(OTHER_SUBSCRIPTION, action) })
  server.route(
    forbidden(`/subscriptions/${OTHER_SUBSCRIPTION}/providers/Microsoft.Storage/storageAccounts`, 'Microsoft.Storage/storageAccounts/read'),
    forbidden(`/subscriptions/${OTHER_SUBSCRIPTION}/providers/Microsoft.KeyVault/vaults`, 'Microsoft.KeyVault/vaults/read'),
  )
}

/** Resources of one type in the scanned subscription. */
function ofType<A>(c: CloudCollection, type: string): Resource<A>[] {
  return c.resources.filter((r) => r.type === type && r.account === S) as Resource<A>[]
}

describe('Azure storage and Key Vault modules against the fixture server', () => {
  let server: FixtureServer
  beforeAll(async () => {
    server = await startFixtureServer()
  })
  afterAll(() => server.close())
  beforeEach(() => server.reset())

  it('collects storage accounts, vaults, keys and secrets with their attributes and relations', async () => {
    routes(server)
    const c = await collectAzureFixture(server, AZURE_STORAGE_MODULES)
    expect(server.unmatched).toEqual([])

    const accounts = ofType<StorageAccountAttributes>(c, T.storageAccount)
    expect(accounts.map((a) => a.uid)).toEqual([
      `/subscriptions/${S}/resourcegroups/rg-data/providers/microsoft.storage/storageaccounts/stpostureprod`,
      `/subscriptions/${S}/resourcegroups/rg-legacy/providers/microsoft.storage/storageaccounts/stposturelegacy`,
      `/subscriptions/${S}/resourcegroups/rg-data/providers/microsoft.storage/storageaccounts/stpostureaudit`,
      `/subscriptions/${S}/resourcegroups/rg-data/providers/microsoft.storage/storageaccounts/stpostureshares`,
    ])
    const [prod, legacy, audit, shares] = accounts
    expect(prod!.region).toBe('eastus')
    expect(prod!.tags).toEqual({ env: 'prod', owner: 'data-platform' })
    expect(prod!.attributes).toEqual({
      resourceGroup: 'rg-data',
      kind: 'StorageV2',
      sku: 'Standard_ZRS',
      creationTime: '2025-02-03T10:12:44.123Z',
      httpsOnly: true,
      minimumTlsVersion: 'TLS1_2',
      allowBlobPublicAccess: false,
      allowSharedKeyAccess: false,
      publicNetworkAccess: 'Disabled',
      networkRuleSet: {
        defaultAction: 'Deny',
        bypass: ['AzureServices'],
        ipRules: [],
        virtualNetworkRules: [
          `/subscriptions/${S}/resourcegroups/rg-network/providers/microsoft.network/virtualnetworks/vnet-prod/subnets/snet-data`,
        ],
      },
      requireInfrastructureEncryption: true,
      encryption: {
        keySource: 'Microsoft.Keyvault',
        keyVaultUri: 'https://kv-posture-prod.vault.azure.net',
        keyName: 'cmk-storage',
        keyVersion: null,
      },
      keyExpirationPeriodInDays: 90,
      keyCreationTime: { key1: '2026-04-01T08:00:00.000Z', key2: '2026-04-01T08:00:00.000Z' },
      blobService: { blobSoftDelete: { enabled: true, days: 14 }, containerSoftDelete: { enabled: true, days: 14 }, versioning: true },
    })
    // The customer-managed key resolves through the subscription's vault list to the key's ARM id.
    expect(prod!.relations).toEqual([
      {
        kind: 'encrypted-by',
        target: `/subscriptions/${S}/resourcegroups/rg-security/providers/microsoft.keyvault/vaults/kv-posture-prod/keys/cmk-storage`,
      },
    ])
    // Omitted properties take the documented defaults of an older account.
    expect(legacy!.region).toBe('westeurope')
    expect(legacy!.attributes).toMatchObject({
      httpsOnly: false,
      minimumTlsVersion: 'TLS1_0',
      allowBlobPublicAccess: true,
      allowSharedKeyAccess: true,
      publicNetworkAccess: 'Enabled',
      networkRuleSet: { defaultAction: 'Allow', bypass: ['Logging', 'Metrics'], ipRules: [], virtualNetworkRules: [] },
      requireInfrastructureEncryption: false,
      encryption: { keySource: 'Microsoft.Storage', keyVaultUri: null, keyName: null, keyVersion: null },
      keyExpirationPeriodInDays: null,
      blobService: { blobSoftDelete: { enabled: false, days: null }, containerSoftDelete: { enabled: false, days: null }, versioning: false },
    })
    expect(legacy!.relations).toEqual([])
    // A 403 on the per-account Blob service call leaves only that attribute Unknown.
    expect(audit!.attributes.blobService).toEqual({
      $unknown: expect.stringMatching(/^storage:blobServices\.getServiceProperties: AuthorizationFailed/) as unknown,
    })
    expect(audit!.attributes.networkRuleSet.ipRules).toEqual(['203.0.113.0/24'])
    expect(audit!.attributes.keyExpirationPeriodInDays).toBe(180)
    // A premium file share account has no Blob service: it is not asked for one.
    expect(shares!.attributes.blobService).toBeNull()
    expect(server.requests.some((r) => r.path.includes('stpostureshares/blobServices'))).toBe(false)

    const vaults = ofType<KeyVaultAttributes>(c, T.keyVault)
    expect(vaults.map((v) => v.uid)).toEqual([PROD_VAULT.toLowerCase(), LEGACY_VAULT.toLowerCase()])
    expect(vaults[0]!.attributes).toEqual({
      resourceGroup: 'rg-security',
      vaultUri: 'https://kv-posture-prod.vault.azure.net/',
      sku: 'premium',
      tenantId: '72f988bf-0000-0000-0000-000000000000',
      enableSoftDelete: true,
      softDeleteRetentionInDays: 90,
      enablePurgeProtection: true,
      enableRbacAuthorization: true,
      publicNetworkAccess: 'Disabled',
      networkAcls: { defaultAction: 'Deny', bypass: ['AzureServices'], ipRules: [], virtualNetworkRules: [] },
      accessPolicyCount: 0,
      diagnosticSettings: [
        {
          name: 'kv-audit-to-law',
          destinations: [`/subscriptions/${S}/resourceGroups/rg-logs/providers/Microsoft.OperationalInsights/workspaces/law-security`],
          enabledLogs: ['audit'],
        },
      ],
    })
    expect(vaults[1]!.attributes).toMatchObject({
      enableSoftDelete: false,
      softDeleteRetentionInDays: null,
      enablePurgeProtection: false,
      enableRbacAuthorization: false,
      publicNetworkAccess: 'Enabled',
      networkAcls: { defaultAction: 'Allow', bypass: ['AzureServices'], ipRules: [], virtualNetworkRules: [] },
      accessPolicyCount: 1,
      diagnosticSettings: [
        {
          name: 'metrics-only',
          destinations: [`/subscriptions/${S}/resourceGroups/rg-logs/providers/Microsoft.Storage/storageAccounts/stposturelogs`],
          enabledLogs: ['AzurePolicyEvaluationDetails'],
        },
      ],
    })

    // Keys of the legacy vault could not be listed: only the production vault's keys are there.
    const keys = ofType<KeyVaultKeyAttributes>(c, T.keyVaultKey)
    expect(keys.map((k) => k.uid)).toEqual(['cmk-storage', 'signing-legacy', 'retired-key'].map((k) => `${PROD_VAULT}/keys/${k}`.toLowerCase()))
    expect(keys[0]!.relations).toEqual([{ kind: 'in-vault', target: PROD_VAULT.toLowerCase() }])
    expect(keys[0]!.attributes).toEqual({
      vaultName: 'kv-posture-prod',
      enabled: true,
      expires: '2026-12-31T00:00:00.000Z',
      notBefore: null,
      created: '2026-01-02T09:30:00.000Z',
      updated: '2026-01-02T09:30:00.000Z',
      keyType: 'RSA-HSM',
      keySize: 3072,
      keyUri: 'https://kv-posture-prod.vault.azure.net/keys/cmk-storage',
      rotationPolicy: { autoRotate: true, expiryTime: 'P1Y' },
    })
    expect(keys[1]!.attributes).toMatchObject({ enabled: true, expires: null, keyType: 'EC', rotationPolicy: null })
    expect(keys[2]!.attributes.enabled).toBe(false)

    const secrets = ofType<KeyVaultSecretAttributes>(c, T.keyVaultSecret)
    expect(secrets.map((s) => `${s.attributes.vaultName}/${s.name}`)).toEqual([
      'kv-posture-prod/db-password',
      'kv-posture-prod/api-token',
      'kv-posture-legacy/legacy-conn',
      'kv-posture-legacy/disabled-conn',
    ])
    expect(secrets[0]!.attributes).toEqual({
      vaultName: 'kv-posture-prod',
      enabled: true,
      expires: '2027-06-30T00:00:00.000Z',
      notBefore: null,
      created: '2025-06-01T00:00:00.000Z',
      updated: '2025-06-01T00:00:00.000Z',
      contentType: 'text/plain',
      secretUri: 'https://kv-posture-prod.vault.azure.net/secrets/db-password',
    })
    expect(secrets[2]!.relations).toEqual([{ kind: 'in-vault', target: LEGACY_VAULT.toLowerCase() }])

    // Paging and the throttled retry: the account list was asked three times (429, page 1, page 2).
    expect(server.requests.filter((r) => r.path === ACCOUNTS)).toHaveLength(3)
    // arm-monitor 7 reads diagnostic settings with api-version 2017-05-01-preview; categoryGroup still comes through.
    const diag = server.requests.find((r) => r.path === `${PROD_VAULT}/providers/Microsoft.Insights/diagnosticSettings`)
    expect(diag?.query.get('api-version')).toBe('2017-05-01-preview')
  })

  it('decides every check of the group on the fixtures, with gaps as ERROR and no PASS for the forbidden subscription', async () => {
    routes(server)
    const c = await collectAzureFixture(server, AZURE_STORAGE_MODULES)
    expect(server.unmatched).toEqual([])

    const checks = (await loadChecks()).filter((k) => CHECK_IDS.includes(k.id))
    expect(checks.map((k) => k.id).sort()).toEqual([...CHECK_IDS].sort())
    const findings = await evaluateCollection(c, checks)
    const mine = findings.filter((f) => f.resource.account === S)
    expect(verdictLines(mine)).toEqual([
      'azure-keyvault-key-expiry-set all azure.keyvault.key in global error',
      'azure-keyvault-key-expiry-set cmk-storage pass',
      'azure-keyvault-key-expiry-set signing-legacy fail',
      'azure-keyvault-secret-expiry-set api-token fail',
      'azure-keyvault-secret-expiry-set db-password pass',
      'azure-keyvault-secret-expiry-set legacy-conn fail',
      'azure-keyvault-vault-diagnostic-logging kv-posture-legacy fail',
      'azure-keyvault-vault-diagnostic-logging kv-posture-prod pass',
      'azure-keyvault-vault-public-network-access-disabled kv-posture-legacy fail',
      'azure-keyvault-vault-public-network-access-disabled kv-posture-prod pass',
      'azure-keyvault-vault-purge-protection kv-posture-legacy fail',
      'azure-keyvault-vault-purge-protection kv-posture-prod pass',
      'azure-keyvault-vault-rbac-authorization kv-posture-legacy fail',
      'azure-keyvault-vault-rbac-authorization kv-posture-prod pass',
      'azure-keyvault-vault-soft-delete kv-posture-legacy fail',
      'azure-keyvault-vault-soft-delete kv-posture-prod pass',
      'azure-storage-account-blob-soft-delete stpostureaudit error',
      'azure-storage-account-blob-soft-delete stposturelegacy fail',
      'azure-storage-account-blob-soft-delete stpostureprod pass',
      'azure-storage-account-cmk-encryption stpostureaudit fail',
      'azure-storage-account-cmk-encryption stposturelegacy fail',
      'azure-storage-account-cmk-encryption stpostureprod pass',
      'azure-storage-account-cmk-encryption stpostureshares fail',
      'azure-storage-account-container-soft-delete stpostureaudit error',
      'azure-storage-account-container-soft-delete stposturelegacy fail',
      'azure-storage-account-container-soft-delete stpostureprod pass',
      'azure-storage-account-https-only stpostureaudit pass',
      'azure-storage-account-https-only stposturelegacy fail',
      'azure-storage-account-https-only stpostureprod pass',
      'azure-storage-account-https-only stpostureshares pass',
      'azure-storage-account-infrastructure-encryption stpostureaudit fail',
      'azure-storage-account-infrastructure-encryption stposturelegacy fail',
      'azure-storage-account-infrastructure-encryption stpostureprod pass',
      'azure-storage-account-infrastructure-encryption stpostureshares fail',
      'azure-storage-account-key-rotation-reminder stpostureaudit fail',
      'azure-storage-account-key-rotation-reminder stposturelegacy fail',
      'azure-storage-account-key-rotation-reminder stpostureprod pass',
      'azure-storage-account-key-rotation-reminder stpostureshares fail',
      'azure-storage-account-min-tls-12 stpostureaudit pass',
      'azure-storage-account-min-tls-12 stposturelegacy fail',
      'azure-storage-account-min-tls-12 stpostureprod pass',
      'azure-storage-account-min-tls-12 stpostureshares pass',
      'azure-storage-account-network-default-deny stpostureaudit pass',
      'azure-storage-account-network-default-deny stposturelegacy fail',
      'azure-storage-account-network-default-deny stpostureprod pass',
      'azure-storage-account-network-default-deny stpostureshares fail',
      'azure-storage-account-no-public-blob-access stpostureaudit pass',
      'azure-storage-account-no-public-blob-access stposturelegacy fail',
      'azure-storage-account-no-public-blob-access stpostureprod pass',
      'azure-storage-account-public-network-access-disabled stpostureaudit fail',
      'azure-storage-account-public-network-access-disabled stposturelegacy fail',
      'azure-storage-account-public-network-access-disabled stpostureprod pass',
      'azure-storage-account-public-network-access-disabled stpostureshares fail',
      'azure-storage-account-shared-key-disabled stpostureaudit fail',
      'azure-storage-account-shared-key-disabled stposturelegacy fail',
      'azure-storage-account-shared-key-disabled stpostureprod pass',
      'azure-storage-account-shared-key-disabled stpostureshares fail',
      'azure-storage-account-trusted-services-bypass stpostureaudit pass',
      'azure-storage-account-trusted-services-bypass stposturelegacy fail',
      'azure-storage-account-trusted-services-bypass stpostureprod pass',
      'azure-storage-account-trusted-services-bypass stpostureshares pass',
    ])
    const gap = mine.find((f) => f.checkId === 'azure-keyvault-key-expiry-set' && f.status === 'error')!
    expect(gap.message).toBe(
      `Could not list azure.keyvault.key in global: keyvault:keys.list(kv-posture-legacy) failed (AuthorizationFailed (HTTP 403)).`,
    )
    expect(mine.find((f) => f.checkId === 'azure-storage-account-blob-soft-delete' && f.status === 'error')!.message).toMatch(
      /^Could not be evaluated: data not collected: blob service properties \(storage:blobServices\.getServiceProperties: AuthorizationFailed/,
    )

    // The forbidden subscription: one error per service, and every check of the group is ERROR there, never PASS.
    const other = c.errors.filter((e) => e.account === OTHER_SUBSCRIPTION)
    expect(other.map((e) => `${e.service} ${e.api} ${e.resourceTypes.join(',')}`).sort()).toEqual([
      'keyvault vaults.listBySubscription azure.keyvault.vault,azure.keyvault.key,azure.keyvault.secret',
      'storage storageAccounts.list azure.storage.account',
    ])
    const otherFindings = findings.filter((f) => f.resource.account === OTHER_SUBSCRIPTION)
    expect(otherFindings.map((f) => f.status).every((s) => s === 'error')).toBe(true)
    expect([...new Set(otherFindings.map((f) => f.checkId))].sort()).toEqual([...CHECK_IDS].sort())
    expect(ofType(c, T.storageAccount)).toHaveLength(4)
  }, 60_000) // loading the check registry imports every check module: allow for a cold start
})
