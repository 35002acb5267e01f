import type { Resource } from '../core/resource.js'
import { AzureSession, resolveSubscriptions, type AzureSessionOptions, type AzureSubscription } from '../collect/azure/session.js'
import { AZURE_CORE, type AzureSubscriptionAttributes } from '../normalize/azure/types.js'
import { azureResource } from '../normalize/azure/helpers.js'
import type { AzureServiceModule } from './azure-module.js'
import { AZURE_MODULES } from './azure-modules.js'
import type { CloudCollection } from './collection.js'
import { collectAccounts, type AccountRunOptions } from './account-units.js'

/** Options of an Azure collection run. */
export interface AzureCollectOptions extends AzureSessionOptions, AccountRunOptions {
  /** Subscription ids to scan (`--subscriptions`); default every readable subscription the credentials see. */
  subscriptions?: readonly string[]
  /** The modules to run (tests run one service group); default every Azure module. */
  modules?: readonly AzureServiceModule[]
}

/** The azure.subscription resource of a scanned subscription. */
function subscriptionResource(s: AzureSubscription): Resource<AzureSubscriptionAttributes> {
  return azureResource<AzureSubscriptionAttributes>({
    id: `/subscriptions/${s.subscriptionId}`,
    type: AZURE_CORE.subscription,
    subscription: s.subscriptionId,
    name: s.displayName,
    attributes: { subscriptionId: s.subscriptionId, displayName: s.displayName, state: s.state, tenantId: s.tenantId },
  })
}

/**
 * Collects Azure: sign in, list the subscriptions the credentials see (or check the named ones), then run every
 * service module for every subscription with bounded concurrency. A subscription the identity may not read yields
 * collection errors for each service (so its checks report ERROR), and the other subscriptions are still scanned.
 */
export async function collectAzure(options: AzureCollectOptions = {}): Promise<CloudCollection> {
  const started = Date.now()
  const session = new AzureSession(options)
  await session.signIn()
  const subscriptions = resolveSubscriptions(options.subscriptions, await session.subscriptions())
  return collectAccounts({
    provider: 'azure',
    session,
    started,
    accounts: subscriptions.map((s) => ({ id: s.subscriptionId, scope: { subscription: s.subscriptionId } })),
    accountResources: subscriptions.map(subscriptionResource),
    modules: options.modules ?? AZURE_MODULES,
    options,
  })
}
