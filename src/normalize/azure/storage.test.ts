import { describe, expect, it } from 'vitest'
import type { Resource } from '../../core/resource.js'
import type { StorageAccountRaw, StorageRaw } from '../../collect/azure/storage.js'
import { networkRulesOf, normalizeStorage } from './storage.js'
import type { StorageAccountAttributes } from './types-storage.js'

const SUB = '00000000-0000-0000-0000-000000000001'
const ID = `/subscriptions/${SUB}/resourceGroups/rg-data/providers/Microsoft.Storage/storageAccounts/stdata`
const VAULT_ID = `/subscriptions/${SUB}/resourceGroups/rg-sec/providers/Microsoft.KeyVault/vaults/kv-data`

/** A storage account as the SDK returns it after deserializing (properties flattened). */
function raw(
  account: Partial<StorageAccountRaw['account']>,
  blobService: StorageAccountRaw['blobService'] = { ok: true, value: {} },
): StorageAccountRaw {
  return { account: { id: ID, name: 'stdata', location: 'East US', ...account }, blobService }
}

function normalize(accounts: StorageAccountRaw[], vaults: StorageRaw['vaults'] = null): Resource<StorageAccountAttributes>[] {
  return normalizeStorage({ accounts, vaults }, { subscription: SUB }) as Resource<StorageAccountAttributes>[]
}

describe('normalizeStorage', () => {
  it('applies the documented defaults for properties the API omits', () => {
    const [r] = normalize([raw({})])
    expect(r!.uid).toBe(ID.toLowerCase())
    expect(r!.region).toBe('eastus')
    expect(r!.account).toBe(SUB)
    expect(r!.attributes).toEqual<StorageAccountAttributes>({
      resourceGroup: 'rg-data',
      kind: 'StorageV2',
      sku: '',
      creationTime: null,
      httpsOnly: true,
      minimumTlsVersion: 'TLS1_0',
      allowBlobPublicAccess: true,
      allowSharedKeyAccess: true,
      publicNetworkAccess: 'Enabled',
      networkRuleSet: { defaultAction: 'Allow', bypass: ['AzureServices'], ipRules: [], virtualNetworkRules: [] },
      requireInfrastructureEncryption: false,
      encryption: { keySource: 'Microsoft.Storage', keyVaultUri: null, keyName: null, keyVersion: null },
      keyExpirationPeriodInDays: null,
      keyCreationTime: { key1: null, key2: null },
      blobService: { blobSoftDelete: { enabled: false, days: null }, containerSoftDelete: { enabled: false, days: null }, versioning: false },
    })
  })

  it('keeps explicit settings', () => {
    const [r] = normalize([
      raw(
        {
          enableHttpsTrafficOnly: false,
          minimumTlsVersion: 'TLS1_2',
          allowBlobPublicAccess: false,
          allowSharedKeyAccess: false,
          publicNetworkAccess: 'Disabled',
          keyPolicy: { keyExpirationPeriodInDays: 60 },
          keyCreationTime: { key1: new Date('2026-01-01T00:00:00Z') },
          encryption: { keySource: 'Microsoft.Storage', requireInfrastructureEncryption: true },
        },
        {
          ok: true,
          value: { deleteRetentionPolicy: { enabled: true, days: 7 }, containerDeleteRetentionPolicy: { enabled: true }, isVersioningEnabled: true },
        },
      ),
    ])
    expect(r!.attributes).toMatchObject({
      httpsOnly: false,
      minimumTlsVersion: 'TLS1_2',
      allowBlobPublicAccess: false,
      allowSharedKeyAccess: false,
      publicNetworkAccess: 'Disabled',
      keyExpirationPeriodInDays: 60,
      keyCreationTime: { key1: '2026-01-01T00:00:00.000Z', key2: null },
      requireInfrastructureEncryption: true,
      blobService: { blobSoftDelete: { enabled: true, days: 7 }, containerSoftDelete: { enabled: true, days: null }, versioning: true },
    })
  })

  it('leaves only the Blob service Unknown when its call failed, and null for accounts without one', () => {
    const [failed, files] = normalize([
      raw({}, { ok: false, reason: 'AuthorizationFailed (HTTP 403)', code: 'AuthorizationFailed' }),
      raw({ id: `${ID}files`, name: 'stdatafiles', kind: 'FileStorage' }, null),
    ])
    expect(failed!.attributes.blobService).toEqual({ $unknown: 'storage:blobServices.getServiceProperties: AuthorizationFailed (HTTP 403)' })
    expect(failed!.attributes.httpsOnly).toBe(true)
    expect(files!.attributes.blobService).toBeNull()
  })

  it('relates a customer-managed key to its key in a vault of the subscription', () => {
    const encryption = {
      keySource: 'Microsoft.Keyvault',
      keyVaultProperties: { keyVaultUri: 'https://KV-DATA.vault.azure.net:443/', keyName: 'cmk', keyVersion: '' },
    }
    const vaults = { ok: true as const, value: [{ id: VAULT_ID, vaultUri: 'https://kv-data.vault.azure.net/' }] }
    const [r] = normalize([raw({ encryption })], vaults)
    expect(r!.attributes.encryption).toEqual({
      keySource: 'Microsoft.Keyvault',
      keyVaultUri: 'https://KV-DATA.vault.azure.net:443/',
      keyName: 'cmk',
      keyVersion: null,
    })
    expect(r!.relations).toEqual([{ kind: 'encrypted-by', target: `${VAULT_ID}/keys/cmk`.toLowerCase() }])
    // A vault outside the subscription, or a failed vault list, leaves the key unresolved: no relation, same attributes.
    expect(normalize([raw({ encryption })], { ok: true, value: [] })[0]!.relations).toEqual([])
    expect(normalize([raw({ encryption })], { ok: false, reason: 'AuthorizationFailed', code: 'AuthorizationFailed' })[0]!.relations).toEqual([])
  })
})

describe('networkRulesOf', () => {
  it.each([
    { name: 'absent', acls: undefined, expected: { defaultAction: 'Allow', bypass: ['AzureServices'], ipRules: [], virtualNetworkRules: [] } },
    {
      name: 'storage shape',
      acls: {
        defaultAction: 'Deny',
        bypass: 'Logging, Metrics',
        ipRules: [{ iPAddressOrRange: '203.0.113.7' }],
        virtualNetworkRules: [{ virtualNetworkResourceId: '/A/B' }],
      },
      expected: { defaultAction: 'Deny', bypass: ['Logging', 'Metrics'], ipRules: ['203.0.113.7'], virtualNetworkRules: ['/a/b'] },
    },
    {
      name: 'Key Vault shape, bypass None',
      acls: { defaultAction: 'Deny', bypass: 'None', ipRules: [{ value: '198.51.100.0/24' }], virtualNetworkRules: [{ id: '/S/N' }] },
      expected: { defaultAction: 'Deny', bypass: [], ipRules: ['198.51.100.0/24'], virtualNetworkRules: ['/s/n'] },
    },
  ])('$name', ({ acls, expected }) => {
    expect(networkRulesOf(acls)).toEqual(expected)
  })
})
