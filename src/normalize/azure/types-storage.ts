import type { Maybe } from '../../core/unknown.js'

/** Type ids of the storage group: storage accounts and Key Vault (vaults, keys, secrets). */
export const AZURE_STORAGE_TYPES = {
  storageAccount: 'azure.storage.account',
  keyVault: 'azure.keyvault.vault',
  keyVaultKey: 'azure.keyvault.key',
  keyVaultSecret: 'azure.keyvault.secret',
} as const

/** A resource firewall (`networkAcls` of storage accounts and of Key Vaults) with the service defaults applied. */
export interface StorageNetworkRuleSet {
  /** What happens to traffic no rule matches. */
  defaultAction: 'Allow' | 'Deny'
  /** Traffic let through regardless of the rules: 'AzureServices', 'Logging', 'Metrics'; [] for None. */
  bypass: string[]
  /** Allowed public IP addresses or CIDR ranges. */
  ipRules: string[]
  /** Allowed subnets (ARM ids, lower-cased). */
  virtualNetworkRules: string[]
}

/** A soft-delete policy (blob or container delete retention). */
export interface StorageDeleteRetention {
  enabled: boolean
  /** Retention in days; null when disabled or not stated. */
  days: number | null
}

/** The account's Blob service settings (blobServices/default). */
export interface StorageBlobServiceSettings {
  blobSoftDelete: StorageDeleteRetention
  containerSoftDelete: StorageDeleteRetention
  versioning: boolean
}

/** Server-side encryption of the account. */
export interface StorageEncryption {
  /** Microsoft.Storage = Microsoft-managed keys; Microsoft.Keyvault = customer-managed key in Key Vault. */
  keySource: 'Microsoft.Storage' | 'Microsoft.Keyvault'
  /** Vault URI of the customer-managed key (https://<vault>.vault.azure.net); null with Microsoft-managed keys. */
  keyVaultUri: string | null
  keyName: string | null
  /** Pinned key version; null when the account follows the key's latest version (auto-rotation). */
  keyVersion: string | null
}

/**
 * azure.storage.account — uid = ARM id (lower-cased). Relation 'encrypted-by' → the Key Vault key
 * (`.../vaults/<v>/keys/<k>`) when a customer-managed key in a vault of the subscription is used.
 */
export interface StorageAccountAttributes {
  resourceGroup: string
  /** StorageV2, Storage, BlobStorage, BlockBlobStorage, FileStorage. */
  kind: string
  sku: string
  creationTime: string | null
  /** supportsHttpsTrafficOnly. */
  httpsOnly: boolean
  /** TLS1_0, TLS1_1, TLS1_2, TLS1_3. */
  minimumTlsVersion: string
  /** Whether containers may be made anonymously readable. */
  allowBlobPublicAccess: boolean
  /** Whether account keys (Shared Key, and SAS signed with them) authorize requests. */
  allowSharedKeyAccess: boolean
  /** Enabled, Disabled or SecuredByPerimeter. */
  publicNetworkAccess: string
  networkRuleSet: StorageNetworkRuleSet
  requireInfrastructureEncryption: boolean
  encryption: StorageEncryption
  /** Key rotation reminder period (keyPolicy); null when no key expiration policy is set. */
  keyExpirationPeriodInDays: number | null
  /** When each access key was last (re)generated; null when not reported. */
  keyCreationTime: { key1: string | null; key2: string | null }
  /** From blobServices/default; null for accounts without a Blob service (FileStorage). */
  blobService: Maybe<StorageBlobServiceSettings | null>
}

/** One diagnostic setting of a resource: where it sends data and which log categories it enables. */
export interface KeyVaultDiagnosticSetting {
  name: string
  /** ARM ids of the destinations (Log Analytics workspace, storage account, event hub rule, partner solution). */
  destinations: string[]
  /** Enabled log categories and category groups (e.g. 'AuditEvent', 'audit', 'allLogs'). */
  enabledLogs: string[]
}

/** azure.keyvault.vault — uid = ARM id (lower-cased). */
export interface KeyVaultAttributes {
  resourceGroup: string
  vaultUri: string | null
  /** standard or premium. */
  sku: string
  tenantId: string
  enableSoftDelete: boolean
  /** Days deleted objects stay recoverable; null when soft delete is off. */
  softDeleteRetentionInDays: number | null
  enablePurgeProtection: boolean
  /** True: data-plane access by Azure RBAC; false: by vault access policies. */
  enableRbacAuthorization: boolean
  /** Enabled or Disabled (private endpoints and trusted services only). */
  publicNetworkAccess: string
  networkAcls: StorageNetworkRuleSet
  /** Number of access policy entries (ignored when RBAC authorization is on). */
  accessPolicyCount: number
  /** Diagnostic settings of the vault (Azure Monitor). */
  diagnosticSettings: Maybe<KeyVaultDiagnosticSetting[]>
}

/** What keys and secrets share: the object attributes Key Vault manages. */
export interface KeyVaultObjectAttributes {
  vaultName: string
  enabled: boolean
  /** Expiry (exp); null when none is set. */
  expires: string | null
  /** Not-before (nbf); null when none is set. */
  notBefore: string | null
  created: string | null
  updated: string | null
}

/** azure.keyvault.key — uid = ARM id of the key (`.../vaults/<v>/keys/<k>`). Relation 'in-vault' → the vault. */
export interface KeyVaultKeyAttributes extends KeyVaultObjectAttributes {
  /** RSA, RSA-HSM, EC, EC-HSM, oct-HSM; null when not reported. */
  keyType: string | null
  keySize: number | null
  keyUri: string | null
  /** The key's rotation policy as ARM reports it; null when none is set. */
  rotationPolicy: { autoRotate: boolean; expiryTime: string | null } | null
}

/** azure.keyvault.secret — uid = ARM id of the secret (`.../vaults/<v>/secrets/<s>`). Relation 'in-vault' → the vault. */
export interface KeyVaultSecretAttributes extends KeyVaultObjectAttributes {
  contentType: string | null
  secretUri: string | null
}
