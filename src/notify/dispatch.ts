/**
 * Delivers the outbox: claims due entries, sends each through its channel in order, and records the outcome. Retryable
 * failures back off exponentially (at least the server's Retry-After) until the retry policy's age limit; rejected ones
 * fail at once and stay visible in `posture alerts status`. Nothing here throws for a delivery problem, and a channel
 * that is down never holds up another.
 */
import { describeError } from '../core/errors.js'
import type { OutboxEntry, Store } from '../store/types.js'
import type { Alert, Channel, ChannelConfig, DeliveryResult, RetryPolicy } from './types.js'

/** What a delivery pass needs. */
export interface DispatchOptions {
  store: Store
  /** Channels that can deliver now, by name; entries of other channels stay queued untouched. */
  channels: ReadonlyMap<string, Channel>
  configs: ReadonlyMap<string, ChannelConfig>
  retry: RetryPolicy
  now?: () => Date
  /** Stop claiming new entries after this time (entries already claimed are finished). */
  deadline?: Date
  /** How long a claim holds (default 2 min, longer than any channel timeout). */
  leaseMs?: number
  batch?: number
  log?: (line: string) => void
}

/** What one pass did. */
export interface DispatchSummary {
  delivered: number
  /** Failed this time, to be retried later. */
  retrying: number
  /** Given up (rejected, or retried past the age limit). */
  failed: number
  /** Put back untried: rate limit, or the channel already failed in this pass. */
  deferred: number
}

/** Backoff before attempt `attempts + 1`: base × 2^(attempts − 1), capped. */
export function backoffMs(attempts: number, retry: RetryPolicy): number {
  return Math.min(retry.maxMs, retry.baseMs * 2 ** Math.max(0, attempts - 1))
}

/** Sends one entry; a channel that throws is a retryable failure, not a crash. */
async function attempt(channel: Channel, entry: OutboxEntry, now: () => Date): Promise<DeliveryResult> {
  try {
    return await channel.send(entry.payload as Alert, { deliveryId: entry.key, attempt: entry.attempts + 1, now })
  } catch (err) {
    return { ok: false, retryable: true, reason: `channel error: ${describeError(err)}` }
  }
}

/** Records a failed attempt: back off, or give up when rejected or too old. */
async function recordFailure(
  o: DispatchOptions,
  entry: OutboxEntry,
  result: Extract<DeliveryResult, { ok: false }>,
  now: Date,
  sum: DispatchSummary,
) {
  const attempts = entry.attempts + 1
  const age = now.getTime() - Date.parse(entry.createdAt)
  if (!result.retryable || age >= o.retry.maxAgeMs) {
    const why = result.retryable ? `gave up after ${attempts} attempt(s) over ${Math.round(age / 60_000)} min: ${result.reason}` : result.reason
    await o.store.completeAlert(entry.id, { status: 'failed', at: now.toISOString(), error: why })
    o.log?.(`alert ${entry.key} to ${entry.channel} failed: ${why}`)
    sum.failed++
    return
  }
  const wait = Math.max(result.retryAfterMs ?? 0, backoffMs(attempts, o.retry))
  const next = new Date(now.getTime() + wait).toISOString()
  await o.store.completeAlert(entry.id, { status: 'pending', nextAttemptAt: next, error: result.reason })
  o.log?.(`alert ${entry.key} to ${entry.channel}: ${result.reason}; retry at ${next}`)
  sum.retrying++
}

/** Whether the channel's rate limit allows one more delivery now; if not, when to try again. */
async function rateLimited(o: DispatchOptions, config: ChannelConfig | undefined, now: Date): Promise<Date | undefined> {
  const limit = config?.rateLimit
  if (!limit) return undefined
  const sent = await o.store.countDelivered(config.name, new Date(now.getTime() - limit.perMs).toISOString())
  return sent >= limit.count ? new Date(now.getTime() + Math.max(1_000, Math.ceil(limit.perMs / limit.count))) : undefined
}

/** Delivers one channel's claimed entries in order; after a retryable failure or the rate limit, the rest wait. */
async function deliverChannel(o: DispatchOptions, name: string, entries: OutboxEntry[], sum: DispatchSummary): Promise<void> {
  const now = o.now ?? (() => new Date())
  const channel = o.channels.get(name)!
  let holdUntil: Date | undefined
  for (const entry of entries) {
    holdUntil ??= await rateLimited(o, o.configs.get(name), now())
    if (holdUntil) {
      await o.store.deferAlert(entry.id, holdUntil.toISOString())
      sum.deferred++
      continue
    }
    const result = await attempt(channel, entry, now)
    const at = now()
    if (result.ok) {
      await o.store.completeAlert(entry.id, { status: 'delivered', at: at.toISOString(), ...(result.ref ? { ref: result.ref } : {}) })
      sum.delivered++
      continue
    }
    await recordFailure(o, entry, result, at, sum)
    // The channel is failing: do not spend a timeout on every other entry of this pass; they keep their order.
    if (result.retryable) holdUntil = new Date(at.getTime() + backoffMs(1, o.retry))
  }
}

/**
 * One delivery pass: claims due entries of the available channels batch by batch until none is due (or the deadline),
 * delivering channels in parallel and each channel's entries in order. Returns what it did.
 */
export async function deliverDue(o: DispatchOptions): Promise<DispatchSummary> {
  const now = o.now ?? (() => new Date())
  const sum: DispatchSummary = { delivered: 0, retrying: 0, failed: 0, deferred: 0 }
  const names = [...o.channels.keys()]
  if (names.length === 0) return sum
  for (;;) {
    if (o.deadline && now() >= o.deadline) break
    const at = now()
    const claimed = await o.store.claimAlerts({
      now: at.toISOString(),
      leaseUntil: new Date(at.getTime() + (o.leaseMs ?? 120_000)).toISOString(),
      limit: o.batch ?? 100,
      channels: names,
    })
    if (claimed.length === 0) break
    const byChannel = new Map<string, OutboxEntry[]>()
    for (const e of claimed) {
      const list = byChannel.get(e.channel)
      if (list) list.push(e)
      else byChannel.set(e.channel, [e])
    }
    await Promise.all([...byChannel].map(([name, entries]) => deliverChannel(o, name, entries, sum)))
  }
  return sum
}
