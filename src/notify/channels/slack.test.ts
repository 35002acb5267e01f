import { createServer } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RecordedRequest, type StandIn, type StandInResponse, startStandIn } from '../../../test/support/stand-in-server.js'
import { sampleDigest, sampleFinding, sampleFindingAlert, sampleOverflow } from '../sample.js'
import type { DeliveryContext, FindingAlert, SlackConfig } from '../types.js'
import { clip, createSlackChannel, escapeMrkdwn, type SlackBlock, slackMessage } from './slack.js'

const AT = new Date('2026-03-01T12:00:00.000Z')
const HOOK_PATH = '/services/T0000000/B0000000/XXXXsecretXXXX'
const HOSTILE = '<script>alert(1)</script> <!channel>'
const ctx: DeliveryContext = { deliveryId: 'delivery-1', attempt: 1, now: () => AT }

/** Validates a body the way Slack's incoming webhook does (limits from https://api.slack.com/reference/block-kit/blocks). */
function slackRejects(json: unknown): string | undefined {
  const m = json as { text?: unknown; blocks?: SlackBlock[] }
  if (typeof m?.text !== 'string' || m.text === '') return 'no_text'
  if (!Array.isArray(m.blocks) || m.blocks.length === 0 || m.blocks.length > 50) return 'invalid_blocks'
  for (const b of m.blocks) {
    const bad =
      b.type === 'header'
        ? b.text.type !== 'plain_text' || b.text.text.length > 150
        : b.type === 'section'
          ? (!b.text && !b.fields) ||
            (b.text?.text.length ?? 0) > 3000 ||
            (b.fields ?? []).length > 10 ||
            (b.fields ?? []).some((f) => f.text.length > 2000)
          : b.type === 'context'
            ? b.elements.length === 0 || b.elements.length > 10
            : b.type === 'actions'
              ? b.elements.some((e) => e.type !== 'button' || !/^https?:\/\//.test(e.url) || e.text.text.length > 75)
              : true
    if (bad) return 'invalid_blocks'
  }
  return undefined
}

function slack(req: RecordedRequest): StandInResponse {
  if (req.method !== 'POST') return { status: 405, body: 'invalid_method' }
  if (req.path !== HOOK_PATH) return { status: 404, body: 'no_service' }
  if (req.headers['content-type'] !== 'application/json') return { status: 400, body: 'invalid_payload' }
  const error = slackRejects(req.json)
  return error ? { status: 400, body: error } : { status: 200, body: 'ok' }
}

function config(url: string, over: Partial<SlackConfig> = {}): SlackConfig {
  return { name: 'sec-slack', type: 'slack', mode: 'immediate', digestTop: 10, cap: null, rateLimit: null, timeoutMs: 5000, url, ...over }
}

function hostileAlert(): FindingAlert {
  const base = sampleFindingAlert('new', AT)
  return { ...base, owner: '<@U123> & co', finding: sampleFinding({ resource: { ...base.finding.resource, name: HOSTILE } }) }
}

/** Every mrkdwn text of a message (the only texts Slack parses for links and mentions), plus the fallback. */
function mrkdwnTexts(m: ReturnType<typeof slackMessage>): string[] {
  return [
    m.text,
    ...m.blocks
      .flatMap((b) => (b.type === 'section' ? [b.text, ...(b.fields ?? [])] : b.type === 'context' ? b.elements : []))
      .flatMap((t) => (t && t.type === 'mrkdwn' ? [t.text] : [])),
  ]
}

describe('slackMessage', () => {
  it('renders a finding as the exact Block Kit message', () => {
    const alert = { ...sampleFindingAlert('new', AT), owner: 'platform-team', link: 'https://posture.example.com/f/1' }
    expect(slackMessage(alert)).toEqual({
      text: '[TEST] New HIGH failure: Security group does not allow SSH (22) from 0.0.0.0/0 or ::/0',
      blocks: [
        {
          type: 'header',
          text: { type: 'plain_text', text: '[TEST] New HIGH failure: Security group does not allow SSH (22) from 0.0.0.0/0 or ::/0', emoji: true },
        },
        { type: 'section', text: { type: 'mrkdwn', text: 'Rule tcp 22 from 0.0.0.0/0 opens SSH to the internet (this is a test alert).' } },
        {
          type: 'section',
          fields: [
            { type: 'mrkdwn', text: '*Severity*\nHIGH' },
            { type: 'mrkdwn', text: '*Resource*\nposture-alert-test' },
            { type: 'mrkdwn', text: '*Type*\naws.ec2.security-group' },
            { type: 'mrkdwn', text: '*UID*\narn:aws:ec2:eu-west-1:123456789012:security-group/sg-0123456789abcdef0' },
            { type: 'mrkdwn', text: '*Account*\n123456789012' },
            { type: 'mrkdwn', text: '*Region*\neu-west-1' },
            { type: 'mrkdwn', text: '*Check*\naws-ec2-sg-no-ssh-from-internet' },
            { type: 'mrkdwn', text: '*Owner*\nplatform-team' },
            { type: 'mrkdwn', text: '*First seen*\n2026-01-01T00:00:00.000Z' },
          ],
        },
        {
          type: 'section',
          text: { type: 'mrkdwn', text: '*Why it matters*\nAn internet-reachable SSH port invites brute force and exploits of the SSH daemon.' },
        },
        {
          type: 'section',
          text: {
            type: 'mrkdwn',
            text:
              '*How to fix*\n1. Remove the inbound rule for port 22 from 0.0.0.0/0 and ::/0.\n2. Use SSM Session Manager or a bastion host.\n' +
              'CLI: aws ec2 revoke-security-group-ingress --group-id sg-0123456789abcdef0 --protocol tcp --port 22 --cidr 0.0.0.0/0',
          },
        },
        {
          type: 'context',
          elements: [{ type: 'mrkdwn', text: 'Scan 00000000-0000-4000-8000-000000000000 of posture-alert-test at 2026-03-01T12:00:00.000Z' }],
        },
        {
          type: 'actions',
          elements: [
            {
              type: 'button',
              text: { type: 'plain_text', text: 'Open in Posture' },
              url: 'https://posture.example.com/f/1',
              action_id: 'posture-open',
            },
          ],
        },
      ],
    })
  })

  it('leaves out owner, link and the fix of a resolved finding without them', () => {
    const m = slackMessage(sampleFindingAlert('resolved', AT))
    expect(m.blocks.map((b) => b.type)).toEqual(['header', 'section', 'section', 'context'])
    expect(m.blocks[1]).toEqual({
      type: 'section',
      text: { type: 'mrkdwn', text: expect.stringMatching(/^Fixed: the check passes now \(was: /) as string },
    })
    expect(JSON.stringify(m)).not.toContain('How to fix')
    expect(JSON.stringify(m)).not.toContain('*Owner*')
  })

  it('escapes &, < and > in every mrkdwn text so data cannot inject links or mentions', () => {
    const m = slackMessage(hostileAlert())
    const texts = mrkdwnTexts(m)
    expect(texts).toContain('*Resource*\n&lt;script&gt;alert(1)&lt;/script&gt; &lt;!channel&gt;')
    expect(texts).toContain('*Owner*\n&lt;@U123&gt; &amp; co')
    for (const t of texts) expect(t).not.toMatch(/<|>/)
  })

  it('renders a digest: counts, one section per listed finding, the rest, the scan', () => {
    const d = { ...sampleDigest(AT), link: 'https://posture.example.com/s/1' }
    const m = slackMessage(d)
    expect(m.text).toBe('[TEST] Posture digest for posture-alert-test: 4 new, 1 reopened, 2 resolved')
    expect(m.blocks.map((b) => b.type)).toEqual(['header', 'section', 'section', 'section', 'context', 'context', 'actions'])
    expect(m.blocks[1]).toEqual({ type: 'section', text: { type: 'mrkdwn', text: 'By severity: critical 1, high 3, medium 1' } })
    expect(m.blocks[2]).toEqual({
      type: 'section',
      text: {
        type: 'mrkdwn',
        text: 'New CRITICAL failure: S3 bucket blocks public access\nposture-alert-test (aws.s3.bucket), 123456789012, us-east-1\nBucket policy grants s3:GetObject to * (this is a test alert).',
      },
    })
    expect(m.blocks[4]).toEqual({ type: 'context', elements: [{ type: 'mrkdwn', text: '…and 3 more' }] })
  })

  it('keeps a long digest within 50 blocks and counts what it leaves out', () => {
    const d = sampleDigest(AT)
    const top = Array.from({ length: 60 }, () => d.top[0]!)
    const m = slackMessage({ ...d, top, more: 5 })
    expect(m.blocks.length).toBe(49)
    expect(slackRejects(m)).toBeUndefined()
    expect(JSON.stringify(m.blocks.at(-2))).toContain('…and 20 more')
  })

  it('renders an overflow notice', () => {
    expect(slackMessage(sampleOverflow(AT))).toEqual({
      text: 'Posture: 20 alerts sent for posture-alert-test, and 7 more (high 5, medium 2)',
      blocks: [
        {
          type: 'header',
          text: { type: 'plain_text', text: 'Posture: 20 alerts sent for posture-alert-test, and 7 more (high 5, medium 2)', emoji: true },
        },
        { type: 'section', text: { type: 'mrkdwn', text: 'Held back by severity: high 5, medium 2' } },
        {
          type: 'context',
          elements: [{ type: 'mrkdwn', text: 'Scan 00000000-0000-4000-8000-000000000000 of posture-alert-test at 2026-03-01T12:00:00.000Z' }],
        },
      ],
    })
  })

  it('clips over-long texts to Block Kit limits without breaking an escape', () => {
    const long = sampleFindingAlert('new', AT)
    const m = slackMessage({ ...long, finding: { ...long.finding, title: 'T'.repeat(400), message: '&'.repeat(5000) } })
    expect(slackRejects(m)).toBeUndefined()
    const header = m.blocks[0] as Extract<SlackBlock, { type: 'header' }>
    expect(header.text.text).toHaveLength(150)
    const message = (m.blocks[1] as Extract<SlackBlock, { type: 'section' }>).text!.text
    expect(message).toMatch(/^(&amp;)+…$/)
    expect(message.length).toBeLessThanOrEqual(3000)
  })
})

describe('escapeMrkdwn and clip', () => {
  it.each([
    { input: 'a & b', expected: 'a &amp; b' },
    { input: '<!here> <https://x|y>', expected: '&lt;!here&gt; &lt;https://x|y&gt;' },
    { input: 'plain', expected: 'plain' },
  ])('escapes $input', ({ input, expected }) => expect(escapeMrkdwn(input)).toBe(expected))

  it('never leaves half an entity or half a surrogate pair', () => {
    expect(clip('ab&amp;cd', 5)).toBe('ab…')
    expect(clip('a😀b', 3)).toBe('a…')
    expect(clip('short', 10)).toBe('short')
  })
})

describe('Slack channel against a stand-in webhook', () => {
  let hook: StandIn
  let silent: StandIn
  beforeAll(async () => {
    hook = await startStandIn(slack)
    // Accepts the request and never answers.
    silent = await startStandIn(() => new Promise<StandInResponse>(() => undefined))
  })
  afterAll(async () => {
    await Promise.all([hook.close(), silent.close()])
  })

  it.each([
    ['a finding', sampleFindingAlert('new', AT)],
    ['a resolved finding', sampleFindingAlert('resolved', AT)],
    ['a digest', sampleDigest(AT)],
    ['an overflow notice', sampleOverflow(AT)],
    ['a hostile finding', hostileAlert()],
  ])('delivers %s as Slack accepts it', async (_name, alert) => {
    const result = await createSlackChannel(config(hook.url + HOOK_PATH)).send(alert, ctx)
    expect(result).toEqual({ ok: true })
    const req = hook.requests.at(-1)!
    expect(req).toMatchObject({ method: 'POST', path: HOOK_PATH, handled: true })
    expect(req.headers['content-type']).toBe('application/json')
    expect(req.json).toEqual(slackMessage(alert))
  })

  const failures: { name: string; status: number; body: string; headers?: Record<string, string>; expected: object }[] = [
    {
      name: '429 with Retry-After',
      status: 429,
      body: 'rate_limited',
      headers: { 'retry-after': '7' },
      expected: { ok: false, retryable: true, retryAfterMs: 7000 },
    },
    { name: '500', status: 500, body: 'internal_error', expected: { ok: false, retryable: true } },
    { name: '503', status: 503, body: 'service_unavailable', expected: { ok: false, retryable: true } },
    {
      name: '400 invalid_payload',
      status: 400,
      body: 'invalid_payload',
      expected: { ok: false, retryable: false, reason: 'HTTP 400: invalid_payload' },
    },
    { name: '403 action_prohibited', status: 403, body: 'action_prohibited', expected: { ok: false, retryable: false } },
    { name: '404 channel_not_found', status: 404, body: 'channel_not_found', expected: { ok: false, retryable: false } },
    { name: '410 channel_is_archived', status: 410, body: 'channel_is_archived', expected: { ok: false, retryable: false } },
  ]
  it.each(failures)('classifies $name', async ({ status, body, headers, expected }) => {
    hook.failNext(1, { status, body, ...(headers ? { headers } : {}) })
    const result = await createSlackChannel(config(hook.url + HOOK_PATH)).send(sampleFindingAlert('new', AT), ctx)
    expect(result).toMatchObject(expected)
    expect(JSON.stringify(result)).not.toContain('secret')
  })

  it('does not retry a URL Slack does not know (404 no_service), nor show the URL', async () => {
    const result = await createSlackChannel(config(`${hook.url}/services/T0000000/B0000000/WRONGsecret`)).send(sampleFindingAlert('new', AT), ctx)
    expect(result).toEqual({ ok: false, retryable: false, reason: 'HTTP 404: no_service' })
  })

  it('does not count a 200 without "ok" as delivered', async () => {
    hook.failNext(1, { status: 200, body: '<html>Sign in</html>' })
    const result = await createSlackChannel(config(hook.url + HOOK_PATH)).send(sampleFindingAlert('new', AT), ctx)
    expect(result).toMatchObject({ ok: false, retryable: false })
  })

  it('retries when the connection is refused, without the secret path in the reason', async () => {
    const closed = createServer()
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
    const port = (closed.address() as { port: number }).port
    await new Promise<void>((resolve) => closed.close(() => resolve()))
    const result = await createSlackChannel(config(`http://127.0.0.1:${port}${HOOK_PATH}`)).send(sampleFindingAlert('new', AT), ctx)
    expect(result).toMatchObject({ ok: false, retryable: true })
    expect(JSON.stringify(result)).toContain('ECONNREFUSED')
    expect(JSON.stringify(result)).not.toContain('secret')
  })

  it('retries when Slack does not answer in time', async () => {
    const started = Date.now()
    const result = await createSlackChannel(config(silent.url + HOOK_PATH, { timeoutMs: 200 })).send(sampleFindingAlert('new', AT), ctx)
    expect(result).toEqual({ ok: false, retryable: true, reason: expect.stringContaining('timed out') as string })
    expect(JSON.stringify(result)).not.toContain('secret')
    expect(Date.now() - started).toBeLessThan(3000)
  })

  it('refuses an unparseable URL without throwing or echoing it', async () => {
    const result = await createSlackChannel(config('not a url XXXXsecretXXXX')).send(sampleFindingAlert('new', AT), ctx)
    expect(result).toEqual({ ok: false, retryable: false, reason: 'invalid webhook URL' })
  })
})
