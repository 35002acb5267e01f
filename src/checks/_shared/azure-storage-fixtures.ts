/** Test fixtures for Azure storage and Key Vault checks: hardened resources that each test loosens one setting of. */
import type { Resource } from '../../core/resource.js'
import {
  AZURE_STORAGE_TYPES,
  type KeyVaultAttributes,
  type KeyVaultKeyAttributes,
  type KeyVaultSecretAttributes,
  type StorageAccountAttributes,
} from '../../normalize/azure/types-storage.js'
import { azureFixture, AZURE_TEST_SUBSCRIPTION } from './testing.js'

/** Name of the fixture vault that keys and secrets belong to. */
export const FIXTURE_VAULT = 'kv-posture-prod'

/** ARM id (lower-cased) of the fixture vault. */
export const FIXTURE_VAULT_UID = `/subscriptions/${AZURE_TEST_SUBSCRIPTION}/resourcegroups/rg-test/providers/microsoft.keyvault/vaults/${FIXTURE_VAULT}`

/** A storage account with every checked setting hardened (HTTPS, TLS 1.2, no anonymous or key access, private, CMK). */
export function storageAccountFixture(attrs: Partial<StorageAccountAttributes> = {}, name = 'stpostureprod'): Resource<StorageAccountAttributes> {
  const attributes: StorageAccountAttributes = {
    resourceGroup: 'rg-test',
    kind: 'StorageV2',
    sku: 'Standard_ZRS',
    creationTime: '2025-02-03T10:00:00.000Z',
    httpsOnly: true,
    minimumTlsVersion: 'TLS1_2',
    allowBlobPublicAccess: false,
    allowSharedKeyAccess: false,
    publicNetworkAccess: 'Disabled',
    networkRuleSet: { defaultAction: 'Deny', bypass: ['AzureServices'], ipRules: [], virtualNetworkRules: [] },
    requireInfrastructureEncryption: true,
    encryption: {
      keySource: 'Microsoft.Keyvault',
      keyVaultUri: `https://${FIXTURE_VAULT}.vault.azure.net`,
      keyName: 'cmk-storage',
      keyVersion: null,
    },
    keyExpirationPeriodInDays: 90,
    keyCreationTime: { key1: '2026-04-01T00:00:00.000Z', key2: '2026-04-01T00:00:00.000Z' },
    blobService: {
      blobSoftDelete: { enabled: true, days: 14 },
      containerSoftDelete: { enabled: true, days: 14 },
      versioning: true,
    },
    ...attrs,
  }
  return azureFixture(AZURE_STORAGE_TYPES.storageAccount, attributes, { name, armType: 'Microsoft.Storage/storageAccounts' })
}

/** A Key Vault with soft delete, purge protection, RBAC, no public endpoint and audit logging to a workspace. */
export function keyVaultFixture(attrs: Partial<KeyVaultAttributes> = {}, name = FIXTURE_VAULT): Resource<KeyVaultAttributes> {
  const attributes: KeyVaultAttributes = {
    resourceGroup: 'rg-test',
    vaultUri: `https://${name}.vault.azure.net/`,
    sku: 'standard',
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
        name: 'to-law',
        destinations: [`/subscriptions/${AZURE_TEST_SUBSCRIPTION}/resourcegroups/rg-logs/providers/microsoft.operationalinsights/workspaces/law-sec`],
        enabledLogs: ['audit'],
      },
    ],
    ...attrs,
  }
  return azureFixture(AZURE_STORAGE_TYPES.keyVault, attributes, { name, armType: 'Microsoft.KeyVault/vaults' })
}

/** The vault relation every fixture key and secret carries. */
const IN_VAULT = { kind: 'in-vault', target: FIXTURE_VAULT_UID }

/** An enabled key of the fixture vault that expires at the end of 2026. */
export function keyVaultKeyFixture(attrs: Partial<KeyVaultKeyAttributes> = {}, name = 'cmk-storage'): Resource<KeyVaultKeyAttributes> {
  const attributes: KeyVaultKeyAttributes = {
    vaultName: FIXTURE_VAULT,
    enabled: true,
    expires: '2026-12-31T00:00:00.000Z',
    notBefore: null,
    created: '2025-12-31T00:00:00.000Z',
    updated: '2025-12-31T00:00:00.000Z',
    keyType: 'RSA',
    keySize: 3072,
    keyUri: `https://${FIXTURE_VAULT}.vault.azure.net/keys/${name}`,
    rotationPolicy: null,
    ...attrs,
  }
  return azureFixture(AZURE_STORAGE_TYPES.keyVaultKey, attributes, {
    name,
    armType: `Microsoft.KeyVault/vaults/${FIXTURE_VAULT}/keys`,
    relations: [IN_VAULT],
  })
}

/** An enabled secret of the fixture vault that expires at the end of 2026. */
export function keyVaultSecretFixture(attrs: Partial<KeyVaultSecretAttributes> = {}, name = 'db-password'): Resource<KeyVaultSecretAttributes> {
  const attributes: KeyVaultSecretAttributes = {
    vaultName: FIXTURE_VAULT,
    enabled: true,
    expires: '2026-12-31T00:00:00.000Z',
    notBefore: null,
    created: '2025-12-31T00:00:00.000Z',
    updated: '2025-12-31T00:00:00.000Z',
    contentType: 'text/plain',
    secretUri: `https://${FIXTURE_VAULT}.vault.azure.net/secrets/${name}`,
    ...attrs,
  }
  return azureFixture(AZURE_STORAGE_TYPES.keyVaultSecret, attributes, {
    name,
    armType: `Microsoft.KeyVault/vaults/${FIXTURE_VAULT}/secrets`,
    relations: [IN_VAULT],
  })
}
