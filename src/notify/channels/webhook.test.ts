import { createServer } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { VERSION } from '../../core/version.js'
import { type RecordedRequest, type StandIn, type StandInResponse, startStandIn } from '../../../test/support/stand-in-server.js'
import { sampleDigest, sampleFindingAlert, sampleOverflow } from '../sample.js'
import type { Alert, DeliveryContext, WebhookConfig } from '../types.js'
import { createWebhookChannel, signWebhook, verifyWebhookSignature, webhookBody } from './webhook.js'

const SECRET = 'whsec-0123456789abcdef'
const AT = new Date('2026-03-01T12:00:00.000Z')
const TS = String(AT.getTime() / 1000)
const ctx = (deliveryId = 'delivery-1'): DeliveryContext => ({ deliveryId, attempt: 1, now: () => AT })

function header(req: RecordedRequest, name: string): string | undefined {
  const v = req.headers[name]
  return Array.isArray(v) ? v.join(', ') : v
}

/** A receiver as the docs tell users to write one: verify the raw body against the headers before parsing it. */
function receiver(req: RecordedRequest): StandInResponse {
  const ok = verifyWebhookSignature({
    secret: SECRET,
    timestamp: header(req, 'x-posture-timestamp'),
    body: req.body,
    signature: header(req, 'x-posture-signature'),
    now: AT,
  })
  return ok ? { status: 202 } : { status: 401, body: 'bad signature' }
}

function config(url: string, over: Partial<WebhookConfig> = {}): WebhookConfig {
  return {
    name: 'hook',
    type: 'webhook',
    mode: 'immediate',
    digestTop: 10,
    cap: null,
    rateLimit: null,
    timeoutMs: 5000,
    url,
    secret: SECRET,
    headers: {},
    ...over,
  }
}

describe('webhookBody', () => {
  it('wraps the alert as is, with type, version and delivery id', () => {
    const alert = sampleFindingAlert('new', AT)
    expect(webhookBody(alert, 'd-7')).toEqual({ type: 'posture.alert', version: 1, deliveryId: 'd-7', alert })
  })
})

describe('signWebhook and verifyWebhookSignature', () => {
  const body = '{"type":"posture.alert"}'
  const signature = signWebhook(SECRET, TS, body)

  it('signs HMAC-SHA256 over "<timestamp>.<body>" as v1=<hex>', () => {
    // Computed independently: printf '%s' '1772366400.{"type":"posture.alert"}' | openssl dgst -sha256 -hmac whsec-0123456789abcdef
    expect(TS).toBe('1772366400')
    expect(signature).toBe('v1=50c6ea18dc14d713d0a2c8e582dc50e959a4ce66e2227cd24e4dd212b84e49d7')
    expect(signWebhook(SECRET, Number(TS), Buffer.from(body))).toBe(signature)
  })

  const table: { name: string; over: Partial<Parameters<typeof verifyWebhookSignature>[0]>; expected: boolean }[] = [
    { name: 'the genuine signature', over: {}, expected: true },
    { name: 'a raw Buffer body', over: { body: Buffer.from(body) }, expected: true },
    { name: 'a timestamp 299 s old', over: { now: new Date(AT.getTime() + 299_000) }, expected: true },
    { name: 'a tampered body', over: { body: body.replace('alert', 'alerT') }, expected: false },
    { name: 'a re-serialised body', over: { body: JSON.stringify(JSON.parse(body), null, 2) }, expected: false },
    { name: 'the wrong secret', over: { secret: 'whsec-other' }, expected: false },
    { name: 'a stale timestamp (301 s)', over: { now: new Date(AT.getTime() + 301_000) }, expected: false },
    { name: 'a timestamp from the future', over: { now: new Date(AT.getTime() - 301_000) }, expected: false },
    { name: 'a custom tolerance', over: { now: new Date(AT.getTime() + 301_000), toleranceSeconds: 600 }, expected: true },
    { name: 'another timestamp than signed', over: { timestamp: String(Number(TS) + 1) }, expected: false },
    { name: 'a missing timestamp', over: { timestamp: undefined }, expected: false },
    { name: 'a non-numeric timestamp', over: { timestamp: '1e9' }, expected: false },
    { name: 'a missing signature', over: { signature: undefined }, expected: false },
    { name: 'a wrong version prefix', over: { signature: signature.replace('v1=', 'v0=') }, expected: false },
    { name: 'no version prefix', over: { signature: signature.slice(3) }, expected: false },
    { name: 'a truncated signature', over: { signature: signature.slice(0, -2) }, expected: false },
    { name: 'a longer signature', over: { signature: `${signature}00` }, expected: false },
    { name: 'a non-hex signature', over: { signature: `v1=${'z'.repeat(64)}` }, expected: false },
  ]
  it.each(table)('$name → $expected', ({ over, expected }) => {
    expect(verifyWebhookSignature({ secret: SECRET, timestamp: TS, body, signature, now: AT, ...over })).toBe(expected)
  })
})

describe('webhook channel against a stand-in receiver', () => {
  let hook: StandIn
  let silent: StandIn
  beforeAll(async () => {
    hook = await startStandIn(receiver)
    silent = await startStandIn(() => new Promise<StandInResponse>(() => undefined))
  })
  afterAll(async () => {
    await Promise.all([hook.close(), silent.close()])
  })

  const kinds: { name: string; alert: Alert; event: string }[] = [
    { name: 'a new finding', alert: sampleFindingAlert('new', AT), event: 'new' },
    { name: 'a resolved finding', alert: sampleFindingAlert('resolved', AT), event: 'resolved' },
    { name: 'a digest', alert: sampleDigest(AT), event: 'digest' },
    { name: 'an overflow notice', alert: sampleOverflow(AT), event: 'overflow' },
  ]
  it.each(kinds)('delivers $name with the exact body and headers, and the receiver verifies it', async ({ alert, event }) => {
    const result = await createWebhookChannel(config(`${hook.url}/hooks/posture`)).send(alert, ctx('delivery-9'))
    expect(result).toEqual({ ok: true })
    const req = hook.requests.at(-1)!
    expect(req).toMatchObject({ method: 'POST', path: '/hooks/posture', handled: true })
    expect(JSON.parse(req.body)).toEqual({
      type: 'posture.alert',
      version: 1,
      deliveryId: 'delivery-9',
      alert: JSON.parse(JSON.stringify(alert)) as unknown,
    })
    expect(header(req, 'content-type')).toBe('application/json')
    expect(header(req, 'user-agent')).toBe(`posture/${VERSION}`)
    expect(header(req, 'x-posture-delivery')).toBe('delivery-9')
    expect(header(req, 'x-posture-event')).toBe(event)
    expect(header(req, 'x-posture-timestamp')).toBe(TS)
    expect(header(req, 'x-posture-signature')).toBe(signWebhook(SECRET, TS, req.body))
  })

  it('sends configured headers but never lets them replace its own', async () => {
    const headers = { Authorization: 'Bearer abc', 'X-Posture-Signature': 'v1=forged', 'x-posture-event': 'forged', 'Content-Type': 'text/plain' }
    expect(await createWebhookChannel(config(`${hook.url}/hooks/posture`, { headers })).send(sampleFindingAlert('new', AT), ctx())).toEqual({
      ok: true,
    })
    const req = hook.requests.at(-1)!
    expect(header(req, 'authorization')).toBe('Bearer abc')
    expect(header(req, 'x-posture-signature')).toBe(signWebhook(SECRET, TS, req.body))
    expect(header(req, 'x-posture-event')).toBe('new')
    expect(header(req, 'content-type')).toBe('application/json')
  })

  it('is rejected by a receiver that holds another secret (401, not retried)', async () => {
    const result = await createWebhookChannel(config(`${hook.url}/hooks/posture`, { secret: 'whsec-wrong' })).send(
      sampleFindingAlert('new', AT),
      ctx(),
    )
    expect(result).toEqual({ ok: false, retryable: false, reason: 'HTTP 401: bad signature' })
  })

  const failures: { name: string; status: number; headers?: Record<string, string>; expected: object }[] = [
    { name: '429 with Retry-After', status: 429, headers: { 'retry-after': '12' }, expected: { ok: false, retryable: true, retryAfterMs: 12_000 } },
    { name: '500', status: 500, expected: { ok: false, retryable: true } },
    { name: '408', status: 408, expected: { ok: false, retryable: true } },
    { name: '400', status: 400, expected: { ok: false, retryable: false } },
    { name: '404', status: 404, expected: { ok: false, retryable: false } },
    { name: '410 Gone', status: 410, expected: { ok: false, retryable: false } },
  ]
  it.each(failures)('classifies $name', async ({ status, headers, expected }) => {
    hook.failNext(1, { status, body: 'nope', ...(headers ? { headers } : {}) })
    const result = await createWebhookChannel(config(`${hook.url}/hooks/posture`)).send(sampleFindingAlert('new', AT), ctx())
    expect(result).toMatchObject(expected)
    expect(JSON.stringify(result)).not.toContain(SECRET)
  })

  it('counts any 2xx as delivered', async () => {
    hook.failNext(1, { status: 204 })
    expect(await createWebhookChannel(config(`${hook.url}/hooks/posture`)).send(sampleFindingAlert('new', AT), ctx())).toEqual({ ok: true })
  })

  it('retries when the connection is refused', async () => {
    const closed = createServer()
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
    const port = (closed.address() as { port: number }).port
    await new Promise<void>((resolve) => closed.close(() => resolve()))
    const result = await createWebhookChannel(config(`http://127.0.0.1:${port}/hooks/token-in-path`)).send(sampleFindingAlert('new', AT), ctx())
    expect(result).toMatchObject({ ok: false, retryable: true })
    expect(JSON.stringify(result)).toContain('ECONNREFUSED')
    expect(JSON.stringify(result)).not.toContain('token-in-path')
  })

  it('retries when the receiver does not answer in time', async () => {
    const result = await createWebhookChannel(config(`${silent.url}/hooks/posture`, { timeoutMs: 200 })).send(sampleFindingAlert('new', AT), ctx())
    expect(result).toEqual({ ok: false, retryable: true, reason: expect.stringContaining('timed out') as string })
  })
})
