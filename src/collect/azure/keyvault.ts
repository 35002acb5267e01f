import { KeyVaultManagementClient, type Key, type Secret, type Vault } from '@azure/arm-keyvault'
import { MonitorClient, type DiagnosticSettingsResource } from '@azure/arm-monitor'
import { mapLimit } from '../limiter.js'
import type { CallResult, CollectContext } from '../collector.js'
import type { AzureCollector } from './module.js'
import type { AzureSession } from './session.js'

/** A diagnostic setting as Azure Monitor returns it (logs may carry `categoryGroup`, which the 2017 model omits). */
export type DiagnosticSettingRaw = Omit<DiagnosticSettingsResource, 'logs'> & {
  logs?: { category?: string; categoryGroup?: string; enabled: boolean }[]
}

/** A key as Resource Manager lists it (attributes and key properties, never key material). */
export type KeyRaw = Key
/** A secret as Resource Manager lists it (attributes only: Resource Manager never returns values). */
export type SecretRaw = Secret

/** One vault with its keys, secrets (metadata only, through Resource Manager) and diagnostic settings. */
export interface KeyVaultRaw {
  vault: Vault
  /** keys.list; a failure leaves the subscription's key inventory incomplete (recorded against the key type). */
  keys: CallResult<Key[]>
  secrets: CallResult<Secret[]>
  diagnostics: CallResult<DiagnosticSettingRaw[] | null>
}

/** Raw Key Vault data of one subscription. */
export interface KeyVaultsRaw {
  vaults: KeyVaultRaw[]
}

const VAULT = 'azure.keyvault.vault'
const KEY = 'azure.keyvault.key'
const SECRET = 'azure.keyvault.secret'

/** The resource group in an ARM id (vault objects are addressed by group and vault name). */
function groupOf(id: string): string {
  return /\/resourceGroups\/([^/]+)/i.exec(id)?.[1] ?? ''
}

/** Keys, secrets and diagnostic settings of one vault, each its own call. */
async function describeVault(ctx: CollectContext, session: AzureSession, vault: Vault): Promise<KeyVaultRaw> {
  const kv = session.client(KeyVaultManagementClient, ctx.account)
  const monitor = session.client(MonitorClient, ctx.account)
  const group = groupOf(vault.id!)
  const name = vault.name!
  const [keys, secrets, diagnostics] = await Promise.all([
    // A vault whose objects cannot be listed is a gap in the key (secret) inventory: those checks must not pass it by.
    // The api label names the vault, so the ERROR finding says which one could not be read.
    ctx.paginate(
      `keys.list(${name})`,
      (abortSignal) => kv.keys.list(group, name, { abortSignal }).byPage(),
      (page) => page,
      { affects: [KEY] },
    ),
    ctx.paginate(
      `secrets.list(${name})`,
      (abortSignal) => kv.secrets.list(group, name, { abortSignal }).byPage(),
      (page) => page,
      { affects: [SECRET] },
    ),
    ctx.call(
      'diagnosticSettings.list',
      // The operation's path is `/{resourceUri}/providers/...`: the resource id goes in without its leading slash.
      async (abortSignal) =>
        ((await monitor.diagnosticSettings.list(vault.id!.replace(/^\/+/, ''), { abortSignal })).value ?? []) as DiagnosticSettingRaw[],
      { resource: vault.id!.toLowerCase() },
    ),
  ])
  return { vault, keys, secrets, diagnostics }
}

/**
 * Key Vaults of a subscription (Resource Manager list) with, per vault, the keys and secrets Resource Manager lists
 * (attributes only, never values) and the vault's diagnostic settings from Azure Monitor.
 */
export const keyVaultCollector: AzureCollector<KeyVaultsRaw> = {
  service: 'keyvault',
  scope: 'global',
  produces: [VAULT, KEY, SECRET],
  async collect(ctx, session) {
    const kv = session.client(KeyVaultManagementClient, ctx.account)
    // Keys and secrets live in vaults: when the vault list fails, their inventories are incomplete too.
    const list = await ctx.paginate(
      'vaults.listBySubscription',
      (abortSignal) => kv.vaults.listBySubscription({ abortSignal }).byPage(),
      (page) => page,
      { affects: [VAULT, KEY, SECRET] },
    )
    const listed = list.ok ? list.value.filter((v) => !!v.id && !!v.name) : []
    return { vaults: await mapLimit(listed, 4, (vault) => describeVault(ctx, session, vault)) }
  },
}
