/**
 * The alert outbox of the store, on SQLite and PostgreSQL: planning inside finishScan's transaction (all or nothing),
 * exactly one row per key, claiming that concurrent senders never share, and the delivery bookkeeping (attempts,
 * backoff, leases, rate-limit counts) the senders rely on.
 */
import { randomUUID } from 'node:crypto'
import SQLite from 'better-sqlite3'
import { Kysely, Migrator, PostgresDialect, SqliteDialect } from 'kysely'
import pg from 'pg'
import { afterAll, describe, expect, it } from 'vitest'
import { fingerprint } from '../../src/core/fingerprint.js'
import { migrations } from '../../src/store/migrations/index.js'
import { openStore } from '../../src/store/open.js'
import type { AlertPlanInput, AlertPlanner, AlertSubject, FindingEvent, NewOutboxEntry, OutboxEntry, Store } from '../../src/store/types.js'
import { storeTargets, type StoreTarget } from '../support/databases.js'
import { ACCOUNT, bucket, finding, listingFailed, securityGroup, volume, type ScanInput } from '../support/scan-fixtures.js'

const T0 = '2026-04-01T00:00:00.000Z'
const SSH = 'aws-ec2-sg-no-ssh-from-internet'
const PUBLIC = 'aws-s3-bucket-public-access-blocked'
const ENCRYPTED = 'aws-ec2-volume-encrypted'
const REGIONS = ['us-east-1']

/** T0 plus some minutes (fractions allowed), as ISO text. */
const at = (minutes: number): string => new Date(Date.parse(T0) + minutes * 60_000).toISOString()
const keys = (entries: readonly OutboxEntry[]): string[] => entries.map((e) => e.key)

/** Records one scan like recordScan does, but with a planner; finished one minute after `input.at`. */
async function scanWith(
  store: Store,
  input: ScanInput,
  planAlerts?: AlertPlanner,
): Promise<{ seq: number; events: FindingEvent[]; finishedAt: string }> {
  const begun = await store.beginScan({ id: randomUUID(), provider: 'aws', target: `aws:${ACCOUNT}`, startedAt: input.at, regions: REGIONS })
  const errors = input.collectionErrors ?? []
  const finishedAt = new Date(Date.parse(input.at) + 60_000).toISOString()
  const result = {
    status: errors.length ? ('partial' as const) : ('complete' as const),
    finishedAt,
    accounts: [ACCOUNT],
    regions: REGIONS,
    stats: { apiCalls: 3, failedCalls: errors.length, durationMs: 60_000 },
    resources: input.resources,
    collectionErrors: errors,
    findings: input.findings,
  }
  const events = await store.finishScan(begun.seq, result, { provider: 'aws', accounts: [ACCOUNT], regions: REGIONS }, planAlerts)
  return { seq: begun.seq, events, finishedAt }
}

const SUBJECT_STATE: Record<FindingEvent['kind'], AlertSubject['state']> = {
  new: 'open',
  reopened: 'open',
  unmuted: 'open',
  resolved: 'resolved',
  muted: 'muted',
}

/** A planner like the real one in miniature: one entry and one subject per event and channel; records what it saw. */
function planner(channelsOf: (e: FindingEvent) => string[], seen: AlertPlanInput[] = []): AlertPlanner {
  return (input) => {
    seen.push(input)
    const plan: ReturnType<AlertPlanner> = { entries: [], subjects: [] }
    for (const e of input.events) {
      for (const channel of channelsOf(e)) {
        plan.entries.push({
          key: `scan:${input.scan.seq}:${e.kind}:${e.fingerprint}:${channel}`,
          channel,
          kind: 'finding',
          event: e.kind,
          fingerprint: e.fingerprint,
          checkId: e.checkId,
          scanSeq: input.scan.seq,
          severity: e.severity,
          payload: { title: `${e.kind} ${e.checkId} — ü`, resource: e.resourceUid, lines: ['a', 'b'] },
        })
        plan.subjects.push({ channel, fingerprint: e.fingerprint, checkId: e.checkId, state: SUBJECT_STATE[e.kind] })
      }
    }
    return plan
  }
}

/** An entry queued outside a scan. */
function entry(key: string, channel = 'slack', payload: unknown = { text: key }): NewOutboxEntry {
  return { key, channel, kind: 'finding', event: 'new', fingerprint: `fp-${key}`, checkId: SSH, scanSeq: null, severity: 'high', payload }
}

/** Rows in a table, counted over a second connection. */
async function count(target: StoreTarget, location: string, table: string): Promise<number> {
  const [row] = await target.query<{ n: number | string }>(location, `select count(*) as n from ${table}`)
  return Number(row?.n)
}

/** The subjects table over a second connection, in a stable order. */
async function subjectRows(target: StoreTarget, location: string): Promise<AlertSubject[]> {
  const rows = await target.query<{ channel: string; fingerprint: string; check_id: string; state: string; seq: number | string }>(
    location,
    'select channel, fingerprint, check_id, state, seq from alert_subjects',
  )
  return rows
    .map((r) => ({
      channel: r.channel,
      fingerprint: r.fingerprint,
      checkId: r.check_id,
      state: r.state as AlertSubject['state'],
      seq: Number(r.seq),
    }))
    .sort(bySubject)
}

/** Orders subjects by fingerprint, then channel (code-point order: the same on both databases). */
function bySubject(a: AlertSubject, b: AlertSubject): number {
  return a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : a.channel < b.channel ? -1 : a.channel > b.channel ? 1 : 0
}

/** Every entry, by key. */
async function byKey(store: Store): Promise<Map<string, OutboxEntry>> {
  return new Map((await store.listAlerts({ limit: 10_000 })).map((e) => [e.key, e]))
}

/** Brings a fresh location to the schema of the release before alerts (0001 and 0002 only), as an older Posture left it. */
async function migrateBeforeAlerts(target: StoreTarget, location: string): Promise<void> {
  const db =
    target.name === 'sqlite'
      ? new Kysely<unknown>({ dialect: new SqliteDialect({ database: new SQLite(location) }) })
      : new Kysely<unknown>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: location, max: 1 }) }) })
  try {
    const all = migrations(target.name)
    const old = { '0001-initial': all['0001-initial']!, '0002-scan-results': all['0002-scan-results']! }
    const outcome = await new Migrator({ db, provider: { getMigrations: () => Promise.resolve(old) } }).migrateToLatest()
    expect(outcome.error).toBeUndefined()
  } finally {
    await db.destroy()
  }
}

describe.each(storeTargets())('alert outbox on $name', (target) => {
  afterAll(() => target.cleanup())

  const web = securityGroup('sg-web', [22])
  const data = bucket('acme-data', true)
  const logs = bucket('acme-logs', true)
  const disk = volume('vol-1', false)
  const fp = {
    web: fingerprint(SSH, web.uid),
    data: fingerprint(PUBLIC, data.uid),
    logs: fingerprint(PUBLIC, logs.uid),
    disk: fingerprint(ENCRYPTED, disk.uid),
  }
  const scan1: ScanInput = {
    at: T0,
    resources: [web, data, logs],
    findings: [finding(SSH, web, 'fail'), finding(PUBLIC, data, 'fail'), finding(PUBLIC, logs, 'fail')],
  }
  // data is fixed, disk appears, and one listing failed (a partial scan): one 'resolved' and one 'new' event.
  const scan2: ScanInput = {
    at: at(60),
    resources: [web, data, logs, disk],
    findings: [
      finding(SSH, web, 'fail'),
      finding(PUBLIC, data, 'pass'),
      finding(PUBLIC, logs, 'fail'),
      finding(ENCRYPTED, disk, 'fail', { severity: 'medium' }),
    ],
    collectionErrors: [listingFailed('aws.iam.user', 'global')],
  }
  // Slack hears about everything, Jira only about public buckets.
  const route = (e: FindingEvent): string[] => (e.checkId === PUBLIC ? ['jira', 'slack'] : ['slack'])

  it('the planner sees the finished scan, its events, their lifecycle rows, what channels were told and open counts per check', async () => {
    const store = await target.open()
    const seen: AlertPlanInput[] = []
    const first = await scanWith(store, scan1, planner(route, seen))
    const second = await scanWith(store, scan2, planner(route, seen))
    const [in1, in2] = seen
    expect(seen).toHaveLength(2)

    expect(in1!.scan).toEqual(await store.findScan({ seq: first.seq }))
    expect(in1!.scan).toMatchObject({ status: 'complete', finishedAt: first.finishedAt, summary: { fail: 3 } })
    expect(in1!.events).toEqual(first.events)
    expect(in1!.events.map((e) => `${e.kind} ${e.fingerprint}`).sort()).toEqual([`new ${fp.data}`, `new ${fp.logs}`, `new ${fp.web}`].sort())
    expect([...in1!.records.keys()].sort()).toEqual([fp.data, fp.logs, fp.web].sort())
    expect(in1!.records.get(fp.web)).toMatchObject({ state: 'open', firstSeenSeq: first.seq, checkId: SSH })
    expect(in1!.subjects.size).toBe(0)
    expect(in1!.openByCheck.size).toBe(0)

    expect(in2!.scan).toEqual(await store.findScan({ seq: second.seq }))
    expect(in2!.scan).toMatchObject({ status: 'partial', collectionErrors: 1 })
    expect(in2!.events.map((e) => `${e.kind} ${e.fingerprint}`).sort()).toEqual([`new ${fp.disk}`, `resolved ${fp.data}`].sort())
    // Rows as this scan left them: data already resolved by it.
    expect([...in2!.records.keys()].sort()).toEqual([fp.data, fp.disk].sort())
    expect(in2!.records.get(fp.data)).toMatchObject({ state: 'resolved', resolvedSeq: second.seq })
    expect(in2!.records.get(fp.disk)).toMatchObject({ state: 'open', severity: 'medium' })
    // Only the events' fingerprints, with every channel told; disk was never announced.
    expect([...in2!.subjects.keys()]).toEqual([fp.data])
    expect(in2!.subjects.get(fp.data)).toEqual([
      { channel: 'jira', fingerprint: fp.data, checkId: PUBLIC, state: 'open', seq: first.seq },
      { channel: 'slack', fingerprint: fp.data, checkId: PUBLIC, state: 'open', seq: first.seq },
    ])
    // Checks of the events only (SSH had no event); ENCRYPTED has no subject yet.
    expect(new Map(in2!.openByCheck)).toEqual(
      new Map([
        [`jira\u0000${PUBLIC}`, 2],
        [`slack\u0000${PUBLIC}`, 2],
      ]),
    )
  })

  it("queues the plan's entries as pending and due at the scan's end, and its subjects with the scan's seq", async () => {
    const store = await target.open()
    const location = target.locationOf(store)
    const first = await scanWith(store, scan1, planner(route))
    const second = await scanWith(store, scan2, planner(route))

    const entries = await byKey(store)
    // Scan 1: web (slack), data and logs (jira, slack); scan 2: data resolved (jira, slack), disk new (slack).
    expect(entries.size).toBe(8)
    const resolved = entries.get(`scan:${second.seq}:resolved:${fp.data}:jira`)
    expect(resolved).toEqual({
      id: expect.any(Number) as number,
      key: `scan:${second.seq}:resolved:${fp.data}:jira`,
      channel: 'jira',
      kind: 'finding',
      event: 'resolved',
      fingerprint: fp.data,
      checkId: PUBLIC,
      scanSeq: second.seq,
      severity: 'high',
      payload: { title: `resolved ${PUBLIC} — ü`, resource: data.uid, lines: ['a', 'b'] },
      status: 'pending',
      attempts: 0,
      nextAttemptAt: second.finishedAt,
      leaseUntil: null,
      lastError: null,
      createdAt: second.finishedAt,
      deliveredAt: null,
      ref: null,
    })
    expect(entries.get(`scan:${first.seq}:new:${fp.web}:slack`)).toMatchObject({ scanSeq: first.seq, createdAt: first.finishedAt, status: 'pending' })

    const expected: AlertSubject[] = [
      { channel: 'slack', fingerprint: fp.web, checkId: SSH, state: 'open', seq: first.seq },
      { channel: 'jira', fingerprint: fp.data, checkId: PUBLIC, state: 'resolved', seq: second.seq },
      { channel: 'slack', fingerprint: fp.data, checkId: PUBLIC, state: 'resolved', seq: second.seq },
      { channel: 'jira', fingerprint: fp.logs, checkId: PUBLIC, state: 'open', seq: first.seq },
      { channel: 'slack', fingerprint: fp.logs, checkId: PUBLIC, state: 'open', seq: first.seq },
      { channel: 'slack', fingerprint: fp.disk, checkId: ENCRYPTED, state: 'open', seq: second.seq },
    ]
    expect(await subjectRows(target, location)).toEqual(expected.sort(bySubject))
  })

  it('keeps one row per key: a repeated key in a plan, a later plan or an enqueue leaves the first row as it was', async () => {
    const store = await target.open()
    const fixed: AlertPlanner = (input) => ({
      entries: [entry('digest:slack', 'slack', { scan: input.scan.seq, n: 1 }), entry('digest:slack', 'slack', { scan: input.scan.seq, n: 2 })],
      subjects: [
        { channel: 'slack', fingerprint: fp.web, checkId: SSH, state: 'muted' },
        { channel: 'slack', fingerprint: fp.web, checkId: SSH, state: 'open' },
      ],
    })
    const first = await scanWith(store, scan1, fixed)
    const second = await scanWith(store, scan2, fixed)
    const [row] = await store.listAlerts()
    expect(await store.listAlerts()).toHaveLength(1)
    expect(row).toMatchObject({ key: 'digest:slack', payload: { scan: first.seq, n: 1 }, createdAt: first.finishedAt })
    // The last state listed for a (channel, fingerprint) wins.
    expect(await subjectRows(target, target.locationOf(store))).toEqual([
      { channel: 'slack', fingerprint: fp.web, checkId: SSH, state: 'open', seq: second.seq },
    ])

    const stored = await store.enqueueAlerts(
      [entry('digest:slack', 'slack', { other: true }), entry('test:email', 'email'), entry('test:email', 'email', { dup: 1 })],
      at(500),
    )
    expect(stored).toEqual([
      row,
      expect.objectContaining({ key: 'test:email', channel: 'email', payload: { text: 'test:email' }, createdAt: at(500) }),
    ])
    expect(keys(await store.listAlerts())).toEqual(['test:email', 'digest:slack'])
  })

  it('a planner that throws rolls the whole scan back: no findings, events, history, outbox rows or subjects', async () => {
    const store = await target.open()
    const location = target.locationOf(store)
    const begun = await store.beginScan({ id: randomUUID(), provider: 'aws', target: `aws:${ACCOUNT}`, startedAt: T0, regions: REGIONS })
    const seen: AlertPlanInput[] = []
    const failing: AlertPlanner = (input) => {
      seen.push(input)
      throw new Error('planner bug')
    }
    const result = {
      status: 'complete' as const,
      finishedAt: at(1),
      accounts: [ACCOUNT],
      regions: REGIONS,
      stats: null,
      resources: scan1.resources,
      collectionErrors: [],
      findings: scan1.findings,
    }
    await expect(store.finishScan(begun.seq, result, { provider: 'aws', accounts: [ACCOUNT], regions: REGIONS }, failing)).rejects.toThrow(
      'planner bug',
    )
    // It ran after the scan was recorded inside the transaction, so there was something to roll back.
    expect(seen[0]!.events).toHaveLength(3)
    for (const table of ['findings', 'finding_events', 'finding_history', 'resource_history', 'alert_outbox', 'alert_subjects'])
      expect(await count(target, location, table), table).toBe(0)
    expect(await store.findScan({ seq: begun.seq })).toMatchObject({ status: 'running', finishedAt: null, summary: null })

    await store.failScan(begun.seq, 'alert planning failed', at(2))
    const next = await scanWith(store, scan1, planner(route))
    expect(next.events.map((e) => e.kind)).toEqual(['new', 'new', 'new'])
    expect(await store.listAlerts()).toHaveLength(5)
  })

  it('claims due entries oldest first, and records delivered, retried and failed attempts', async () => {
    const store = await target.open()
    await store.enqueueAlerts([entry('a')], at(0))
    await store.enqueueAlerts([entry('b')], at(1))
    await store.enqueueAlerts([entry('c', 'email')], at(2))
    await store.enqueueAlerts([entry('later')], at(30))

    const firstTwo = await store.claimAlerts({ now: at(5), leaseUntil: at(10), limit: 2 })
    expect(keys(firstTwo)).toEqual(['a', 'b'])
    expect(firstTwo[0]).toMatchObject({ status: 'sending', leaseUntil: at(10), attempts: 0, nextAttemptAt: at(0) })
    expect(keys(await store.claimAlerts({ now: at(5), leaseUntil: at(10), limit: 10 }))).toEqual(['c'])
    expect(await store.claimAlerts({ now: at(5), leaseUntil: at(10), limit: 10 })).toEqual([])
    const [a, b, c] = [...firstTwo, ...(await store.listAlerts({ channel: 'email' }))]

    await store.completeAlert(a!.id, { status: 'delivered', at: at(6), ref: 'SEC-1' })
    await store.completeAlert(b!.id, { status: 'pending', nextAttemptAt: at(20), error: 'HTTP 503' })
    await store.completeAlert(c!.id, { status: 'failed', at: at(6), error: 'HTTP 400: invalid payload' })
    let rows = await byKey(store)
    expect(rows.get('a')).toMatchObject({ status: 'delivered', attempts: 1, deliveredAt: at(6), ref: 'SEC-1', leaseUntil: null, lastError: null })
    expect(rows.get('b')).toMatchObject({
      status: 'pending',
      attempts: 1,
      nextAttemptAt: at(20),
      lastError: 'HTTP 503',
      leaseUntil: null,
      deliveredAt: null,
    })
    expect(rows.get('c')).toMatchObject({
      status: 'failed',
      attempts: 1,
      lastError: 'HTTP 400: invalid payload',
      leaseUntil: null,
      deliveredAt: null,
    })

    expect(await store.claimAlerts({ now: at(19), leaseUntil: at(25), limit: 10 })).toEqual([])
    expect(keys(await store.claimAlerts({ now: at(20), leaseUntil: at(25), limit: 10 }))).toEqual(['b'])
    await store.completeAlert(b!.id, { status: 'delivered', at: at(21) })
    rows = await byKey(store)
    expect(rows.get('b')).toMatchObject({ status: 'delivered', attempts: 2, deliveredAt: at(21), ref: null, lastError: null })

    // A stale sender (its lease long gone, the entry delivered by another) changes nothing.
    await store.completeAlert(a!.id, { status: 'pending', nextAttemptAt: at(40), error: 'timeout' })
    await store.deferAlert(a!.id, at(40))
    expect((await byKey(store)).get('a')).toEqual(rows.get('a'))
    // Delivered and failed entries are never claimed again; 'later' became due.
    expect(keys(await store.claimAlerts({ now: at(10_000), leaseUntil: at(10_001), limit: 10 }))).toEqual(['later'])
  })

  it('claims only the channels asked for', async () => {
    const store = await target.open()
    await store.enqueueAlerts([entry('s1'), entry('e1', 'email'), entry('t1', 'teams'), entry('e2', 'email')], at(0))
    expect(await store.claimAlerts({ now: at(1), leaseUntil: at(2), limit: 10, channels: [] })).toEqual([])
    expect(keys(await store.claimAlerts({ now: at(1), leaseUntil: at(2), limit: 10, channels: ['email', 'teams'] }))).toEqual(['e1', 't1', 'e2'])
    expect(keys(await store.claimAlerts({ now: at(1), leaseUntil: at(2), limit: 10 }))).toEqual(['s1'])
  })

  it('reclaims an entry whose lease expired, never one whose lease runs', async () => {
    const store = await target.open()
    await store.enqueueAlerts([entry('x')], at(0))
    expect(keys(await store.claimAlerts({ now: at(0), leaseUntil: at(1), limit: 1 }))).toEqual(['x'])
    expect(await store.claimAlerts({ now: at(0.5), leaseUntil: at(2), limit: 1 })).toEqual([])
    expect(await store.claimAlerts({ now: at(1), leaseUntil: at(2), limit: 1 })).toEqual([])
    const [again] = await store.claimAlerts({ now: at(2), leaseUntil: at(3), limit: 1 })
    expect(again).toMatchObject({ key: 'x', status: 'sending', leaseUntil: at(3), attempts: 0 })
  })

  it('deferAlert puts a claimed entry back at a later time without counting an attempt', async () => {
    const store = await target.open()
    const [queued] = await store.enqueueAlerts([entry('r')], at(0))
    await store.claimAlerts({ now: at(0), leaseUntil: at(1), limit: 1 })
    await store.completeAlert(queued!.id, { status: 'pending', nextAttemptAt: at(1), error: 'HTTP 429' })
    await store.claimAlerts({ now: at(1), leaseUntil: at(2), limit: 1 })
    await store.deferAlert(queued!.id, at(5))
    const [row] = await store.listAlerts()
    expect(row).toMatchObject({ status: 'pending', attempts: 1, nextAttemptAt: at(5), leaseUntil: null, lastError: 'HTTP 429' })
    expect(await store.claimAlerts({ now: at(4.9), leaseUntil: at(6), limit: 1 })).toEqual([])
    expect(await store.claimAlerts({ now: at(5), leaseUntil: at(6), limit: 1 })).toEqual([{ ...row, status: 'sending', leaseUntil: at(6) }])
  })

  it('two stores on one database claiming at once never get the same entry, and together get them all', async () => {
    const a = await target.open()
    const b = await openStore(target.locationOf(a))
    try {
      const queued = await a.enqueueAlerts(
        Array.from({ length: 60 }, (_, i) => entry(`k${String(i).padStart(2, '0')}`, i % 2 ? 'slack' : 'email')),
        at(0),
      )
      const claim = (s: Store) => s.claimAlerts({ now: at(1), leaseUntil: at(10), limit: 9 })
      const rounds = await Promise.all([a, b, a, b, a, b, a, b].map(claim))
      const concurrent = rounds.flat().map((e) => e.id)
      expect(new Set(concurrent).size).toBe(concurrent.length)
      // Whatever the race left unclaimed is still claimable, exactly once.
      const rest = [...(await claim(a)), ...(await claim(b)), ...(await a.claimAlerts({ now: at(1), leaseUntil: at(10), limit: 100 }))].map(
        (e) => e.id,
      )
      expect([...concurrent, ...rest].sort((x, y) => x - y)).toEqual(queued.map((e) => e.id).sort((x, y) => x - y))
      expect(new Set((await b.listAlerts({ limit: 100 })).map((e) => e.status))).toEqual(new Set(['sending']))
    } finally {
      await b.close()
    }
  })

  it("countDelivered counts a channel's deliveries at or after a time", async () => {
    const store = await target.open()
    const [s1, s2, s3, s4, e1] = await store.enqueueAlerts([entry('s1'), entry('s2'), entry('s3'), entry('s4'), entry('e1', 'email')], at(0))
    await store.claimAlerts({ now: at(0), leaseUntil: at(5), limit: 10 })
    await store.completeAlert(s1!.id, { status: 'delivered', at: at(1) })
    await store.completeAlert(s2!.id, { status: 'delivered', at: at(2) })
    await store.completeAlert(s3!.id, { status: 'failed', at: at(2), error: 'HTTP 404' })
    await store.completeAlert(s4!.id, { status: 'pending', nextAttemptAt: at(3), error: 'HTTP 500' })
    await store.completeAlert(e1!.id, { status: 'delivered', at: at(2) })
    const cases: [string, string, number][] = [
      ['slack', at(0), 2],
      ['slack', at(1), 2],
      ['slack', at(1.5), 1],
      ['slack', at(2), 1],
      ['slack', '2026-04-01T00:02:00.001Z', 0],
      ['email', at(0), 1],
      ['teams', at(0), 0],
    ]
    for (const [channel, since, expected] of cases) expect(await store.countDelivered(channel, since), `${channel} since ${since}`).toBe(expected)
  })

  it('lists entries newest first, filtered by status and channel, 50 unless told', async () => {
    const store = await target.open()
    const [a] = await store.enqueueAlerts([entry('a')], at(0))
    const [b] = await store.enqueueAlerts([entry('b', 'email')], at(1))
    const [c, d] = await store.enqueueAlerts([entry('c'), entry('d')], at(2))
    await store.claimAlerts({ now: at(3), leaseUntil: at(4), limit: 10 })
    await store.completeAlert(a!.id, { status: 'delivered', at: at(3) })
    await store.completeAlert(c!.id, { status: 'failed', at: at(3), error: 'HTTP 410: webhook removed' })
    await store.deferAlert(d!.id, at(9))
    expect(b!.id).toBeGreaterThan(a!.id)

    expect(keys(await store.listAlerts())).toEqual(['d', 'c', 'b', 'a'])
    expect(keys(await store.listAlerts({ statuses: ['pending'] }))).toEqual(['d'])
    expect(keys(await store.listAlerts({ statuses: ['sending', 'delivered'] }))).toEqual(['b', 'a'])
    expect(keys(await store.listAlerts({ channel: 'slack' }))).toEqual(['d', 'c', 'a'])
    expect(keys(await store.listAlerts({ channel: 'slack', statuses: ['delivered', 'failed'], limit: 1 }))).toEqual(['c'])
    expect(await store.listAlerts({ channel: 'teams' })).toEqual([])

    await store.enqueueAlerts(
      Array.from({ length: 55 }, (_, i) => entry(`n${i}`)),
      at(10),
    )
    const listed = await store.listAlerts()
    expect(listed).toHaveLength(50)
    expect(listed.every((e) => e.key.startsWith('n'))).toBe(true)
  })

  it('keeps outbox rows and subjects when the store is reopened', async () => {
    const location = await target.create()
    const store = await openStore(location)
    const first = await scanWith(store, scan1, planner(route))
    const [queued] = await store.enqueueAlerts([entry('test:slack')], at(500))
    await store.claimAlerts({ now: at(500), leaseUntil: at(501), limit: 100 })
    await store.completeAlert(queued!.id, { status: 'delivered', at: at(500), ref: 'ts-1' })
    const before = await store.listAlerts()
    await store.close()

    const again = await openStore(location)
    try {
      expect(await again.listAlerts()).toEqual(before)
      expect(before).toHaveLength(6)
      expect(await again.countDelivered('slack', at(0))).toBe(1)
      const seen: AlertPlanInput[] = []
      await scanWith(again, scan2, planner(route, seen))
      expect(seen[0]!.subjects.get(fp.data)?.map((s) => `${s.channel} ${s.state} ${s.seq}`)).toEqual([
        `jira open ${first.seq}`,
        `slack open ${first.seq}`,
      ])
    } finally {
      await again.close()
    }
  })

  it('upgrades a store of the release before alerts: 0003 adds the outbox and keeps the scans', async () => {
    const location = await target.create()
    await migrateBeforeAlerts(target, location)
    await target.query(
      location,
      `insert into scans (id, provider, target, accounts, regions, started_at, finished_at, status, collection_errors)
       values ('old-scan', 'aws', 'aws:${ACCOUNT}', '["${ACCOUNT}"]', '["us-east-1"]', '${T0}', '${at(1)}', 'complete', 0)`,
    )
    expect(await target.tables(location)).not.toContain('alert_outbox')

    const store = await openStore(location)
    try {
      const applied = await target.query<{ name: string }>(location, 'select name from kysely_migration order by name')
      expect(applied.map((m) => m.name)).toEqual(['0001-initial', '0002-scan-results', '0003-alerts'])
      expect(await target.tables(location)).toEqual(expect.arrayContaining(['alert_outbox', 'alert_subjects']))
      expect((await store.listScans()).map((s) => s.id)).toEqual(['old-scan'])
      const next = await scanWith(store, scan1, planner(route))
      expect(keys(await store.listAlerts({ channel: 'jira' })).sort()).toEqual(
        [`scan:${next.seq}:new:${fp.data}:jira`, `scan:${next.seq}:new:${fp.logs}:jira`].sort(),
      )
    } finally {
      await store.close()
    }
  })
})
