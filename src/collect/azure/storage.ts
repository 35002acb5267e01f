import { StorageManagementClient, type BlobServiceProperties, type StorageAccount } from '@azure/arm-storage'
import { KeyVaultManagementClient } from '@azure/arm-keyvault'
import { mapLimit } from '../limiter.js'
import type { CallResult } from '../collector.js'
import type { AzureCollector } from './module.js'

/** One storage account as storageAccounts.list returns it, with its Blob service properties. */
export interface StorageAccountRaw {
  account: StorageAccount
  /** blobServices/default; null when the account kind has no Blob service (FileStorage), so it was not asked. */
  blobService: CallResult<BlobServiceProperties | null> | null
}

/** A Key Vault of the subscription, by vault URI: resolves customer-managed key URIs to ARM ids. */
export interface VaultRef {
  id: string
  vaultUri: string
}

/** Raw storage data of one subscription. */
export interface StorageRaw {
  accounts: StorageAccountRaw[]
  /** The subscription's vaults, listed only when some account uses a customer-managed key; null when not needed. */
  vaults: CallResult<VaultRef[]> | null
}

const ACCOUNT = 'azure.storage.account'

/** The resource group in an ARM id (storage calls are addressed by group and name). */
function groupOf(id: string): string {
  return /\/resourceGroups\/([^/]+)/i.exec(id)?.[1] ?? ''
}

/** Premium file share accounts have no Blob service: asking would only answer an error. */
function hasBlobService(a: StorageAccount): boolean {
  return (a.kind ?? '').toLowerCase() !== 'filestorage'
}

/** True when the account encrypts with a customer-managed key in Key Vault. */
function usesCustomerKey(a: StorageAccount): boolean {
  return (a.encryption?.keySource ?? '').toLowerCase() === 'microsoft.keyvault'
}

/**
 * Storage accounts of a subscription (one paged list) with each account's Blob service properties (soft delete,
 * versioning) as a per-account call, plus the subscription's vault URIs when a customer-managed key needs resolving.
 */
export const storageCollector: AzureCollector<StorageRaw> = {
  service: 'storage',
  scope: 'global',
  produces: [ACCOUNT],
  async collect(ctx, session) {
    const client = session.client(StorageManagementClient, ctx.account)
    const list = await ctx.paginate(
      'storageAccounts.list',
      (abortSignal) => client.storageAccounts.list({ abortSignal }).byPage(),
      (page) => page,
      { affects: [ACCOUNT] },
    )
    const listed = list.ok ? list.value.filter((a) => !!a.id && !!a.name) : []
    const accounts = await mapLimit(listed, 8, async (account): Promise<StorageAccountRaw> => {
      if (!hasBlobService(account)) return { account, blobService: null }
      const blobService = await ctx.call(
        'blobServices.getServiceProperties',
        (abortSignal) => client.blobServices.getServiceProperties(groupOf(account.id!), account.name!, { abortSignal }),
        { resource: account.id!.toLowerCase() },
      )
      return { account, blobService }
    })
    let vaults: CallResult<VaultRef[]> | null = null
    if (listed.some(usesCustomerKey)) {
      const kv = session.client(KeyVaultManagementClient, ctx.account)
      // Only the 'encrypted-by' relation depends on this list, so a failure marks no type incomplete.
      vaults = await ctx.paginate(
        'vaults.listBySubscription',
        (abortSignal) => kv.vaults.listBySubscription({ abortSignal }).byPage(),
        (page) => page.filter((v) => !!v.id && !!v.properties?.vaultUri).map((v) => ({ id: v.id!, vaultUri: v.properties.vaultUri! })),
      )
    }
    return { accounts, vaults }
  },
}
