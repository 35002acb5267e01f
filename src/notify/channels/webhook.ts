/**
 * Generic JSON webhook: the alert as is, signed so a receiver can check it came from Posture and was not replayed.
 * The signature follows the scheme Stripe and Slack use: HMAC-SHA256 over `${timestamp}.${rawBody}`, sent as
 * `x-posture-signature: v1=<hex>` with the timestamp in `x-posture-timestamp` (unix seconds).
 */
import { createHmac, timingSafeEqual } from 'node:crypto'
import { VERSION } from '../../core/version.js'
import type { Alert, Channel, DeliveryResult, WebhookConfig } from '../types.js'
import { request, toDelivery } from './http.js'

/** The JSON body of a webhook delivery (`version` changes only on breaking changes). */
export interface WebhookBody {
  type: 'posture.alert'
  version: 1
  /** Unique per (alert, channel), stable across retries: receivers deduplicate on it. */
  deliveryId: string
  alert: Alert
}

/** Version prefix of the signature; a future scheme gets a new one, so receivers can tell them apart. */
const SIGNATURE_VERSION = 'v1'
/** Headers Posture sets itself; configured headers cannot replace them. */
const OWN_HEADERS = ['content-type', 'user-agent', 'x-posture-delivery', 'x-posture-event', 'x-posture-timestamp', 'x-posture-signature']

/** The body of one delivery. */
export function webhookBody(alert: Alert, deliveryId: string): WebhookBody {
  return { type: 'posture.alert', version: 1, deliveryId, alert }
}

/** The `x-posture-signature` value for a body sent at `timestamp` (unix seconds): `v1=` + hex HMAC-SHA256. */
export function signWebhook(secret: string, timestamp: number | string, body: string | Buffer): string {
  const mac = createHmac('sha256', secret).update(`${timestamp}.`).update(body).digest('hex')
  return `${SIGNATURE_VERSION}=${mac}`
}

/** What a receiver has: its secret, the two headers, and the raw body exactly as received (before any JSON parsing). */
export interface VerifyWebhookInput {
  secret: string
  /** The `x-posture-timestamp` header. */
  timestamp: string | number | undefined
  body: string | Buffer
  /** The `x-posture-signature` header. */
  signature: string | undefined
  /** Largest accepted clock difference, either way (default 300 s), so a captured request cannot be replayed later. */
  toleranceSeconds?: number
  now?: Date
}

/**
 * Receiver side: true only when the signature is a v1 HMAC of this exact body and timestamp under `secret` and the
 * timestamp is within tolerance. Compares in constant time so the signature cannot be guessed byte by byte.
 */
export function verifyWebhookSignature({
  secret,
  timestamp,
  body,
  signature,
  toleranceSeconds = 300,
  now = new Date(),
}: VerifyWebhookInput): boolean {
  const ts = String(timestamp ?? '')
  if (!/^\d{1,12}$/.test(ts) || !signature) return false
  if (Math.abs(now.getTime() / 1000 - Number(ts)) > toleranceSeconds) return false
  const prefix = `${SIGNATURE_VERSION}=`
  if (!signature.startsWith(prefix)) return false
  const given = signature.slice(prefix.length)
  if (!/^[0-9a-f]{64}$/i.test(given)) return false
  const expected = Buffer.from(signWebhook(secret, ts, body).slice(prefix.length), 'hex')
  return timingSafeEqual(Buffer.from(given, 'hex'), expected)
}

/** Configured headers minus the ones Posture owns (compared case-insensitively, as HTTP does). */
function extraHeaders(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers).filter(([k]) => !OWN_HEADERS.includes(k.toLowerCase()) && !k.toLowerCase().startsWith('x-posture-')),
  )
}

/** The headers of one delivery of `rawBody` at `now`. */
export function webhookHeaders(
  config: Pick<WebhookConfig, 'secret' | 'headers'>,
  alert: Alert,
  deliveryId: string,
  rawBody: string,
  now: Date,
): Record<string, string> {
  const timestamp = Math.floor(now.getTime() / 1000)
  return {
    ...extraHeaders(config.headers),
    'content-type': 'application/json',
    'user-agent': `posture/${VERSION}`,
    'x-posture-delivery': deliveryId,
    'x-posture-event': alert.kind === 'finding' ? alert.event : alert.kind,
    'x-posture-timestamp': String(timestamp),
    'x-posture-signature': signWebhook(config.secret, timestamp, rawBody),
  }
}

/** A webhook channel: any 2xx is delivered; 4xx (410 Gone included) is permanent; 408, 429 and 5xx are retried. */
export function createWebhookChannel(config: WebhookConfig): Channel {
  return {
    name: config.name,
    type: 'webhook',
    async send(alert, ctx): Promise<DeliveryResult> {
      // Config validation rejects bad URLs at start-up; this keeps send() from throwing (and from echoing the URL).
      if (!URL.canParse(config.url)) return { ok: false, retryable: false, reason: 'invalid webhook URL' }
      // Serialise once: the signature covers these exact bytes, so the body must be sent as this string.
      const rawBody = JSON.stringify(webhookBody(alert, ctx.deliveryId))
      const headers = webhookHeaders(config, alert, ctx.deliveryId, rawBody, ctx.now())
      return toDelivery(await request(config.url, { body: rawBody, headers, timeoutMs: config.timeoutMs, signal: ctx.signal }))
    },
  }
}
