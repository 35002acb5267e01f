import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { PAGERDUTY_TEST_ROUTING_KEY, startPagerDutyStandIn, type PagerDutyStandIn } from '../../../test/support/pagerduty-stand-in.js'
import type { Severity } from '../../core/finding.js'
import { sampleDigest, sampleFinding, sampleOverflow } from '../sample.js'
import type { AlertEvent, AlertFinding, DeliveryContext, FindingAlert, PagerDutyConfig } from '../types.js'
import { createPagerDutyChannel } from './pagerduty.js'

const ctx: DeliveryContext = { deliveryId: 'scan:1:new:x', attempt: 1, now: () => new Date('2026-02-01T10:00:00.000Z') }
const FP = 'a1'.repeat(32)
const SCAN = { id: 'scan-1', seq: 1, target: 'prod', provider: 'aws' as const, finishedAt: '2026-02-01T10:00:00.000Z' }

function config(url: string, over: Partial<PagerDutyConfig> = {}): PagerDutyConfig {
  return {
    type: 'pagerduty',
    name: 'oncall',
    mode: 'immediate',
    digestTop: 10,
    cap: null,
    rateLimit: null,
    timeoutMs: 5_000,
    routingKey: PAGERDUTY_TEST_ROUTING_KEY,
    url,
    ...over,
  }
}

function alert(event: AlertEvent, finding: Partial<AlertFinding> = {}, over: Partial<FindingAlert> = {}): FindingAlert {
  return { kind: 'finding', event, scan: SCAN, finding: sampleFinding({ fingerprint: FP, ...finding }), ...over }
}

let pd: PagerDutyStandIn
beforeEach(async () => {
  pd = await startPagerDutyStandIn()
})
afterEach(async () => {
  await pd.close()
})

describe('PagerDuty channel: events', () => {
  it('triggers with dedup_key = fingerprint and the full payload', async () => {
    const a = alert('new', {}, { owner: 'platform-team', link: 'https://posture.example.com/findings/a1' })
    const result = await createPagerDutyChannel(config(pd.url)).send(a, ctx)
    expect(result).toEqual({ ok: true, ref: FP, detail: 'triggered' })
    expect(pd.standIn.requests).toHaveLength(1)
    const req = pd.standIn.requests[0]!
    expect(req.method).toBe('POST')
    expect(req.headers['content-type']).toBe('application/json')
    const f = a.finding
    expect(req.json).toEqual({
      routing_key: PAGERDUTY_TEST_ROUTING_KEY,
      event_action: 'trigger',
      dedup_key: FP,
      payload: {
        summary: `New HIGH failure: ${f.title} — posture-alert-test`,
        source: f.resource.uid,
        severity: 'error',
        timestamp: SCAN.finishedAt,
        component: 'aws.ec2.security-group',
        group: '123456789012',
        class: 'aws-ec2-sg-no-ssh-from-internet',
        custom_details: {
          event: 'new',
          message: f.message,
          why_it_matters: f.rationale,
          account: '123456789012',
          region: 'eu-west-1',
          resource: 'posture-alert-test (aws.ec2.security-group)',
          fix_steps: f.remediation.steps,
          cli: f.remediation.cli,
          owner: 'platform-team',
          scan_id: 'scan-1',
        },
      },
      links: [{ href: 'https://posture.example.com/findings/a1', text: 'Finding in Posture' }],
      client: 'Posture',
    })
    expect(pd.incidents.get(FP)).toBe('triggered')
  })

  it('resolves the same dedup_key with a bare resolve event', async () => {
    const channel = createPagerDutyChannel(config(pd.url))
    expect(await channel.send(alert('new'), ctx)).toMatchObject({ ok: true })
    const result = await channel.send(alert('resolved', { status: 'pass' }), ctx)
    expect(result).toEqual({ ok: true, ref: FP, detail: 'resolved' })
    expect(pd.standIn.requests[1]!.json).toEqual({ routing_key: PAGERDUTY_TEST_ROUTING_KEY, event_action: 'resolve', dedup_key: FP })
    expect(pd.incidents.get(FP)).toBe('resolved')
  })

  it.each(['reopened', 'unmuted'] as const)('%s triggers again under the same dedup_key', async (event) => {
    const channel = createPagerDutyChannel(config(pd.url))
    await channel.send(alert('new'), ctx)
    await channel.send(alert('resolved', { status: 'pass' }), ctx)
    expect(await channel.send(alert(event), ctx)).toEqual({ ok: true, ref: FP, detail: 'triggered' })
    expect(pd.events.map((e) => [e.event_action, e.dedup_key])).toEqual([
      ['trigger', FP],
      ['resolve', FP],
      ['trigger', FP],
    ])
    expect(pd.events[2]!.payload).toMatchObject({ custom_details: { event } })
    expect(pd.incidents).toEqual(new Map([[FP, 'triggered']]))
  })

  it.each<{ severity: Severity; expected: string }>([
    { severity: 'critical', expected: 'critical' },
    { severity: 'high', expected: 'error' },
    { severity: 'medium', expected: 'warning' },
    { severity: 'low', expected: 'info' },
    { severity: 'informational', expected: 'info' },
  ])('maps severity $severity to $expected', async ({ severity, expected }) => {
    expect(await createPagerDutyChannel(config(pd.url)).send(alert('new', { severity }), ctx)).toMatchObject({ ok: true })
    expect(pd.events[0]!.payload!.severity).toBe(expected)
  })

  it('leaves out what is unknown: no owner, no CLI, no link', async () => {
    const remediation = { steps: ['Remove the rule.'], references: [] }
    await createPagerDutyChannel(config(pd.url)).send(alert('new', { remediation, rationale: undefined }), ctx)
    const e = pd.events[0]!
    expect(e).not.toHaveProperty('links')
    expect(Object.keys(e.payload!.custom_details as object)).toEqual(['event', 'message', 'account', 'region', 'resource', 'fix_steps', 'scan_id'])
  })

  it('keeps the summary within 1024 characters, on one line', async () => {
    const title = `Very long\ntitle ${'x'.repeat(2000)}`
    expect(await createPagerDutyChannel(config(pd.url)).send(alert('new', { title }), ctx)).toMatchObject({ ok: true })
    const summary = pd.events[0]!.payload!.summary as string
    expect(summary).toHaveLength(1024)
    expect(summary.startsWith('New HIGH failure: Very long title xxx')).toBe(true)
    expect(summary.endsWith('…')).toBe(true)
  })
})

describe('PagerDuty channel: failures', () => {
  it.each([
    { name: 'a wrong key', key: 'X'.repeat(32), error: "'routing_key' is not a valid integration key" },
    { name: 'a key of the wrong length', key: 'short-key', error: "Length of 'routing_key' is incorrect (should be 32 characters)" },
  ])('400 for $name is not retryable, quotes PagerDuty and hides the key', async ({ key, error }) => {
    const result = await createPagerDutyChannel(config(pd.url, { routingKey: key })).send(alert('new'), ctx)
    expect(result).toEqual({ ok: false, retryable: false, reason: `PagerDuty rejected the event (HTTP 400): ${error}` })
    expect(pd.events).toHaveLength(0)
  })

  it('429 is retryable with Retry-After; the retry then lands once', async () => {
    pd.standIn.failNext(1, {
      status: 429,
      headers: { 'retry-after': '30' },
      body: { status: 'throttle event', message: 'Requests for this service are arriving too quickly.' },
    })
    const channel = createPagerDutyChannel(config(pd.url))
    expect(await channel.send(alert('new'), ctx)).toEqual({
      ok: false,
      retryable: true,
      reason: 'PagerDuty: rate limited (HTTP 429)',
      retryAfterMs: 30_000,
    })
    expect(await channel.send(alert('new'), { ...ctx, attempt: 2 })).toMatchObject({ ok: true, ref: FP })
    expect(pd.standIn.requests.map((r) => r.handled)).toEqual([false, true])
    expect(pd.events).toHaveLength(1)
  })

  it.each([500, 502, 503])('%i is retryable', async (status) => {
    pd.standIn.failNext(1, { status, body: 'upstream error' })
    expect(await createPagerDutyChannel(config(pd.url)).send(alert('new'), ctx)).toEqual({
      ok: false,
      retryable: true,
      reason: `PagerDuty: HTTP ${status}`,
    })
  })

  it('a network error is retryable', async () => {
    const gone = await startPagerDutyStandIn()
    await gone.close()
    const result = await createPagerDutyChannel(config(gone.url)).send(alert('new'), ctx)
    expect(result).toMatchObject({ ok: false, retryable: true })
    expect((result as { reason: string }).reason).toMatch(/^PagerDuty: 127\.0\.0\.1:\d+: ECONNREFUSED/)
  })

  it.each([
    { name: 'digest', a: sampleDigest() },
    { name: 'overflow', a: sampleOverflow() },
  ])('refuses a $name alert without calling PagerDuty', async ({ name, a }) => {
    const result = await createPagerDutyChannel(config(pd.url)).send(a, ctx)
    expect(result).toEqual({
      ok: false,
      retryable: false,
      reason: `PagerDuty channel "oncall" alerts on findings one by one; ${name} alerts are not supported`,
    })
    expect(pd.standIn.requests).toHaveLength(0)
  })
})

describe('PagerDuty stand-in validates like PagerDuty', () => {
  const post = (body: unknown): Promise<Response> =>
    fetch(pd.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
  const base = { routing_key: PAGERDUTY_TEST_ROUTING_KEY, event_action: 'trigger', dedup_key: 'k' }

  it.each([
    { name: 'missing source', body: { ...base, payload: { summary: 's', severity: 'info' } }, error: "'payload.source' is missing or blank" },
    { name: 'unknown severity', body: { ...base, payload: { summary: 's', source: 'x', severity: 'high' } }, error: "'payload.severity' is invalid" },
    { name: 'unknown action', body: { ...base, event_action: 'close' }, error: "'event_action' is invalid" },
    { name: 'no dedup_key', body: { ...base, event_action: 'resolve', dedup_key: undefined }, error: "'dedup_key' is missing or blank" },
  ])('rejects $name', async ({ body, error }) => {
    const res = await post(body)
    expect(res.status).toBe(400)
    const json = (await res.json()) as { errors: string[] }
    expect(json.errors.some((e) => e.startsWith(error))).toBe(true)
    expect(pd.events).toHaveLength(0)
  })
})
