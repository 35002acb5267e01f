import type { Relation, Resource } from '../../core/resource.js'
import type { StorageAccountRaw, StorageRaw, VaultRef } from '../../collect/azure/storage.js'
import { iso, maybe } from '../common.js'
import { isUnknown } from '../../core/unknown.js'
import { azureRelation, azureResource, resourceGroupOf, type AzureNormalizeScope } from './helpers.js'
import {
  AZURE_STORAGE_TYPES,
  type StorageAccountAttributes,
  type StorageBlobServiceSettings,
  type StorageDeleteRetention,
  type StorageEncryption,
  type StorageNetworkRuleSet,
} from './types-storage.js'

/** A firewall as the storage and Key Vault APIs return it (both name it networkAcls). */
export interface NetworkAclsRaw {
  defaultAction?: string
  bypass?: string
  ipRules?: { iPAddressOrRange?: string; value?: string }[]
  virtualNetworkRules?: { virtualNetworkResourceId?: string; id?: string }[]
}

/**
 * Firewall rules with the defaults of an account or vault that reports none: no networkAcls means every network is
 * allowed, and the bypass defaults to AzureServices
 * (https://learn.microsoft.com/en-us/azure/storage/common/storage-network-security#change-the-default-network-access-rule).
 */
export function networkRulesOf(acls: NetworkAclsRaw | undefined | null): StorageNetworkRuleSet {
  const bypass = (acls?.bypass ?? 'AzureServices')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '' && s.toLowerCase() !== 'none')
  return {
    defaultAction: acls?.defaultAction?.toLowerCase() === 'deny' ? 'Deny' : 'Allow',
    bypass,
    // Storage names the address iPAddressOrRange, Key Vault names it value.
    ipRules: (acls?.ipRules ?? []).map((r) => r.iPAddressOrRange ?? r.value ?? '').filter((s) => s !== ''),
    virtualNetworkRules: (acls?.virtualNetworkRules ?? [])
      .map((r) => (r.virtualNetworkResourceId ?? r.id ?? '').toLowerCase())
      .filter((s) => s !== ''),
  }
}

/** A delete retention policy; one the API leaves out is off (soft delete is opt-in on the Blob service). */
function retentionOf(p: { enabled?: boolean; days?: number } | undefined): StorageDeleteRetention {
  const enabled = p?.enabled === true
  return { enabled, days: enabled ? (p?.days ?? null) : null }
}

/** The account's Blob service settings; null when it has none (the collector did not ask). */
function blobServiceOf(raw: StorageAccountRaw): StorageAccountAttributes['blobService'] {
  if (raw.blobService === null) return null
  const props = maybe(raw.blobService, 'storage:blobServices.getServiceProperties')
  if (isUnknown(props)) return props
  const settings: StorageBlobServiceSettings = {
    blobSoftDelete: retentionOf(props?.deleteRetentionPolicy),
    containerSoftDelete: retentionOf(props?.containerDeleteRetentionPolicy),
    versioning: props?.isVersioningEnabled === true,
  }
  return settings
}

/** Encryption settings; Microsoft-managed keys (Microsoft.Storage) are the default key source. */
function encryptionOf(raw: StorageAccountRaw): StorageEncryption {
  const e = raw.account.encryption
  const cmk = (e?.keySource ?? '').toLowerCase() === 'microsoft.keyvault'
  const kv = e?.keyVaultProperties
  return {
    keySource: cmk ? 'Microsoft.Keyvault' : 'Microsoft.Storage',
    keyVaultUri: cmk ? (kv?.keyVaultUri ?? null) : null,
    keyName: cmk ? (kv?.keyName ?? null) : null,
    keyVersion: cmk && kv?.keyVersion ? kv.keyVersion : null,
  }
}

/** The account's typed attributes, with the documented defaults for properties the API omits. */
function accountAttributes(raw: StorageAccountRaw): StorageAccountAttributes {
  const a = raw.account
  return {
    resourceGroup: resourceGroupOf(a.id!),
    kind: a.kind ?? 'StorageV2',
    sku: a.sku?.name ?? '',
    creationTime: iso(a.creationTime),
    // Secure transfer has defaulted to on since api-version 2019-04-01 (https://learn.microsoft.com/en-us/azure/storage/common/storage-require-secure-transfer).
    httpsOnly: a.enableHttpsTrafficOnly ?? true,
    // No minimumTlsVersion means TLS 1.0 is accepted ("The default interpretation is TLS 1.0 for this property", Storage RP REST reference).
    minimumTlsVersion: a.minimumTlsVersion ?? 'TLS1_0',
    // The documented default differs by api-version: "true" up to 2022-09-01, "false" from 2023-01-01 (Storage RP REST
    // reference). Accounts created since November 2023 report false explicitly, so an unset value marks an older account,
    // and "the storage account permits anonymous access when the property value is either null or true"
    // (https://learn.microsoft.com/en-us/azure/storage/blobs/anonymous-read-access-prevent).
    allowBlobPublicAccess: a.allowBlobPublicAccess ?? true,
    // "The default value is null, which is equivalent to true" (Storage RP REST reference, allowSharedKeyAccess).
    allowSharedKeyAccess: a.allowSharedKeyAccess ?? true,
    // Unset: the public endpoint is on and the firewall rules (networkAcls) decide.
    publicNetworkAccess: a.publicNetworkAccess ?? 'Enabled',
    networkRuleSet: networkRulesOf(a.networkRuleSet),
    requireInfrastructureEncryption: a.encryption?.requireInfrastructureEncryption ?? false,
    encryption: encryptionOf(raw),
    keyExpirationPeriodInDays: a.keyPolicy?.keyExpirationPeriodInDays ?? null,
    keyCreationTime: { key1: iso(a.keyCreationTime?.key1), key2: iso(a.keyCreationTime?.key2) },
    blobService: blobServiceOf(raw),
  }
}

/** The ARM id of the customer-managed key, when its vault is one of the subscription's. */
function customerKeyId(enc: StorageEncryption, vaults: VaultRef[]): string | undefined {
  if (enc.keySource !== 'Microsoft.Keyvault' || !enc.keyVaultUri || !enc.keyName) return undefined
  const host = (u: string): string => {
    try {
      return new URL(u).hostname.toLowerCase()
    } catch {
      return ''
    }
  }
  const vault = vaults.find((v) => host(v.vaultUri) === host(enc.keyVaultUri!))
  return vault ? `${vault.id}/keys/${enc.keyName}` : undefined
}

/** Storage raw data → azure.storage.account resources. */
export function normalizeStorage(raw: StorageRaw, scope: AzureNormalizeScope): Resource[] {
  const vaults = raw.vaults?.ok ? raw.vaults.value : []
  return raw.accounts.map((r) => {
    const attributes = accountAttributes(r)
    const relations: Relation[] = []
    const keyId = customerKeyId(attributes.encryption, vaults)
    if (keyId) relations.push(azureRelation('encrypted-by', keyId))
    return azureResource<StorageAccountAttributes>({
      id: r.account.id!,
      type: AZURE_STORAGE_TYPES.storageAccount,
      subscription: scope.subscription,
      name: r.account.name,
      location: r.account.location,
      tags: r.account.tags,
      attributes,
      relations,
    })
  })
}
