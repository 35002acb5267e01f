import type { CollectionError, Resource } from '../core/resource.js'
import { describeError } from '../core/errors.js'
import { LimiterPool, mapLimit } from '../collect/limiter.js'
import { makeCollectContext, type RunState } from '../collect/run-context.js'
import { AzureSession, resolveSubscriptions, type AzureSessionOptions, type AzureSubscription } from '../collect/azure/session.js'
import { AZURE_CORE, type AzureSubscriptionAttributes } from '../normalize/azure/types.js'
import { azureResource } from '../normalize/azure/helpers.js'
import type { AzureServiceModule } from './azure-module.js'
import { AZURE_MODULES } from './azure-modules.js'
import type { ProgressEvent } from './aws.js'
import type { CloudCollection } from './collection.js'

/** Options of an Azure collection run. */
export interface AzureCollectOptions extends AzureSessionOptions {
  /** Subscription ids to scan (`--subscriptions`); default every readable subscription the credentials see. */
  subscriptions?: readonly string[]
  /** Restrict to these services (by collector service name). */
  services?: readonly string[]
  /** The modules to run (tests run one service group); default every Azure module. */
  modules?: readonly AzureServiceModule[]
  /** Concurrent calls per (service, subscription); default 4. */
  perServiceConcurrency?: number
  /** Collection units run at once; default 8. */
  unitConcurrency?: number
  /** Overall timeout of one call in ms (retries included); default 60 s. */
  callTimeoutMs?: number
  onProgress?: (e: ProgressEvent) => void
}

/** Runs one module for one subscription, normalizing what it collected. */
async function runModule(
  m: AzureServiceModule,
  session: AzureSession,
  state: RunState,
  sub: string,
  onProgress?: (e: ProgressEvent) => void,
): Promise<Resource[]> {
  const service = m.collector.service
  const ctx = makeCollectContext(state, 'azure', sub, service, 'global')
  onProgress?.({ service, region: sub, phase: 'start' })
  const before = state.errors.length
  let resources: Resource[] = []
  try {
    const raw = await m.collector.collect(ctx, session)
    resources = m.normalize(raw, { subscription: sub })
  } catch (err) {
    // A collector bug must not stop the scan, and must not look like "nothing there": mark its types incomplete.
    ctx.recordError({ api: '(collector)', reason: `collector failed: ${describeError(err)}`, resourceTypes: [...m.collector.produces] })
  }
  onProgress?.({ service, region: sub, phase: 'done', resources: resources.length, errors: state.errors.length - before })
  return resources
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
  const ids = subscriptions.map((s) => s.subscriptionId)
  const state: RunState = {
    limiters: new LimiterPool(options.perServiceConcurrency ?? 4),
    callTimeoutMs: options.callTimeoutMs ?? 60_000,
    errors: [] as CollectionError[],
    stats: { calls: 0, failedCalls: 0 },
    regions: ['global'],
  }
  const modules = (options.modules ?? AZURE_MODULES).filter((m) => !options.services || options.services.includes(m.collector.service))
  const units = ids.flatMap((sub) => modules.map((m) => ({ m, sub })))
  const results = await mapLimit(units, options.unitConcurrency ?? 8, (u) => runModule(u.m, session, state, u.sub, options.onProgress))
  const resources = [...subscriptions.map(subscriptionResource), ...results.flat()]
  return {
    provider: 'azure',
    accounts: ids,
    regions: [...new Set(resources.map((r) => r.region).filter((r) => r !== 'global'))].sort(),
    resources,
    errors: state.errors,
    stats: { apiCalls: session.apiCalls, failedCalls: state.stats.failedCalls, durationMs: Date.now() - started },
    startedAt: new Date(started).toISOString(),
    finishedAt: new Date().toISOString(),
  }
}
