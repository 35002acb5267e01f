import { describe, expect, it } from 'vitest'
import type { Resource } from '../core/resource.js'
import type { CheckMeta } from '../evaluate/define-check.js'
import type { AlertPlanInput, AlertSubject, FindingEvent, FindingRecord, ScanFinding, ScanRecord } from '../store/types.js'
import { alertPlanner } from './plan.js'
import {
  DEFAULT_RETRY,
  type AlertRule,
  type AlertsConfig,
  type ChannelConfig,
  type DigestAlert,
  type FindingAlert,
  type OverflowAlert,
} from './types.js'

const common = { mode: 'immediate' as const, digestTop: 10, cap: null, rateLimit: null, timeoutMs: 1000 }
const slack: ChannelConfig = { ...common, name: 'slack', type: 'slack', url: 'http://127.0.0.1:1/hook' }
const digest: ChannelConfig = { ...common, name: 'digest', type: 'teams', url: 'http://127.0.0.1:1/teams', mode: 'digest', digestTop: 2 }
const pd: ChannelConfig = { ...common, name: 'pd', type: 'pagerduty', routingKey: 'k'.repeat(32), url: 'http://127.0.0.1:1/pd' }
const payments: ChannelConfig = { ...common, name: 'payments', type: 'slack', url: 'http://127.0.0.1:1/payments' }
const jira: ChannelConfig = {
  ...common,
  name: 'jira',
  type: 'jira',
  url: 'http://127.0.0.1:1',
  email: 'bot@example.com',
  apiToken: 't',
  project: 'SEC',
  issueType: 'Task',
  per: 'check',
  labels: [],
  resolveTransition: 'Done',
  reopenTransition: 'To Do',
}

const rule = (over: Partial<AlertRule>): AlertRule => ({
  name: 'r',
  on: ['new', 'reopened', 'resolved'],
  minSeverity: 'informational',
  filters: {},
  channels: [],
  ...over,
})
const config = (channels: ChannelConfig[], rules: AlertRule[]): AlertsConfig => ({
  channels,
  rules,
  retry: DEFAULT_RETRY,
  link: 'https://posture.example/f/{fingerprint}?scan={scan}',
})

const ACCOUNT = '123456789012'
const resource = (name: string, tags: Record<string, string> = {}): Resource => ({
  uid: `arn:aws:s3:::${name}`,
  provider: 'aws',
  type: 'aws.s3.bucket',
  account: ACCOUNT,
  region: 'us-east-1',
  name,
  tags,
  attributes: {},
  relations: [],
  source: { kind: 'live' },
})
const finding = (name: string, over: Partial<ScanFinding> = {}): ScanFinding => ({
  checkId: 'aws-s3-bucket-public-access-blocked',
  title: 'S3 bucket blocks public access',
  status: 'fail',
  severity: 'critical',
  resource: { uid: `arn:aws:s3:::${name}`, type: 'aws.s3.bucket', provider: 'aws', account: ACCOUNT, region: 'us-east-1', name },
  message: `${name} is public`,
  remediation: { steps: ['Block public access.'], references: ['https://docs.aws.amazon.com/'] },
  compliance: [{ framework: 'cis-aws', version: '7.0.0', requirement: '2.1.4' }],
  fingerprint: `fp-${name}`,
  ...over,
})
const event = (f: ScanFinding, kind: FindingEvent['kind']): FindingEvent => ({
  fingerprint: f.fingerprint,
  checkId: f.checkId,
  resourceUid: f.resource.uid,
  severity: f.severity,
  scanSeq: 7,
  kind,
  at: '2026-11-22T10:00:00.000Z',
})
const record = (f: ScanFinding): FindingRecord => ({
  fingerprint: f.fingerprint,
  checkId: f.checkId,
  resourceUid: f.resource.uid,
  resourceType: f.resource.type,
  account: f.resource.account,
  region: f.resource.region,
  severity: f.severity,
  state: 'open',
  firstSeenSeq: 3,
  firstSeenAt: '2026-11-01T00:00:00.000Z',
  lastSeenSeq: 7,
  lastSeenAt: '2026-11-22T10:00:00.000Z',
  resolvedSeq: null,
  resolvedAt: null,
  reopenCount: 0,
  message: `${f.resource.name} was public`,
  mutedBy: null,
})
const scan: ScanRecord = {
  seq: 7,
  id: 'scan-7',
  provider: 'aws',
  target: 'prod',
  accounts: [ACCOUNT],
  regions: ['us-east-1'],
  startedAt: '2026-11-22T09:59:00.000Z',
  finishedAt: '2026-11-22T10:00:00.000Z',
  status: 'complete',
  error: null,
  stats: null,
  summary: null,
  collectionErrors: 0,
}
const checks = new Map<string, CheckMeta>([
  [
    'aws-s3-bucket-public-access-blocked',
    {
      id: 'aws-s3-bucket-public-access-blocked',
      title: 'S3 bucket blocks public access',
      provider: 'aws',
      service: 's3',
      resourceType: 'aws.s3.bucket',
      severity: 'critical',
      rationale: 'Public buckets leak data.',
      remediation: { steps: ['Block public access.'], references: ['https://docs.aws.amazon.com/'] },
    },
  ],
])

/** Runs a planner on events of the given findings. */
function plan(
  cfg: AlertsConfig,
  findings: ScanFinding[],
  events: FindingEvent[],
  opts: { resources?: Resource[]; subjects?: AlertSubject[]; openByCheck?: Map<string, number>; records?: FindingRecord[] } = {},
) {
  const subjects = new Map<string, AlertSubject[]>()
  for (const s of opts.subjects ?? []) subjects.set(s.fingerprint, [...(subjects.get(s.fingerprint) ?? []), s])
  const input: AlertPlanInput = {
    scan,
    events,
    records: new Map((opts.records ?? findings.map(record)).map((r) => [r.fingerprint, r])),
    subjects,
    openByCheck: opts.openByCheck ?? new Map(),
  }
  return alertPlanner(cfg, { findings, resources: opts.resources ?? findings.map((f) => resource(f.resource.name)), checks })(input)
}

const keys = (p: ReturnType<typeof plan>) => p.entries.map((e) => `${e.channel} ${e.key}`)

describe('alertPlanner', () => {
  it('routes a new finding to every channel of the rules that select it, once per channel, with context and link', () => {
    const a = finding('a')
    const p = plan(config([slack, pd], [rule({ channels: ['slack', 'pd'] }), rule({ channels: ['slack'] })]), [a], [event(a, 'new')])
    expect(keys(p)).toEqual(['slack slack:scan:7:new:fp-a', 'pd pd:scan:7:new:fp-a'])
    const alert = p.entries[0]!.payload as FindingAlert
    expect(alert).toMatchObject({ kind: 'finding', event: 'new', scan: { id: 'scan-7', seq: 7, target: 'prod' } })
    expect(alert.finding).toMatchObject({ fingerprint: 'fp-a', rationale: 'Public buckets leak data.', firstSeenAt: '2026-11-01T00:00:00.000Z' })
    expect(alert.link).toBe('https://posture.example/f/fp-a?scan=scan-7')
    expect(p.subjects).toEqual([
      { channel: 'slack', fingerprint: 'fp-a', checkId: a.checkId, state: 'open' },
      { channel: 'pd', fingerprint: 'fp-a', checkId: a.checkId, state: 'open' },
    ])
  })

  it.each([
    { name: 'below the minimum severity', r: rule({ channels: ['slack'], minSeverity: 'critical' }), f: finding('a', { severity: 'high' }) },
    { name: 'muted', r: rule({ channels: ['slack'] }), f: finding('a', { muted: { suppressionId: 's', reason: 'r', owner: 'o', expiresAt: null } }) },
    { name: 'an event the rule does not list', r: rule({ channels: ['slack'], on: ['resolved'] }), f: finding('a') },
    { name: 'another account', r: rule({ channels: ['slack'], filters: { accounts: ['9999*'] } }), f: finding('a') },
  ])('sends nothing for a finding $name', ({ r, f }) => {
    expect(plan(config([slack], [r]), [f], [event(f, 'new')]).entries).toEqual([])
  })

  it('sends nothing for muted and unmuted-to-muted transitions, and marks announced subjects muted', () => {
    const a = finding('a', { muted: { suppressionId: 's', reason: 'r', owner: 'o', expiresAt: null } })
    const p = plan(config([slack], [rule({ channels: ['slack'] })]), [a], [event(a, 'muted')], {
      subjects: [{ channel: 'slack', fingerprint: 'fp-a', checkId: a.checkId, state: 'open', seq: 5 }],
    })
    expect(p.entries).toEqual([])
    expect(p.subjects).toEqual([{ channel: 'slack', fingerprint: 'fp-a', checkId: a.checkId, state: 'muted', seq: 5 }])
  })

  it('announces a resolution only on channels that were told about the finding, with the failure it had', () => {
    const a = finding('a', { status: 'pass', message: 'a blocks public access' })
    const cfg = config([slack, payments], [rule({ channels: ['slack', 'payments'] })])
    const p = plan(cfg, [a], [event(a, 'resolved')], {
      subjects: [{ channel: 'slack', fingerprint: 'fp-a', checkId: a.checkId, state: 'open', seq: 3 }],
    })
    expect(keys(p)).toEqual(['slack slack:scan:7:resolved:fp-a'])
    expect((p.entries[0]!.payload as FindingAlert).finding.message).toBe('a was public')
    expect(p.subjects).toEqual([{ channel: 'slack', fingerprint: 'fp-a', checkId: a.checkId, state: 'resolved' }])
  })

  it('builds a resolution of a removed resource from its lifecycle row and the check', () => {
    const gone = finding('gone')
    const p = plan(config([slack], [rule({ channels: ['slack'] })]), [], [event(gone, 'resolved')], {
      records: [record(gone)],
      subjects: [{ channel: 'slack', fingerprint: 'fp-gone', checkId: gone.checkId, state: 'open', seq: 3 }],
    })
    expect((p.entries[0]!.payload as FindingAlert).finding).toMatchObject({
      title: 'S3 bucket blocks public access',
      status: 'pass',
      message: 'gone was public',
      resource: { uid: 'arn:aws:s3:::gone', type: 'aws.s3.bucket', account: ACCOUNT, region: 'us-east-1', name: 'gone' },
    })
  })

  it('routes by owner tag, falling back when the owner has no channel or the tag is missing', () => {
    const [a, b, c] = [finding('a'), finding('b'), finding('c')]
    const resources = [resource('a', { team: 'payments' }), resource('b', { owner: 'nobody' }), resource('c')]
    const r = rule({ owner: { tags: ['owner', 'team'], channels: { payments: 'payments' }, fallback: 'slack' } })
    const p = plan(config([slack, payments], [r]), [a, b, c], [event(a, 'new'), event(b, 'new'), event(c, 'new')], { resources })
    expect(keys(p)).toEqual(['slack slack:scan:7:new:fp-b', 'slack slack:scan:7:new:fp-c', 'payments payments:scan:7:new:fp-a'])
    expect((p.entries[2]!.payload as FindingAlert).owner).toBe('payments')
    expect((p.entries[0]!.payload as FindingAlert).owner).toBe('nobody')
  })

  it('caps a chat channel per scan, most severe first, with one "and N more" message', () => {
    const fs = [finding('low', { severity: 'low' }), finding('crit'), finding('high', { severity: 'high' })]
    const p = plan(
      config([{ ...slack, cap: 2 }], [rule({ channels: ['slack'] })]),
      fs,
      fs.map((f) => event(f, 'new')),
    )
    expect(keys(p)).toEqual(['slack slack:scan:7:new:fp-crit', 'slack slack:scan:7:new:fp-high', 'slack slack:scan:7:overflow'])
    expect(p.entries[2]!.payload as OverflowAlert).toMatchObject({ kind: 'overflow', shown: 2, more: 1, bySeverity: { low: 1, critical: 0 } })
    expect(p.subjects.map((s) => s.fingerprint)).toEqual(['fp-crit', 'fp-high', 'fp-low'])
  })

  it('never caps per-finding channels (each finding is an incident there)', () => {
    const fs = [finding('a'), finding('b'), finding('c')]
    const p = plan(
      config([{ ...pd, cap: 1 }], [rule({ channels: ['pd'] })]),
      fs,
      fs.map((f) => event(f, 'new')),
    )
    expect(p.entries.map((e) => e.kind)).toEqual(['finding', 'finding', 'finding'])
  })

  it('sends one digest per scan with counts, severities, the top N and the rest counted', () => {
    const fs = [finding('a'), finding('b', { severity: 'high' }), finding('c', { severity: 'low' }), finding('d', { status: 'pass' })]
    const events = [event(fs[0]!, 'new'), event(fs[1]!, 'reopened'), event(fs[2]!, 'new'), event(fs[3]!, 'resolved')]
    const p = plan(config([digest], [rule({ channels: ['digest'] })]), fs, events)
    expect(keys(p)).toEqual(['digest digest:scan:7:digest'])
    const d = p.entries[0]!.payload as DigestAlert
    expect(d.counts).toEqual({ new: 2, reopened: 1, resolved: 1, unmuted: 0, open: null })
    expect(d.bySeverity).toMatchObject({ critical: 1, high: 1, low: 1, medium: 0 })
    expect(d.top.map((t) => `${t.event} ${t.finding.resource.name}`)).toEqual(['new a', 'reopened b'])
    expect(d.more).toBe(2)
    expect(p.subjects).toEqual([])
  })

  it('sends the open set as a digest every scan when a rule asks for it, even without changes', () => {
    const fs = [finding('a'), finding('b', { severity: 'medium' }), finding('ok', { status: 'pass' })]
    const p = plan(config([digest], [rule({ channels: ['digest'], on: ['new', 'open'] })]), fs, [])
    const d = p.entries[0]!.payload as DigestAlert
    expect(d.counts).toEqual({ new: 0, reopened: 0, resolved: 0, unmuted: 0, open: 2 })
    expect(d.top.map((t) => `${t.event} ${t.finding.resource.name}`)).toEqual(['open a', 'open b'])
  })

  it('tells per-check Jira issues how many findings of the check stay open on the channel', () => {
    const [a, b] = [finding('a', { status: 'pass' }), finding('b')]
    const p = plan(config([jira], [rule({ channels: ['jira'] })]), [a, b], [event(a, 'resolved'), event(b, 'new')], {
      subjects: [{ channel: 'jira', fingerprint: 'fp-a', checkId: a.checkId, state: 'open', seq: 3 }],
      openByCheck: new Map([[`jira\u0000${a.checkId}`, 1]]),
    })
    expect(p.entries.map((e) => [e.event, (e.payload as FindingAlert).openForCheck])).toEqual([
      ['new', 1],
      ['resolved', 1],
    ])
  })
})
