import { createServer } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RecordedRequest, type StandIn, type StandInResponse, startStandIn } from '../../../test/support/stand-in-server.js'
import { sampleDigest, sampleFinding, sampleFindingAlert, sampleOverflow } from '../sample.js'
import type { DeliveryContext, FindingAlert, TeamsConfig } from '../types.js'
import { type CardElement, createTeamsChannel, escapeCardText, teamsMessage, type TeamsMessage } from './teams.js'

const AT = new Date('2026-03-01T12:00:00.000Z')
// A Workflows trigger URL: the `sig` query parameter is what authorises the call, so it is the secret.
const FLOW_PATH = '/workflows/0123abcd/triggers/manual/paths/invoke'
const SIG = 'SIGsecretSIG'
const HOSTILE = '<script>alert(1)</script> <!channel>'
const ctx: DeliveryContext = { deliveryId: 'delivery-1', attempt: 1, now: () => AT }

/** Validates a request like the "When a Teams webhook request is received" trigger and the card it posts. */
function workflow(req: RecordedRequest): StandInResponse {
  if (req.method !== 'POST' || req.path !== FLOW_PATH) return { status: 404, body: { error: { code: 'WorkflowNotFound' } } }
  if (req.query.get('sig') !== SIG) return { status: 401, body: { error: { code: 'DirectApiInvalidAuthorizationSignature' } } }
  const m = req.json as TeamsMessage
  const a = m?.attachments?.[0]
  const card = a?.content
  const valid =
    m?.type === 'message' &&
    m.attachments.length === 1 &&
    a?.contentType === 'application/vnd.microsoft.card.adaptive' &&
    a.contentUrl === null &&
    card?.type === 'AdaptiveCard' &&
    card.version === '1.4' &&
    card.$schema === 'http://adaptivecards.io/schemas/adaptive-card.json' &&
    Array.isArray(card.body) &&
    card.body.every((e) => (e.type === 'TextBlock' ? typeof e.text === 'string' && e.text !== '' : e.type === 'FactSet' && e.facts.length > 0)) &&
    (card.actions ?? []).every((x) => x.type === 'Action.OpenUrl' && /^https?:\/\//.test(x.url))
  return valid ? { status: 202 } : { status: 400, body: { error: { code: 'TriggerInputSchemaMismatch' } } }
}

function config(url: string, over: Partial<TeamsConfig> = {}): TeamsConfig {
  return { name: 'sec-teams', type: 'teams', mode: 'immediate', digestTop: 10, cap: null, rateLimit: null, timeoutMs: 5000, url, ...over }
}

function card(m: TeamsMessage): TeamsMessage['attachments'][number]['content'] {
  return m.attachments[0]!.content
}

/** Every text a Teams client renders as Markdown: TextBlock texts and fact values. */
function renderedTexts(m: TeamsMessage): string[] {
  return card(m).body.flatMap((e: CardElement) => (e.type === 'TextBlock' ? [e.text] : e.facts.flatMap((f) => [f.title, f.value])))
}

describe('teamsMessage', () => {
  it('renders a finding as the exact Adaptive Card', () => {
    const alert = { ...sampleFindingAlert('new', AT), owner: 'platform-team', link: 'https://posture.example.com/f/1' }
    expect(teamsMessage(alert)).toEqual({
      type: 'message',
      attachments: [
        {
          contentType: 'application/vnd.microsoft.card.adaptive',
          contentUrl: null,
          content: {
            $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
            type: 'AdaptiveCard',
            version: '1.4',
            body: [
              {
                type: 'TextBlock',
                text: '[TEST] New HIGH failure: Security group does not allow SSH (22) from 0.0.0.0/0 or ::/0',
                wrap: true,
                weight: 'Bolder',
                size: 'Medium',
                color: 'Attention',
              },
              {
                type: 'FactSet',
                facts: [
                  { title: 'Severity', value: 'HIGH' },
                  { title: 'Resource', value: 'posture-alert-test' },
                  { title: 'Type', value: 'aws.ec2.security-group' },
                  { title: 'UID', value: 'arn:aws:ec2:eu-west-1:123456789012:security-group/sg-0123456789abcdef0' },
                  { title: 'Account', value: '123456789012' },
                  { title: 'Region', value: 'eu-west-1' },
                  { title: 'Check', value: 'aws-ec2-sg-no-ssh-from-internet' },
                  { title: 'Owner', value: 'platform-team' },
                  { title: 'First seen', value: '2026-01-01T00:00:00.000Z' },
                ],
              },
              { type: 'TextBlock', text: 'Rule tcp 22 from 0.0.0.0/0 opens SSH to the internet (this is a test alert).', wrap: true },
              { type: 'TextBlock', text: 'Why it matters', wrap: true, weight: 'Bolder', spacing: 'Medium' },
              { type: 'TextBlock', text: 'An internet-reachable SSH port invites brute force and exploits of the SSH daemon.', wrap: true },
              { type: 'TextBlock', text: 'How to fix', wrap: true, weight: 'Bolder', spacing: 'Medium' },
              { type: 'TextBlock', text: '1. Remove the inbound rule for port 22 from 0.0.0.0/0 and ::/0.', wrap: true },
              { type: 'TextBlock', text: '2. Use SSM Session Manager or a bastion host.', wrap: true },
              {
                type: 'TextBlock',
                text: 'CLI: aws ec2 revoke-security-group-ingress --group-id sg-0123456789abcdef0 --protocol tcp --port 22 --cidr 0.0.0.0/0',
                wrap: true,
              },
              {
                type: 'TextBlock',
                text: 'Scan 00000000-0000-4000-8000-000000000000 of posture-alert-test at 2026-03-01T12:00:00.000Z',
                wrap: true,
                isSubtle: true,
                size: 'Small',
              },
            ],
            actions: [{ type: 'Action.OpenUrl', title: 'Open in Posture', url: 'https://posture.example.com/f/1' }],
          },
        },
      ],
    })
  })

  it.each([
    { name: 'critical new', event: 'new', severity: 'critical', color: 'Attention' },
    { name: 'medium new', event: 'new', severity: 'medium', color: undefined },
    { name: 'critical resolved', event: 'resolved', severity: 'critical', color: 'Good' },
  ] as const)('colours the title of a $name finding $color', ({ event, severity, color }) => {
    const base = sampleFindingAlert(event, AT)
    const title = card(teamsMessage({ ...base, finding: { ...base.finding, severity } })).body[0] as Extract<CardElement, { type: 'TextBlock' }>
    expect(title.color).toBe(color)
  })

  it('shows no fix, owner or action for a resolved finding without them', () => {
    const c = card(teamsMessage(sampleFindingAlert('resolved', AT)))
    expect(c.actions).toBeUndefined()
    expect(JSON.stringify(c)).not.toContain('How to fix')
    expect(JSON.stringify(c)).not.toContain('"Owner"')
    expect(c.body[2]).toMatchObject({ type: 'TextBlock', text: expect.stringMatching(/^Fixed: the check passes now/) as string })
  })

  it('keeps hostile names as inert text and breaks Markdown links in data', () => {
    const base = sampleFindingAlert('new', AT)
    const alert: FindingAlert = {
      ...base,
      owner: '[click me](https://evil.example)',
      finding: sampleFinding({ resource: { ...base.finding.resource, name: HOSTILE } }),
    }
    const texts = renderedTexts(teamsMessage(alert))
    // Adaptive Cards render no HTML, so the name is shown as typed; the link is broken by a zero-width space.
    expect(texts).toContain(HOSTILE)
    expect(texts).toContain('[click me]\u200B(https://evil.example)')
    for (const t of texts) expect(t).not.toMatch(/\]\(/)
  })

  it('renders a digest: counts, the listed findings, the rest', () => {
    const c = card(teamsMessage(sampleDigest(AT)))
    expect(c.body[0]).toMatchObject({ text: '[TEST] Posture digest for posture-alert-test: 4 new, 1 reopened, 2 resolved', color: 'Attention' })
    expect(c.body[1]).toEqual({ type: 'FactSet', facts: [{ title: 'By severity', value: 'critical 1, high 3, medium 1' }] })
    expect(c.body[2]).toEqual({
      type: 'TextBlock',
      wrap: true,
      text: '**New CRITICAL failure**: S3 bucket blocks public access — posture-alert-test (aws.s3.bucket), 123456789012, us-east-1. Bucket policy grants s3:GetObject to * (this is a test alert).',
    })
    expect(c.body[3]).toMatchObject({ text: expect.stringMatching(/^\*\*Reopened HIGH failure\*\*: Security group/) as string })
    expect(c.body[4]).toEqual({ type: 'TextBlock', text: '…and 3 more', wrap: true })
  })

  it('renders an overflow notice', () => {
    expect(card(teamsMessage(sampleOverflow(AT))).body).toEqual([
      {
        type: 'TextBlock',
        text: 'Posture: 20 alerts sent for posture-alert-test, and 7 more (high 5, medium 2)',
        wrap: true,
        weight: 'Bolder',
        size: 'Medium',
      },
      { type: 'FactSet', facts: [{ title: 'Held back by severity', value: 'high 5, medium 2' }] },
      {
        type: 'TextBlock',
        text: 'Scan 00000000-0000-4000-8000-000000000000 of posture-alert-test at 2026-03-01T12:00:00.000Z',
        wrap: true,
        isSubtle: true,
        size: 'Small',
      },
    ])
  })

  it('escapeCardText only touches link syntax', () => {
    expect(escapeCardText('a_b *c* [d](e) [f]')).toBe('a_b *c* [d]\u200B(e) [f]')
  })
})

describe('Teams channel against a stand-in workflow', () => {
  let flow: StandIn
  let silent: StandIn
  const url = (): string => `${flow.url}${FLOW_PATH}?api-version=1&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=${SIG}`
  beforeAll(async () => {
    flow = await startStandIn(workflow)
    silent = await startStandIn(() => new Promise<StandInResponse>(() => undefined))
  })
  afterAll(async () => {
    await Promise.all([flow.close(), silent.close()])
  })

  it.each([
    ['a finding', sampleFindingAlert('new', AT)],
    ['a digest', sampleDigest(AT)],
    ['an overflow notice', sampleOverflow(AT)],
  ])('delivers %s (202 Accepted)', async (_name, alert) => {
    expect(await createTeamsChannel(config(url())).send(alert, ctx)).toEqual({ ok: true })
    const req = flow.requests.at(-1)!
    expect(req).toMatchObject({ method: 'POST', path: FLOW_PATH, handled: true })
    expect(req.headers['content-type']).toBe('application/json')
    expect(req.json).toEqual(teamsMessage(alert))
  })

  const failures: { name: string; status: number; headers?: Record<string, string>; expected: object }[] = [
    { name: '429 with Retry-After', status: 429, headers: { 'retry-after': '30' }, expected: { ok: false, retryable: true, retryAfterMs: 30_000 } },
    { name: '500', status: 500, expected: { ok: false, retryable: true } },
    { name: '502', status: 502, expected: { ok: false, retryable: true } },
    { name: '400', status: 400, expected: { ok: false, retryable: false } },
    { name: '404', status: 404, expected: { ok: false, retryable: false } },
  ]
  it.each(failures)('classifies $name', async ({ status, headers, expected }) => {
    flow.failNext(1, { status, body: { error: { code: 'Failure' } }, ...(headers ? { headers } : {}) })
    const result = await createTeamsChannel(config(url())).send(sampleFindingAlert('new', AT), ctx)
    expect(result).toMatchObject(expected)
    expect(JSON.stringify(result)).not.toContain(SIG)
  })

  it('does not retry a wrong signature (401) nor show it', async () => {
    const result = await createTeamsChannel(config(url().replace(SIG, 'WRONGsecret'))).send(sampleFindingAlert('new', AT), ctx)
    expect(result).toMatchObject({ ok: false, retryable: false, reason: expect.stringContaining('HTTP 401') as string })
    expect(JSON.stringify(result)).not.toContain('secret')
  })

  it('retries when the connection is refused', async () => {
    const closed = createServer()
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
    const port = (closed.address() as { port: number }).port
    await new Promise<void>((resolve) => closed.close(() => resolve()))
    const result = await createTeamsChannel(config(`http://127.0.0.1:${port}${FLOW_PATH}?sig=${SIG}`)).send(sampleFindingAlert('new', AT), ctx)
    expect(result).toMatchObject({ ok: false, retryable: true })
    expect(JSON.stringify(result)).toContain('ECONNREFUSED')
    expect(JSON.stringify(result)).not.toContain(SIG)
  })

  it('retries when the workflow does not answer in time', async () => {
    const result = await createTeamsChannel(config(`${silent.url}${FLOW_PATH}?sig=${SIG}`, { timeoutMs: 200 })).send(
      sampleFindingAlert('new', AT),
      ctx,
    )
    expect(result).toEqual({ ok: false, retryable: true, reason: expect.stringContaining('timed out') as string })
    expect(JSON.stringify(result)).not.toContain(SIG)
  })
})
