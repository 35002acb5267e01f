/**
 * The store test suite: the same cases on SQLite and PostgreSQL (test/support/databases.ts). Scans are built from
 * Resource / ScanFinding values directly, so every lifecycle, history and drift rule is pinned down without a cloud.
 */
import { storedFinding } from '../../src/store/finding-history.js'
import { spawn } from 'node:child_process'
import { createHash, randomBytes, randomUUID } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PostureError } from '../../src/core/errors.js'
import type { Resource } from '../../src/core/resource.js'
import { openStore } from '../../src/store/open.js'
import type { FindingEvent, FindingRecord, ScanRecord, Store } from '../../src/store/types.js'
import { storeTargets, type StoreTarget } from '../support/databases.js'
import { ACCOUNT, bucket, finding, iamUser, listingFailed, recordScan, securityGroup, suppression, volume } from '../support/scan-fixtures.js'

const T1 = '2026-03-01T00:00:00.000Z'
const T2 = '2026-03-02T00:00:00.000Z'
const T3 = '2026-03-03T00:00:00.000Z'
const SSH = 'aws-ec2-sg-no-ssh-from-internet'
const PUBLIC = 'aws-s3-bucket-public-access-blocked'
const ENCRYPTED = 'aws-ec2-volume-encrypted'
const MFA = 'aws-iam-user-mfa-enabled'
const KEYS = 'aws-iam-user-access-keys-rotated'

const sha256 = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex')
const byUid = (rs: readonly Resource[]): Resource[] => [...rs].sort((a, b) => a.uid.localeCompare(b.uid))
const uids = (rs: readonly { uid: string }[]): string[] => rs.map((r) => r.uid).sort()
const kinds = (events: readonly FindingEvent[]): string[] => events.map((e) => `${e.kind} ${e.checkId} ${e.resourceUid.split(/[/:]/).pop()}`).sort()

/** Rows in a table, counted over a second connection. */
async function count(target: StoreTarget, location: string, table: string): Promise<number> {
  const [row] = await target.query<{ n: number | string }>(location, `select count(*) as n from ${table}`)
  return Number(row?.n)
}

/** The error a promise rejects with (fails the test when it resolves). */
async function rejection(p: Promise<unknown>): Promise<unknown> {
  return p.then(
    () => expect.fail('expected a rejection'),
    (err: unknown) => err,
  )
}

/** Lifecycle rows by check id (the scenario has one resource per check that fails). */
async function byCheck(store: Store): Promise<Map<string, FindingRecord>> {
  return new Map((await store.findings()).map((f) => [f.checkId, f]))
}

describe.each(storeTargets())('store on $name', (target) => {
  afterAll(() => target.cleanup())

  describe('opening', () => {
    it('applies the migrations to an empty database; re-opening applies nothing and keeps the data', async () => {
      const location = await target.create()
      const store = await openStore(location)
      expect(store.dialect).toBe(target.name)
      expect(store.location).not.toContain(':posture@')
      expect(await target.tables(location)).toEqual(
        expect.arrayContaining([
          'posture_meta',
          'scans',
          'resource_versions',
          'resource_history',
          'findings',
          'finding_history',
          'finding_versions',
          'finding_events',
          'alert_outbox',
          'alert_subjects',
        ]),
      )
      const { scan } = await recordScan(store, { at: T1, resources: [bucket('acme-data', true)], findings: [] })
      await store.close()
      const applied = await target.query(location, 'select name, timestamp from kysely_migration order by name')
      expect(applied.map((m) => m.name)).toEqual(['0001-initial', '0002-scan-results', '0003-alerts'])

      const again = await openStore(location)
      try {
        expect(await target.query(location, 'select name, timestamp from kysely_migration order by name')).toEqual(applied)
        expect(await target.query(location, 'select key, value from posture_meta')).toEqual([{ key: 'app', value: 'posture' }])
        expect((await again.listScans()).map((s) => s.id)).toEqual([scan.id])
        expect(await again.inventoryAt(scan.seq)).toEqual([bucket('acme-data', true)])
      } finally {
        await again.close()
      }
    })

    it("refuses a database holding another application's tables and leaves it as it was", async () => {
      const location = await target.create()
      await target.query(location, 'create table orders (id integer primary key, total integer not null)')
      await target.query(location, 'insert into orders (id, total) values (1, 42)')
      const before = target.name === 'sqlite' ? sha256(location) : undefined

      const err = await rejection(openStore(location))
      expect(err).toBeInstanceOf(PostureError)
      expect(err).toMatchObject({ code: 'POSTURE_ERR_FOREIGN_DATABASE', message: expect.stringMatching(/another application.*orders/) as string })
      if (target.name === 'sqlite') {
        expect(sha256(location)).toBe(before)
        expect(existsSync(`${location}-wal`) || existsSync(`${location}-shm`)).toBe(false)
      }
      expect(await target.tables(location)).toEqual(['orders'])
      expect(await target.query(location, 'select id, total from orders')).toEqual([{ id: 1, total: 42 }])
    })

    it.runIf(target.name === 'sqlite')('refuses a file that is not a SQLite database and leaves it byte-identical', async () => {
      const location = await target.create()
      writeFileSync(location, 'id,total\n1,42\n'.repeat(200))
      const before = sha256(location)
      const err = await rejection(openStore(location))
      expect(err).toBeInstanceOf(PostureError)
      expect(err).toMatchObject({
        code: 'POSTURE_ERR_FOREIGN_DATABASE',
        message: expect.stringContaining('is not a usable SQLite database') as string,
      })
      expect(sha256(location)).toBe(before)
      expect(existsSync(`${location}-wal`) || existsSync(`${location}-shm`)).toBe(false)
    })

    it.runIf(target.name === 'postgres')("refuses another application's tables even when the connecting role cannot read them", async () => {
      const location = await target.create()
      await target.query(location, 'create table orders (id integer primary key)')
      const role = `posture_t_role_${randomBytes(4).toString('hex')}`
      await target.query(location, `create role ${role} login password 'secret'`)
      try {
        // The role may create tables here (so migrations would succeed) but was granted nothing on `orders`.
        await target.query(location, `grant usage, create on schema public to ${role}`)
        const url = new URL(location)
        url.username = role
        url.password = 'secret'
        expect(await rejection(openStore(url.toString()))).toMatchObject({ code: 'POSTURE_ERR_FOREIGN_DATABASE' })
        expect(await target.tables(location)).toEqual(['orders'])
      } finally {
        await target.query(location, `drop owned by ${role}`)
        await target.query(location, `drop role ${role}`)
      }
    })
  })

  describe('two scans with changes in between, then a relapse', () => {
    const mfaMute = suppression('mute-mfa', 'aws-iam-user-mfa-*')
    const sshMute = suppression('mute-ssh', 'aws-ec2-sg-*', { resources: `arn:aws:ec2:us-east-1:${ACCOUNT}:security-group/*` })
    const web1 = securityGroup('sg-web', [443])
    const web2 = securityGroup('sg-web', [443, 22]) // a port opened
    const logs1 = bucket('acme-logs', true)
    const logs2 = bucket('acme-logs', false) // a bucket fixed
    const old = volume('vol-old', false) // a resource deleted after scan 1
    const fresh = volume('vol-new', true) // a resource added in scan 2
    const alice = iamUser('alice', { team: 'platform' }) // unchanged throughout
    let store: Store
    const scans: ScanRecord[] = []
    const events: FindingEvent[][] = []
    const stored: { versions: number; history: number }[] = []

    beforeAll(async () => {
      store = await target.open()
      const location = target.locationOf(store)
      await store.putSuppression(mfaMute)
      await store.putSuppression(sshMute)
      const plan = [
        {
          at: T1,
          resources: [web1, logs1, old, alice],
          findings: [
            finding(SSH, web1, 'pass'),
            finding(PUBLIC, logs1, 'fail', { severity: 'critical' }),
            finding(ENCRYPTED, old, 'fail', { severity: 'medium' }),
            finding(MFA, alice, 'fail', { mutedBy: mfaMute }),
            finding(KEYS, alice, 'fail', { severity: 'low' }),
          ],
        },
        {
          at: T2,
          resources: [web2, logs2, fresh, alice],
          findings: [
            finding(SSH, web2, 'fail'),
            finding(PUBLIC, logs2, 'pass', { severity: 'critical' }),
            finding(ENCRYPTED, fresh, 'pass', { severity: 'medium' }),
            finding(MFA, alice, 'fail'), // the suppression no longer applies (e.g. expired)
            finding(KEYS, alice, 'error', { severity: 'low' }), // could not be decided: must not resolve
          ],
        },
        {
          at: T3,
          resources: [web2, logs1, fresh, alice], // the bucket is public again: its first version, byte for byte
          findings: [
            finding(SSH, web2, 'fail', { mutedBy: sshMute }),
            finding(PUBLIC, logs1, 'fail', { severity: 'critical' }),
            finding(ENCRYPTED, fresh, 'pass', { severity: 'medium' }),
            finding(MFA, alice, 'fail'),
            finding(KEYS, alice, 'fail', { severity: 'low' }),
          ],
        },
      ]
      for (const input of plan) {
        const r = await recordScan(store, input)
        scans.push(r.scan)
        events.push(r.events)
        stored.push({ versions: await count(target, location, 'resource_versions'), history: await count(target, location, 'resource_history') })
      }
    })

    it('records each scan with its status, scope and counts (muted excluded from fail)', async () => {
      const [s1, s2, s3] = scans
      expect(s1).toMatchObject({ status: 'complete', accounts: [ACCOUNT], collectionErrors: 0, error: null, finishedAt: '2026-03-01T00:01:00.000Z' })
      expect(s1!.summary).toEqual({ resources: 4, pass: 1, fail: 3, error: 0, muted: 1 })
      expect(s2!.summary).toEqual({ resources: 4, pass: 2, fail: 2, error: 1, muted: 0 })
      expect(s3!.summary).toEqual({ resources: 4, pass: 1, fail: 3, error: 0, muted: 1 })
      expect((await store.listScans()).map((s) => s.seq)).toEqual([s3!.seq, s2!.seq, s1!.seq])
    })

    it("inventoryAt gives each scan's snapshot, filtered by type, account and region", async () => {
      const [s1, s2, s3] = scans.map((s) => s.seq)
      expect(byUid(await store.inventoryAt(s1!))).toEqual(byUid([web1, logs1, old, alice]))
      expect(byUid(await store.inventoryAt(s2!))).toEqual(byUid([web2, logs2, fresh, alice]))
      expect(byUid(await store.inventoryAt(s3!))).toEqual(byUid([web2, logs1, fresh, alice]))
      expect(await store.inventoryAt(s1!, { types: ['aws.ec2.volume'] })).toEqual([old])
      expect(await store.inventoryAt(s2!, { regions: ['global'], accounts: [ACCOUNT] })).toEqual([alice])
      expect(await store.inventoryAt(s2!, { accounts: ['999999999999'] })).toEqual([])
    })

    it('resourceChanges lists added, removed and changed resources with before and after', async () => {
      const [s1, s2, s3] = scans.map((s) => s.seq)
      const changes = await store.resourceChanges(s1!, s2!)
      expect(changes.map((c) => [c.change, c.uid]).sort()).toEqual(
        [
          ['added', fresh.uid],
          ['changed', logs1.uid],
          ['changed', web1.uid],
          ['removed', old.uid],
        ].sort(),
      )
      expect(changes.find((c) => c.uid === web1.uid)).toMatchObject({
        type: 'aws.ec2.security-group',
        region: 'us-east-1',
        before: web1,
        after: web2,
      })
      expect(changes.find((c) => c.uid === old.uid)).toMatchObject({ before: old, after: null, name: 'vol-old' })
      expect(changes.find((c) => c.uid === fresh.uid)).toMatchObject({ before: null, after: fresh })
      expect(await store.resourceChanges(s2!, s3!)).toEqual([
        expect.objectContaining({ uid: logs1.uid, change: 'changed', before: logs2, after: logs1 }),
      ])
      // Over both scans the bucket went back to what it was: not a change.
      expect((await store.resourceChanges(s1!, s3!)).map((c) => c.uid).sort()).toEqual([fresh.uid, web1.uid, old.uid].sort())
      expect(await store.resourceChanges(s1!, s2!, { types: ['aws.ec2.volume'] })).toHaveLength(2)
    })

    it('does not store unchanged resources again (content hash), nor a version it already holds', () => {
      expect(stored).toEqual([
        { versions: 4, history: 4 },
        { versions: 7, history: 7 }, // new versions of the group and the bucket, and the new volume
        { versions: 7, history: 8 }, // the bucket's first version is reused: one history interval, no new body
      ])
    })

    it('tracks the finding lifecycle: new, resolved (fixed or deleted), reopened, muted and unmuted', async () => {
      const [s1, s2, s3] = scans
      const f = await byCheck(store)
      expect([...f.keys()].sort()).toEqual([ENCRYPTED, KEYS, MFA, PUBLIC, SSH].sort())
      expect(f.get(SSH)).toMatchObject({ state: 'muted', mutedBy: 'mute-ssh', firstSeenSeq: s2!.seq, lastSeenSeq: s3!.seq, reopenCount: 0 })
      expect(f.get(PUBLIC)).toMatchObject({
        state: 'reopened',
        reopenCount: 1,
        resolvedSeq: null,
        resolvedAt: null,
        firstSeenSeq: s1!.seq,
        firstSeenAt: s1!.finishedAt,
        lastSeenSeq: s3!.seq,
        severity: 'critical',
      })
      expect(f.get(ENCRYPTED)).toMatchObject({
        state: 'resolved',
        resourceUid: old.uid,
        resolvedSeq: s2!.seq,
        resolvedAt: s2!.finishedAt,
        lastSeenSeq: s1!.seq,
      })
      expect(f.get(MFA)).toMatchObject({ state: 'open', mutedBy: null, firstSeenSeq: s1!.seq, lastSeenSeq: s3!.seq })
      // The error in scan 2 neither resolved it nor counted as seen.
      expect(f.get(KEYS)).toMatchObject({ state: 'open', resolvedSeq: null, lastSeenSeq: s3!.seq, reopenCount: 0 })
    })

    it('records lifecycle events per scan, and between scans', async () => {
      const [s1, , s3] = scans
      expect(kinds(events[0]!)).toEqual([`new ${ENCRYPTED} vol-old`, `new ${KEYS} alice`, `new ${MFA} alice`, `new ${PUBLIC} acme-logs`].sort())
      expect(kinds(events[1]!)).toEqual(
        [`new ${SSH} sg-web`, `resolved ${ENCRYPTED} vol-old`, `resolved ${PUBLIC} acme-logs`, `unmuted ${MFA} alice`].sort(),
      )
      expect(kinds(events[2]!)).toEqual([`muted ${SSH} sg-web`, `reopened ${PUBLIC} acme-logs`].sort())
      expect(events[1]!.every((e) => e.scanSeq === scans[1]!.seq && e.at === scans[1]!.finishedAt)).toBe(true)
      expect(await store.findingEvents(s1!.seq, s3!.seq)).toEqual([...events[1]!, ...events[2]!])
      expect(await store.findingEvents(0, s1!.seq)).toEqual(events[0])
    })

    it('filters findings by state, severity, check and time', async () => {
      const count = async (q: Parameters<Store['findings']>[0]) => (await store.findings(q)).length
      expect(await count({ states: ['open', 'reopened'] })).toBe(3)
      expect(await count({ states: ['resolved'] })).toBe(1)
      expect(await count({ states: ['muted'] })).toBe(1)
      expect((await store.findings({ minSeverity: 'critical' })).map((f) => f.checkId)).toEqual([PUBLIC])
      expect(await count({ minSeverity: 'medium' })).toBe(4)
      expect(await count({ checks: [SSH, MFA] })).toBe(2)
      expect(await count({ since: scans[2]!.finishedAt! })).toBe(4)
      expect(await count({ limit: 2 })).toBe(2)
    })

    it("keeps each scan's non-passing findings, with the suppression that muted them", async () => {
      const inScan2 = await store.scanFindings(scans[1]!.seq)
      expect(inScan2.map((f) => `${f.status} ${f.checkId}`).sort()).toEqual([`error ${KEYS}`, `fail ${MFA}`, `fail ${SSH}`].sort())
      const ssh = (await store.scanFindings(scans[2]!.seq)).find((f) => f.checkId === SSH)
      // Remediation and compliance references are not stored per finding: readers take them from the check catalogue.
      expect(ssh).toEqual(storedFinding(finding(SSH, web2, 'fail', { mutedBy: sshMute })))
    })

    it('keeps every result of a scan, passes included, with its collection errors and the checks it ran', async () => {
      const results = await store.scanResults(scans[1]!.seq)
      const expected = (await store.scanFindings(scans[1]!.seq)).map((f) => `${f.status} ${f.checkId} ${f.resource.uid}`)
      expect(results.complete).toBe(true)
      expect(results.findings.filter((f) => f.status !== 'pass').map((f) => `${f.status} ${f.checkId} ${f.resource.uid}`)).toEqual(expected)
      expect(results.findings.filter((f) => f.status === 'pass').length).toBe(scans[1]!.summary!.pass)
      expect(results.findings.every((f) => f.remediation === undefined && f.compliance === undefined)).toBe(true)
      expect(results.checkIds).toEqual([...new Set(results.findings.map((f) => f.checkId))].sort())
      expect(results.errors).toEqual([])
    })

    it('counts suppression matches per scan', async () => {
      const list = new Map((await store.listSuppressions()).map((s) => [s.id, s]))
      expect(list.get('mute-mfa')).toMatchObject({ matchCount: 1, lastMatchedAt: scans[0]!.finishedAt })
      expect(list.get('mute-ssh')).toMatchObject({ matchCount: 1, lastMatchedAt: scans[2]!.finishedAt })
    })
  })

  it("a type-level collection error in a region keeps that region's resources and open findings", async () => {
    const store = await target.open()
    const east = volume('vol-east', false, 'us-east-1')
    const gone = volume('vol-gone', false, 'us-east-1')
    const west = volume('vol-west', false, 'eu-west-1')
    const westSg = securityGroup('sg-west', [22], 'eu-west-1') // another type in the same region: listed, so removable
    const euBucket = bucket('acme-eu', true, 'eu-west-1') // S3 is listed globally: a global gap covers every region
    const all = [east, gone, west, westSg, euBucket]
    const verdicts = (rs: Resource[]) =>
      rs.map((r) => finding(r.type === 'aws.ec2.security-group' ? SSH : r.type === 'aws.s3.bucket' ? PUBLIC : ENCRYPTED, r, 'fail'))
    const { scan: s1 } = await recordScan(store, { at: T1, resources: all, findings: verdicts(all) })
    const { scan: s2, events } = await recordScan(store, {
      at: T2,
      resources: [east],
      findings: verdicts([east]),
      collectionErrors: [listingFailed('aws.ec2.volume', 'eu-west-1'), listingFailed('aws.s3.bucket', 'global')],
    })
    expect(s2).toMatchObject({ status: 'partial', collectionErrors: 2 })
    expect(uids(await store.inventoryAt(s2.seq))).toEqual(uids([east, west, euBucket]))
    expect((await store.resourceChanges(s1.seq, s2.seq)).map((c) => `${c.change} ${c.name}`).sort()).toEqual(['removed sg-west', 'removed vol-gone'])
    expect(kinds(events)).toEqual([`resolved ${ENCRYPTED} vol-gone`, `resolved ${SSH} sg-west`].sort())
    const states = new Map((await store.findings()).map((f) => [f.resourceUid, f.state]))
    expect(Object.fromEntries([east, gone, west, westSg, euBucket].map((r) => [r.name, states.get(r.uid)]))).toEqual({
      'vol-east': 'open',
      'vol-gone': 'resolved',
      'vol-west': 'open',
      'sg-west': 'resolved',
      'acme-eu': 'open',
    })
  })

  it('a scan that never finished is marked interrupted; earlier scans stay intact and the next scan records', async () => {
    const store = await target.open()
    const data = bucket('acme-data', true)
    const { scan: s1 } = await recordScan(store, { at: T1, resources: [data, iamUser('bob')], findings: [finding(PUBLIC, data, 'fail')] })
    const snapshot = await store.inventoryAt(s1.seq)
    const crashed = await store.beginScan({ id: randomUUID(), provider: 'aws', target: `aws:${ACCOUNT}`, startedAt: T2, regions: ['us-east-1'] })
    expect(crashed.status).toBe('running')

    // The instance that began the scan keeps it alive; a later process (a new store instance) finds it abandoned.
    expect(await store.recoverInterrupted()).toBe(0)
    const later = await openStore(target.locationOf(store))
    expect(await later.recoverInterrupted()).toBe(1)
    await later.close()
    const marked = await store.findScan({ seq: crashed.seq })
    expect(marked).toMatchObject({ status: 'interrupted', error: expect.any(String) as string, summary: null })
    expect(marked!.finishedAt).not.toBeNull()
    expect(await store.findScan({ latest: true })).toMatchObject({ seq: s1.seq })
    expect(await store.inventoryAt(crashed.seq)).toEqual(snapshot)
    expect(await store.findingEvents(s1.seq, crashed.seq)).toEqual([])

    const fixed = bucket('acme-data', false)
    const { scan: s3, events } = await recordScan(store, { at: T3, resources: [fixed, iamUser('bob')], findings: [finding(PUBLIC, fixed, 'pass')] })
    expect(s3.status).toBe('complete')
    expect(kinds(events)).toEqual([`resolved ${PUBLIC} acme-data`])
    expect(await store.inventoryAt(s1.seq)).toEqual(snapshot)
    expect((await store.resourceChanges(s1.seq, s3.seq)).map((c) => `${c.change} ${c.name}`)).toEqual(['changed acme-data'])
    expect(await store.recoverInterrupted()).toBe(0)
    expect((await store.listScans()).map((s) => s.status)).toEqual(['complete', 'interrupted', 'complete'])
  })

  it('a scan process killed inside its write transaction leaves the store as it was; recovery marks it interrupted', async () => {
    const store = await target.open()
    const location = target.locationOf(store)
    const data = bucket('acme-data', true)
    const { scan: s1 } = await recordScan(store, { at: T1, resources: [data], findings: [finding(PUBLIC, data, 'fail')] })
    const rows = { versions: await count(target, location, 'resource_versions'), history: await count(target, location, 'resource_history') }

    const child = fileURLToPath(new URL('../support/crash-scan.ts', import.meta.url))
    const signal = await new Promise<NodeJS.Signals | null>((done, fail) => {
      const p = spawn(process.execPath, ['--import', 'tsx', child, location, T2], { stdio: ['ignore', 'ignore', 'inherit'] })
      p.on('error', fail)
      p.on('exit', (_code, sig) => done(sig))
    })
    expect(signal).toBe('SIGKILL')

    expect(await store.recoverInterrupted()).toBe(1)
    expect((await store.listScans()).map((s) => s.status)).toEqual(['interrupted', 'complete'])
    expect({ versions: await count(target, location, 'resource_versions'), history: await count(target, location, 'resource_history') }).toEqual(rows)
    expect(await store.inventoryAt(s1.seq + 1)).toEqual([data])
    const { scan: s3 } = await recordScan(store, { at: T3, resources: [data, volume('vol-after', true)], findings: [finding(PUBLIC, data, 'fail')] })
    expect(s3.status).toBe('complete')
    expect((await store.resourceChanges(s1.seq, s3.seq)).map((c) => `${c.change} ${c.name}`)).toEqual(['added vol-after'])
  })

  it('stores, replaces, lists and deletes suppressions', async () => {
    const store = await target.open()
    const scoped = suppression('mute-a', 'aws-s3-*', {
      account: ACCOUNT,
      region: 'us-east-1',
      resources: 'arn:aws:s3:::acme-*',
      tags: { env: 'dev' },
      expiresAt: '2026-12-31T00:00:00.000Z',
      source: 'config',
    })
    const broad = suppression('mute-b', 'aws-iam-*')
    await store.putSuppression(scoped)
    await store.putSuppression(broad)
    expect(await store.listSuppressions()).toEqual([scoped, broad])

    const user = iamUser('carol')
    const { scan } = await recordScan(store, { at: T1, resources: [user], findings: [finding(MFA, user, 'fail', { mutedBy: broad })] })
    // Replacing (e.g. the config file changed the reason) keeps when it was created and its match statistics.
    await store.putSuppression({ ...broad, reason: 'Break-glass account, reviewed quarterly', createdAt: '2030-01-01T00:00:00.000Z' })
    expect(await store.listSuppressions()).toEqual([
      scoped,
      { ...broad, reason: 'Break-glass account, reviewed quarterly', matchCount: 1, lastMatchedAt: scan.finishedAt },
    ])

    expect(await store.deleteSuppression('mute-a')).toBe(true)
    expect(await store.deleteSuppression('mute-a')).toBe(false)
    expect((await store.listSuppressions()).map((s) => s.id)).toEqual(['mute-b'])
  })

  it('sets, replaces and reads named baselines', async () => {
    const store = await target.open()
    const { scan: s1 } = await recordScan(store, { at: T1, resources: [iamUser('dave')], findings: [] })
    const { scan: s2 } = await recordScan(store, { at: T2, resources: [iamUser('dave'), iamUser('erin')], findings: [] })
    await store.setBaseline('default', s1.seq)
    await store.setBaseline('prod', s1.seq)
    expect(await store.getBaseline('default')).toEqual(s1)
    await store.setBaseline('default', s2.seq)
    expect(await store.getBaseline('default')).toEqual(s2)
    expect(await store.getBaseline('prod')).toEqual(s1)
    expect(await store.getBaseline('staging')).toBeUndefined()
  })

  it('finds scans by id, seq, time and latest; failed and running scans are never "as of" a time', async () => {
    const store = await target.open()
    const { scan: s1 } = await recordScan(store, { at: T1, resources: [iamUser('frank')], findings: [] })
    const { scan: s2 } = await recordScan(store, { at: T2, resources: [iamUser('frank')], findings: [] })
    const failed = await store.beginScan({ id: randomUUID(), provider: 'aws', target: `aws:${ACCOUNT}`, startedAt: T3, regions: [] })
    await store.failScan(failed.seq, 'no credentials', '2026-03-03T00:00:05.000Z')
    const running = await store.beginScan({ id: randomUUID(), provider: 'aws', target: `aws:${ACCOUNT}`, startedAt: T3, regions: [] })

    expect(await store.findScan({ id: s2.id })).toEqual(s2)
    expect(await store.findScan({ seq: s1.seq })).toEqual(s1)
    expect(await store.findScan({ id: randomUUID() })).toBeUndefined()
    expect(await store.findScan({ seq: 10_000 })).toBeUndefined()
    expect(await store.findScan({ at: '2026-03-01T12:00:00.000Z' })).toEqual(s1)
    expect(await store.findScan({ at: '2026-03-02T12:00:00.000Z' })).toEqual(s2)
    expect(await store.findScan({ at: '2026-02-28T00:00:00.000Z' })).toBeUndefined()
    expect(await store.findScan({ at: '2027-01-01T00:00:00.000Z' })).toEqual(s2)
    expect(await store.findScan({ latest: true })).toEqual(s2)
    expect(await store.findScan({ seq: failed.seq })).toMatchObject({
      status: 'failed',
      error: 'no credentials',
      finishedAt: '2026-03-03T00:00:05.000Z',
    })
    expect(await store.findScan({ id: running.id })).toMatchObject({ status: 'running', finishedAt: null, summary: null })
    expect((await store.listScans(2)).map((s) => s.seq)).toEqual([running.seq, failed.seq])
  })
})
