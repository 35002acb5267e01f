/**
 * The collection loop Azure and Google Cloud share: every service module once per subscription or project (region
 * 'global': their lists are account-wide), with bounded concurrency, then one CloudCollection.
 */
import type { CollectionError, Provider, Resource } from '../core/resource.js'
import { describeError } from '../core/errors.js'
import type { Collector } from '../collect/collector.js'
import { LimiterPool, mapLimit } from '../collect/limiter.js'
import { makeCollectContext, type RunState } from '../collect/run-context.js'
import type { ProgressEvent } from './aws.js'
import type { CloudCollection } from './collection.js'

/** A collector paired with its normalizer, whatever the session and normalize scope. */
export interface AccountModule<Session, Scope> {
  collector: Collector<Session, unknown>
  normalize(raw: unknown, scope: Scope): Resource[]
}

/** Limits and hooks of a per-account collection run. */
export interface AccountRunOptions {
  /** Restrict to these services (by collector service name). */
  services?: readonly string[]
  /** Concurrent calls per (service, account); default 4. */
  perServiceConcurrency?: number
  /** Collection units run at once; default 8. */
  unitConcurrency?: number
  /** Overall timeout of one call in ms (retries included); default 60 s. */
  callTimeoutMs?: number
  onProgress?: (e: ProgressEvent) => void
}

/** Runs one module for one account, normalizing what it collected; a collector that throws marks its types incomplete. */
async function runUnit<Session, Scope>(
  m: AccountModule<Session, Scope>,
  session: Session,
  state: RunState,
  provider: Provider,
  account: string,
  scope: Scope,
  onProgress?: (e: ProgressEvent) => void,
): Promise<Resource[]> {
  const service = m.collector.service
  const ctx = makeCollectContext(state, provider, account, service, 'global')
  onProgress?.({ service, region: account, phase: 'start' })
  const before = state.errors.length
  let resources: Resource[] = []
  try {
    resources = m.normalize(await m.collector.collect(ctx, session), scope)
  } catch (err) {
    // A collector bug must not stop the scan, and must not look like "nothing there": mark its types incomplete.
    ctx.recordError({ api: '(collector)', reason: `collector failed: ${describeError(err)}`, resourceTypes: [...m.collector.produces] })
  }
  onProgress?.({ service, region: account, phase: 'done', resources: resources.length, errors: state.errors.length - before })
  return resources
}

/**
 * Runs every module for every account and assembles the collection; `accountResources` are the runner's own
 * resources (azure.subscription, gcp.project) placed first.
 */
export async function collectAccounts<Session extends { apiCalls: number }, Scope>(input: {
  provider: Provider
  session: Session
  started: number
  accounts: readonly { id: string; scope: Scope }[]
  accountResources: Resource[]
  modules: readonly AccountModule<Session, Scope>[]
  options: AccountRunOptions
}): Promise<CloudCollection> {
  const { provider, session, options } = input
  const state: RunState = {
    limiters: new LimiterPool(options.perServiceConcurrency ?? 4),
    callTimeoutMs: options.callTimeoutMs ?? 60_000,
    errors: [] as CollectionError[],
    stats: { calls: 0, failedCalls: 0 },
    regions: ['global'],
  }
  const modules = input.modules.filter((m) => !options.services || options.services.includes(m.collector.service))
  const units = input.accounts.flatMap((a) => modules.map((m) => ({ m, a })))
  const results = await mapLimit(units, options.unitConcurrency ?? 8, (u) =>
    runUnit(u.m, session, state, provider, u.a.id, u.a.scope, options.onProgress),
  )
  const resources = [...input.accountResources, ...results.flat()]
  return {
    provider,
    accounts: input.accounts.map((a) => a.id),
    regions: [...new Set(resources.map((r) => r.region).filter((r) => r !== 'global'))].sort(),
    resources,
    errors: state.errors,
    stats: { apiCalls: session.apiCalls, failedCalls: state.stats.failedCalls, durationMs: Date.now() - input.started },
    startedAt: new Date(input.started).toISOString(),
    finishedAt: new Date().toISOString(),
  }
}
