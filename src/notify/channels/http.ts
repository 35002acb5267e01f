/**
 * HTTP for the channels: one request with a timeout, its failure classified as retryable (network error, timeout, 5xx,
 * 408, 429) or not (other 4xx), with the server's Retry-After honoured. Expected failures are values, never throws.
 */
import type { DeliveryResult } from '../types.js'

/** A completed HTTP exchange, or why it did not complete. */
export type HttpOutcome =
  | { ok: true; status: number; headers: Headers; text: string }
  | { ok: false; retryable: boolean; reason: string; retryAfterMs?: number; status?: number; text?: string }

/** Options of one request. */
export interface HttpRequest {
  method?: string
  headers?: Record<string, string>
  /** Sent as is (a string) or as JSON (anything else). */
  body?: unknown
  timeoutMs: number
  signal?: AbortSignal
}

/**
 * Milliseconds to wait from a Retry-After header: delay-seconds or an HTTP date (RFC 9110 §10.2.3); undefined when
 * absent or unreadable. Capped at one day so a hostile or broken server cannot park an alert forever.
 */
export function parseRetryAfter(value: string | null | undefined, now: Date = new Date()): number | undefined {
  if (!value) return undefined
  const trimmed = value.trim()
  const ms = /^\d+$/.test(trimmed) ? Number(trimmed) * 1000 : Date.parse(trimmed) - now.getTime()
  if (!Number.isFinite(ms)) return undefined
  return Math.min(Math.max(ms, 0), 86_400_000)
}

/** Whether an HTTP status is worth retrying: server errors, request timeout and rate limiting. */
export function isRetryableStatus(status: number): boolean {
  return status >= 500 || status === 408 || status === 429
}

/** The first line of a response body, shortened, for error messages (never the whole page). */
function snippet(text: string): string {
  const line = text.trim().split('\n')[0] ?? ''
  return line.length > 200 ? `${line.slice(0, 200)}…` : line
}

/** Why fetch failed, in one line (undici hides the socket error in `cause`). */
function networkReason(err: unknown): string {
  const e = err as { name?: string; message?: string; cause?: { code?: string; message?: string } }
  if (e.name === 'TimeoutError') return 'timed out'
  if (e.name === 'AbortError') return 'aborted'
  return e.cause?.code ? `${e.cause.code}${e.cause.message ? ` (${e.cause.message})` : ''}` : (e.message ?? String(err))
}

/** Sends one request; never throws for network or HTTP failures. */
export async function request(url: string, req: HttpRequest): Promise<HttpOutcome> {
  const timeout = AbortSignal.timeout(req.timeoutMs)
  const signal = req.signal ? AbortSignal.any([timeout, req.signal]) : timeout
  const isText = typeof req.body === 'string'
  const headers: Record<string, string> = { ...(req.body !== undefined && !isText ? { 'content-type': 'application/json' } : {}), ...req.headers }
  let res: Response
  let text: string
  try {
    res = await fetch(url, {
      method: req.method ?? 'POST',
      headers,
      body: req.body === undefined ? undefined : isText ? (req.body as string) : JSON.stringify(req.body),
      signal,
      redirect: 'error',
    })
    text = await res.text()
  } catch (err) {
    // Only the host: webhook URLs carry their secret in the path.
    const host = URL.canParse(url) ? new URL(url).host : 'invalid URL'
    return { ok: false, retryable: host !== 'invalid URL', reason: `${host}: ${networkReason(err)}` }
  }
  if (res.ok) return { ok: true, status: res.status, headers: res.headers, text }
  return {
    ok: false,
    retryable: isRetryableStatus(res.status),
    reason: `HTTP ${res.status}${text ? `: ${snippet(text)}` : ''}`,
    retryAfterMs: parseRetryAfter(res.headers.get('retry-after')),
    status: res.status,
    text,
  }
}

/** A request's outcome as a delivery result (success carries no ref). */
export function toDelivery(outcome: HttpOutcome): DeliveryResult {
  if (outcome.ok) return { ok: true }
  return {
    ok: false,
    retryable: outcome.retryable,
    reason: outcome.reason,
    ...(outcome.retryAfterMs !== undefined ? { retryAfterMs: outcome.retryAfterMs } : {}),
  }
}
