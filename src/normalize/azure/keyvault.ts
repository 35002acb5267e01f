import type { Resource } from '../../core/resource.js'
import type { DiagnosticSettingRaw, KeyRaw, KeyVaultRaw, KeyVaultsRaw, SecretRaw } from '../../collect/azure/keyvault.js'
import { iso, maybe } from '../common.js'
import { isUnknown } from '../../core/unknown.js'
import { azureRelation, azureResource, resourceGroupOf, type AzureNormalizeScope } from './helpers.js'
import { networkRulesOf } from './storage.js'
import {
  AZURE_STORAGE_TYPES,
  type KeyVaultAttributes,
  type KeyVaultDiagnosticSetting,
  type KeyVaultKeyAttributes,
  type KeyVaultSecretAttributes,
} from './types-storage.js'

/** Seconds since the epoch (how Resource Manager reports key times) as an ISO string. */
function fromEpoch(seconds: number | undefined | null): string | null {
  return typeof seconds === 'number' && seconds > 0 ? new Date(seconds * 1000).toISOString() : null
}

/** A diagnostic setting: its destinations and the log categories (or category groups) it enables. */
function diagnosticOf(s: DiagnosticSettingRaw): KeyVaultDiagnosticSetting {
  const extra = s as { marketplacePartnerId?: string }
  const destinations = [s.workspaceId, s.storageAccountId, s.eventHubAuthorizationRuleId, extra.marketplacePartnerId].filter(
    (d): d is string => typeof d === 'string' && d !== '',
  )
  const enabledLogs = (s.logs ?? [])
    .filter((l) => l.enabled)
    .map((l) => l.categoryGroup ?? l.category ?? '')
    .filter((c) => c !== '')
  return { name: s.name ?? '', destinations, enabledLogs }
}

/** The vault's typed attributes, with the documented defaults for properties the API omits. */
function vaultAttributes(raw: KeyVaultRaw): KeyVaultAttributes {
  const v = raw.vault
  const p = v.properties
  // An unset enableSoftDelete is a vault created before soft delete was switched on by default: it is off
  // (https://learn.microsoft.com/en-us/azure/key-vault/general/soft-delete-overview).
  const softDelete = p.enableSoftDelete === true
  const diagnostics = maybe(raw.diagnostics, 'keyvault:diagnosticSettings.list')
  return {
    resourceGroup: resourceGroupOf(v.id!),
    vaultUri: p.vaultUri ?? null,
    sku: p.sku?.name ?? 'standard',
    tenantId: p.tenantId ?? '',
    enableSoftDelete: softDelete,
    // 90 days is the retention when none was chosen (softDeleteRetentionInDays, Key Vault REST reference).
    softDeleteRetentionInDays: softDelete ? (p.softDeleteRetentionInDays ?? 90) : null,
    enablePurgeProtection: p.enablePurgeProtection === true,
    // "If null or not specified, the vault is created with the default value of false" (Key Vault REST reference).
    enableRbacAuthorization: p.enableRbacAuthorization === true,
    // Unset: the public endpoint is on and networkAcls decide.
    publicNetworkAccess: p.publicNetworkAccess ?? 'Enabled',
    networkAcls: networkRulesOf(p.networkAcls),
    accessPolicyCount: p.accessPolicies?.length ?? 0,
    diagnosticSettings: isUnknown(diagnostics) ? diagnostics : (diagnostics ?? []).map(diagnosticOf),
  }
}

/** Key attributes; an object whose `enabled` is not reported is enabled (Key Vault's default on create). */
function keyAttributes(k: KeyRaw, vaultName: string): KeyVaultKeyAttributes {
  const a = k.attributes
  const rotate = k.rotationPolicy
  return {
    vaultName,
    enabled: a?.enabled ?? true,
    expires: fromEpoch(a?.expires),
    notBefore: fromEpoch(a?.notBefore),
    created: fromEpoch(a?.created),
    updated: fromEpoch(a?.updated),
    keyType: k.kty ?? null,
    keySize: k.keySize ?? null,
    keyUri: k.keyUri ?? null,
    rotationPolicy: rotate
      ? {
          autoRotate: (rotate.lifetimeActions ?? []).some((l) => l.action?.type?.toLowerCase() === 'rotate'),
          expiryTime: rotate.attributes?.expiryTime ?? null,
        }
      : null,
  }
}

/** Secret attributes (the SDK already turns the epoch seconds of secrets into dates). */
function secretAttributes(s: SecretRaw, vaultName: string): KeyVaultSecretAttributes {
  const a = s.properties?.attributes
  return {
    vaultName,
    enabled: a?.enabled ?? true,
    expires: iso(a?.expires),
    notBefore: iso(a?.notBefore),
    created: iso(a?.created),
    updated: iso(a?.updated),
    contentType: s.properties?.contentType ?? null,
    secretUri: s.properties?.secretUri ?? null,
  }
}

/** One vault → the vault, its keys and its secrets (keys and secrets 'in-vault' → vault). */
function vaultResources(raw: KeyVaultRaw, scope: AzureNormalizeScope): Resource[] {
  const v = raw.vault
  const vaultName = v.name!
  const inVault = () => [azureRelation('in-vault', v.id!)]
  const vault = azureResource<KeyVaultAttributes>({
    id: v.id!,
    type: AZURE_STORAGE_TYPES.keyVault,
    subscription: scope.subscription,
    name: vaultName,
    location: v.location,
    tags: v.tags,
    attributes: vaultAttributes(raw),
  })
  const keys = (raw.keys.ok ? raw.keys.value : [])
    .filter((k) => !!k.id)
    .map((k) =>
      azureResource<KeyVaultKeyAttributes>({
        id: k.id!,
        type: AZURE_STORAGE_TYPES.keyVaultKey,
        subscription: scope.subscription,
        name: k.name,
        location: v.location,
        tags: k.tags,
        attributes: keyAttributes(k, vaultName),
        relations: inVault(),
      }),
    )
  const secrets = (raw.secrets.ok ? raw.secrets.value : [])
    .filter((s) => !!s.id)
    .map((s) =>
      azureResource<KeyVaultSecretAttributes>({
        id: s.id!,
        type: AZURE_STORAGE_TYPES.keyVaultSecret,
        subscription: scope.subscription,
        name: s.name,
        location: v.location,
        tags: s.tags,
        attributes: secretAttributes(s, vaultName),
        relations: inVault(),
      }),
    )
  return [vault, ...keys, ...secrets]
}

/** Key Vault raw data → azure.keyvault.vault, azure.keyvault.key and azure.keyvault.secret resources. */
export function normalizeKeyVault(raw: KeyVaultsRaw, scope: AzureNormalizeScope): Resource[] {
  return raw.vaults.flatMap((v) => vaultResources(v, scope))
}
