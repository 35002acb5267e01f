import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openStore } from '../store/open.js'
import type { NewOutboxEntry, Store } from '../store/types.js'
import { backoffMs, deliverDue, type DispatchOptions } from './dispatch.js'
import { sampleFindingAlert } from './sample.js'
import type { Alert, Channel, ChannelConfig, DeliveryResult, RetryPolicy } from './types.js'

const dir = mkdtempSync(join(tmpdir(), 'posture-dispatch-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
let n = 0
let store: Store
beforeEach(async () => void (store = await openStore(join(dir, `s${++n}.db`))))
afterEach(() => store.close())

const T0 = new Date('2026-11-22T10:00:00.000Z')
const RETRY: RetryPolicy = { baseMs: 30_000, maxMs: 15 * 60_000, maxAgeMs: 24 * 3_600_000 }
const at = (ms: number) => new Date(T0.getTime() + ms)

/** A channel that answers from a script (one result per call, the last repeating) and records what it was sent. */
function scripted(name: string, results: (DeliveryResult | Error)[]): Channel & { sent: string[] } {
  const sent: string[] = []
  let i = 0
  return {
    name,
    type: 'webhook',
    sent,
    send(alert: Alert) {
      sent.push(alert.kind === 'finding' ? alert.finding.fingerprint : alert.kind)
      const r = results[Math.min(i++, results.length - 1)]!
      return r instanceof Error ? Promise.reject(r) : Promise.resolve(r)
    },
  }
}

const configOf = (name: string, over: Partial<ChannelConfig> = {}): ChannelConfig =>
  ({
    name,
    type: 'webhook',
    url: 'http://127.0.0.1:1/',
    secret: 's'.repeat(16),
    headers: {},
    mode: 'immediate',
    digestTop: 10,
    cap: null,
    rateLimit: null,
    timeoutMs: 1000,
    ...over,
  }) as ChannelConfig

function entry(channel: string, fp: string): NewOutboxEntry {
  const alert = sampleFindingAlert('new', T0)
  alert.finding.fingerprint = fp
  return {
    key: `scan:1:new:${fp}`,
    channel,
    kind: 'finding',
    event: 'new',
    fingerprint: fp,
    checkId: alert.finding.checkId,
    scanSeq: 1,
    severity: 'high',
    payload: alert,
  }
}

function options(channels: Channel[], now: Date, configs: ChannelConfig[] = channels.map((c) => configOf(c.name))): DispatchOptions {
  return {
    store,
    channels: new Map(channels.map((c) => [c.name, c])),
    configs: new Map(configs.map((c) => [c.name, c])),
    retry: RETRY,
    now: () => now,
  }
}

const statuses = async () => (await store.listAlerts({ limit: 100 })).map((e) => `${e.fingerprint} ${e.status} ${e.attempts}`).sort()

describe('deliverDue', () => {
  it('delivers due entries in order, once, and records the reference', async () => {
    await store.enqueueAlerts([entry('hook', 'a'), entry('hook', 'b')], T0.toISOString())
    const hook = scripted('hook', [{ ok: true, ref: 'R-1' }])
    expect(await deliverDue(options([hook], at(0)))).toEqual({ delivered: 2, retrying: 0, failed: 0, deferred: 0 })
    expect(hook.sent).toEqual(['a', 'b'])
    expect(await deliverDue(options([hook], at(60_000)))).toEqual({ delivered: 0, retrying: 0, failed: 0, deferred: 0 })
    const [latest] = await store.listAlerts({ statuses: ['delivered'], limit: 1 })
    expect(latest).toMatchObject({ ref: 'R-1', deliveredAt: T0.toISOString(), attempts: 1 })
  })

  it('backs off after a retryable failure, honours a longer Retry-After, and holds the channel’s other entries', async () => {
    await store.enqueueAlerts([entry('hook', 'a'), entry('hook', 'b')], T0.toISOString())
    const hook = scripted('hook', [{ ok: false, retryable: true, reason: 'HTTP 429', retryAfterMs: 120_000 }, { ok: true }])
    expect(await deliverDue(options([hook], at(0)))).toEqual({ delivered: 0, retrying: 1, failed: 0, deferred: 1 })
    expect(hook.sent).toEqual(['a'])
    const waiting = await store.listAlerts({ statuses: ['pending'] })
    expect(Object.fromEntries(waiting.map((e) => [e.fingerprint, [e.nextAttemptAt, e.attempts, e.lastError]]))).toEqual({
      a: [at(120_000).toISOString(), 1, 'HTTP 429'],
      b: [at(backoffMs(1, RETRY)).toISOString(), 0, null],
    })
    // b is due at +30 s but a only at +120 s: nothing is lost, and both go once the channel answers.
    await deliverDue(options([hook], at(130_000)))
    expect(hook.sent).toEqual(['a', 'b', 'a'])
    expect(await statuses()).toEqual(['a delivered 2', 'b delivered 1'])
  })

  it('fails a rejected entry at once, and retryable ones (a throwing channel too) past the age limit', async () => {
    await store.enqueueAlerts([entry('bad', 'a')], T0.toISOString())
    await store.enqueueAlerts([entry('old', 'b')], T0.toISOString())
    await store.enqueueAlerts([entry('buggy', 'c')], T0.toISOString())
    const bad = scripted('bad', [{ ok: false, retryable: false, reason: 'HTTP 404: no_service' }])
    const old = scripted('old', [{ ok: false, retryable: true, reason: 'HTTP 503' }])
    const buggy = scripted('buggy', [new Error('boom')])
    const sum = await deliverDue(options([bad, old, buggy], at(RETRY.maxAgeMs)))
    expect(sum).toEqual({ delivered: 0, retrying: 0, failed: 3, deferred: 0 })
    const rows = new Map((await store.listAlerts()).map((e) => [e.fingerprint, [e.status, e.lastError] as const]))
    expect(rows.get('a')).toEqual(['failed', 'HTTP 404: no_service'])
    expect(rows.get('b')![0]).toBe('failed')
    expect(rows.get('b')![1]).toMatch(/^gave up after 1 attempt\(s\) over 1440 min: HTTP 503$/)
    expect(rows.get('c')).toEqual(['failed', expect.stringMatching(/^gave up after 1 attempt\(s\) .*channel error: .*boom/) as unknown])
  })

  it('retries a throwing channel as a temporary failure while the entry is young', async () => {
    await store.enqueueAlerts([entry('buggy', 'c')], T0.toISOString())
    const buggy = scripted('buggy', [new Error('boom'), { ok: true }])
    expect(await deliverDue(options([buggy], at(0)))).toMatchObject({ retrying: 1 })
    expect(await deliverDue(options([buggy], at(backoffMs(1, RETRY))))).toMatchObject({ delivered: 1 })
  })

  it('keeps to the rate limit across passes, deferring the rest without counting an attempt', async () => {
    await store.enqueueAlerts(
      ['a', 'b', 'c'].map((fp) => entry('hook', fp)),
      T0.toISOString(),
    )
    const hook = scripted('hook', [{ ok: true }])
    const limited = [configOf('hook', { rateLimit: { count: 2, perMs: 60_000 } })]
    expect(await deliverDue(options([hook], at(0), limited))).toEqual({ delivered: 2, retrying: 0, failed: 0, deferred: 1 })
    expect(await statuses()).toEqual(['a delivered 1', 'b delivered 1', 'c pending 0'])
    expect(await deliverDue(options([hook], at(30_000), limited))).toMatchObject({ delivered: 0, deferred: 1 })
    expect(await deliverDue(options([hook], at(61_000), limited))).toMatchObject({ delivered: 1 })
    expect(hook.sent).toEqual(['a', 'b', 'c'])
  })

  it('leaves entries of channels it does not have untouched, and delivers each entry once with two senders at once', async () => {
    await store.enqueueAlerts([entry('absent', 'x'), ...['a', 'b', 'c', 'd', 'e', 'f'].map((fp) => entry('hook', fp))], T0.toISOString())
    const second = await openStore(store.location)
    try {
      const hook = scripted('hook', [{ ok: true }])
      await Promise.all([deliverDue(options([hook], at(0))), deliverDue({ ...options([hook], at(0)), store: second })])
      expect([...hook.sent].sort()).toEqual(['a', 'b', 'c', 'd', 'e', 'f'])
    } finally {
      await second.close()
    }
    expect((await store.listAlerts({ statuses: ['pending'] })).map((e) => e.channel)).toEqual(['absent'])
  })

  it('backs off exponentially up to the maximum', () => {
    expect([1, 2, 3, 6, 20].map((a) => backoffMs(a, RETRY))).toEqual([30_000, 60_000, 120_000, 900_000, 900_000])
  })
})
