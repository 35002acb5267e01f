import type { CollectionError, Provider } from '../core/resource.js'

/** The outcome of one cloud API call: a value, or the reason it failed (already recorded as a CollectionError). */
export type CallResult<T> = { ok: true; value: T } | { ok: false; reason: string; code: string }

/** Options for one call through the runner. */
export interface CallOptions {
  /** Resource types whose inventory is incomplete if this call fails (list calls). */
  affects?: readonly string[]
  /** Set for per-resource calls: a failure leaves only this resource's attribute Unknown. */
  resource?: string
  /** Error codes meaning "not configured" (e.g. NoSuchBucketPolicy, Google's SERVICE_DISABLED): a call yields `null`, a list `[]`, not an error. */
  absentOn?: readonly string[]
}

/** What every collector gets: where it runs and a call wrapper that applies limits, timeouts and bookkeeping. */
export interface CollectContext {
  provider: Provider
  account: string
  region: string
  /** Every region in the scan (global collectors use it to skip resources located elsewhere, e.g. S3 buckets). */
  regions: readonly string[]
  service: string
  /** Runs `fn` under the runner's concurrency limit and timeout; records failures; never throws for API errors. */
  call<T>(api: string, fn: (signal: AbortSignal) => Promise<T>, options?: CallOptions): Promise<CallResult<T | null>>
  /** Drains an SDK paginator under one api name; partial pages are discarded on failure. */
  paginate<P, T>(
    api: string,
    pages: (signal: AbortSignal) => AsyncIterable<P>,
    pick: (page: P) => T[] | undefined,
    options?: CallOptions,
  ): Promise<CallResult<T[]>>
  /** Records an error found without a failed call (e.g. an unparsable document). */
  recordError(error: Omit<CollectionError, 'provider' | 'account' | 'service' | 'region'> & { region?: string }): void
}

/**
 * A collector: one service's discovery for one account and region (or 'global'). It returns the raw API
 * shapes; normalizers turn them into resources. Collectors never decide pass or fail.
 */
export interface Collector<Client, Raw> {
  service: string
  scope: 'global' | 'regional'
  produces: readonly string[]
  collect(ctx: CollectContext, clients: Client): Promise<Raw>
}
