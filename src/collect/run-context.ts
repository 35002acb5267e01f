import type { CollectionError, Provider } from '../core/resource.js'
import { describeError } from '../core/errors.js'
import type { CallOptions, CallResult, CollectContext } from './collector.js'
import type { LimiterPool } from './limiter.js'

/** Shared state of one collection run: limits, timeout, recorded errors and call statistics. */
export interface RunState {
  limiters: LimiterPool
  callTimeoutMs: number
  errors: CollectionError[]
  stats: { calls: number; failedCalls: number }
  /** Regions in scope for the scan. */
  regions: readonly string[]
}

/** Error code of an SDK (or network) error, e.g. 'AccessDenied', 'ECONNREFUSED', 'TimeoutError'. */
export function errorCode(err: unknown): string {
  const e = err as { name?: string; Code?: string; code?: string; $metadata?: { httpStatusCode?: number } }
  if (e?.name === 'AbortError') return 'TimeoutError'
  const cloud = cloudErrorCode(err)
  if (cloud) return cloud
  return e?.Code ?? (e?.name && e.name !== 'Error' ? e.name : undefined) ?? e?.code ?? 'UnknownError'
}

/**
 * Code of an Azure SDK RestError (`AuthorizationFailed`, `SubscriptionNotFound`, ...) or of a Google API error: the
 * ErrorInfo reason when given (`SERVICE_DISABLED`, `IAM_PERMISSION_DENIED`), else the RPC status (`PERMISSION_DENIED`).
 */
export function cloudErrorCode(err: unknown): string | undefined {
  const e = err as {
    name?: string
    code?: unknown
    statusCode?: number
    status?: number
    response?: { status?: number; data?: { error?: { status?: string; details?: { reason?: string }[]; errors?: { reason?: string }[] } } }
  }
  if (e?.name === 'RestError') return typeof e.code === 'string' && e.code ? e.code : e.statusCode ? `HTTP${e.statusCode}` : undefined
  const g = e?.response?.data?.error
  if (g && typeof g === 'object') return g.details?.find((d) => d.reason)?.reason ?? g.status ?? g.errors?.[0]?.reason ?? `HTTP${e.response?.status}`
  return undefined
}

/** Runs `fn` with an AbortSignal that fires after `ms`. */
async function withTimeout<T>(ms: number, fn: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const ac = new AbortController()
  const timer = setTimeout(() => ac.abort(new Error(`call timed out after ${ms} ms`)), ms)
  try {
    return await fn(ac.signal)
  } finally {
    clearTimeout(timer)
  }
}

/**
 * Error codes that mean "this service holds nothing here" for every list of a provider: Azure answers
 * MissingSubscriptionRegistration (409) when the subscription never registered the resource provider, and Google
 * SERVICE_DISABLED when the project never enabled the API; neither can hold resources of that service.
 */
const EMPTY_LIST_CODES: Record<Provider, readonly string[]> = {
  aws: [],
  azure: ['MissingSubscriptionRegistration'],
  gcp: ['SERVICE_DISABLED'],
}

/** Builds the CollectContext for one (provider, account, service, region). */
export function makeCollectContext(state: RunState, provider: Provider, account: string, service: string, region: string): CollectContext {
  // A global service (IAM, S3 listing, CloudFront) answers for the whole account through one unit, where a regional
  // one gets a limiter per region: give it twice the per-unit limit so its per-resource calls are not the critical path.
  const limiter = state.limiters.get(`${service}:${region}`, region === 'global' ? state.limiters.max * 2 : state.limiters.max)
  const record = (api: string, reason: string, options: CallOptions = {}): void => {
    state.errors.push({
      provider,
      account,
      service,
      region,
      api,
      reason,
      resourceTypes: [...(options.affects ?? [])],
      ...(options.resource ? { resource: options.resource } : {}),
    })
  }
  const fail = (api: string, err: unknown, options?: CallOptions): { ok: false; reason: string; code: string } => {
    const code = errorCode(err)
    const timedOut = code === 'TimeoutError'
    const reason = timedOut ? `timed out after ${state.callTimeoutMs} ms` : describeError(err)
    state.stats.failedCalls++
    record(api, reason, options)
    return { ok: false, reason, code }
  }
  return {
    provider,
    account,
    region,
    regions: state.regions,
    service,
    async call<T>(api: string, fn: (signal: AbortSignal) => Promise<T>, options: CallOptions = {}): Promise<CallResult<T | null>> {
      try {
        const value = await limiter.run(() => withTimeout(state.callTimeoutMs, fn))
        return { ok: true, value }
      } catch (err) {
        if (options.absentOn?.includes(errorCode(err))) return { ok: true, value: null }
        return fail(api, err, options)
      }
    },
    async paginate<P, T>(
      api: string,
      pages: (signal: AbortSignal) => AsyncIterable<P>,
      pick: (page: P) => T[] | undefined,
      options: CallOptions = {},
    ): Promise<CallResult<T[]>> {
      try {
        const items = await limiter.run(() =>
          withTimeout(state.callTimeoutMs * 10, async (signal) => {
            const acc: T[] = []
            for await (const page of pages(signal)) acc.push(...(pick(page) ?? []))
            return acc
          }),
        )
        return { ok: true, value: items }
      } catch (err) {
        // e.g. Google's SERVICE_DISABLED: the service holds nothing here, so the list is empty, not unknown.
        const code = errorCode(err)
        if (options.absentOn?.includes(code) || EMPTY_LIST_CODES[provider].includes(code)) return { ok: true, value: [] }
        return fail(api, err, options)
      }
    },
    recordError(error) {
      state.errors.push({ provider, account, service, ...error, region: error.region ?? region })
    },
  }
}
