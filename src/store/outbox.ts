import type { ExpressionBuilder, Insertable, Kysely, Transaction, Updateable } from 'kysely'
import type { Database } from './schema.js'
import { chunks, toFinding, toOutbox, toScan } from './rows.js'
import type { AlertPlanner, AlertSubject, DeliveryOutcome, FindingEvent, FindingRecord, NewOutboxEntry, OutboxEntry, OutboxQuery } from './types.js'

type Db = Kysely<Database>
type Outbox = Database['alert_outbox']

/** IN lists are cut at this many values (bound parameters stay well under both dialects' limits). */
const IN_CHUNK = 500

/**
 * Claim rounds per call: claimers that select the same candidates at once lose some of them to each other, and a lost
 * candidate is then no longer due, so another round finds the next ones. Bounded so a busy outbox cannot spin forever.
 */
const MAX_CLAIM_ROUNDS = 5

/** Due for a send: pending and its time has come, or claimed by a sender whose lease ran out (it died or hung). */
function due(eb: ExpressionBuilder<Database, 'alert_outbox'>, now: string) {
  return eb.or([
    eb.and([eb('status', '=', 'pending'), eb('next_attempt_at', '<=', now)]),
    eb.and([eb('status', '=', 'sending'), eb('lease_until', '<', now)]),
  ])
}

/** A new entry → its row: pending, no attempt yet, due at once. */
function toRow(e: NewOutboxEntry, at: string): Insertable<Outbox> {
  return {
    key: e.key,
    channel: e.channel,
    kind: e.kind,
    event: e.event,
    fingerprint: e.fingerprint,
    check_id: e.checkId,
    scan_seq: e.scanSeq,
    severity: e.severity,
    payload: JSON.stringify(e.payload ?? null),
    status: 'pending',
    attempts: 0,
    next_attempt_at: at,
    created_at: at,
  }
}

/** Queues entries; a key already stored (or repeated in `entries`) keeps its first row. Returns the distinct keys. */
export async function insertEntries(db: Db, entries: readonly NewOutboxEntry[], at: string): Promise<string[]> {
  const first = new Map<string, NewOutboxEntry>()
  for (const e of entries) if (!first.has(e.key)) first.set(e.key, e)
  for (const part of chunks([...first.values()], 100)) {
    await db
      .insertInto('alert_outbox')
      .values(part.map((e) => toRow(e, at)))
      .onConflict((oc) => oc.column('key').doNothing())
      .execute()
  }
  return [...first.keys()]
}

/** Queues entries outside a scan, in one transaction, and returns them as stored (in the order of their keys). */
export async function enqueueAlerts(db: Db, entries: readonly NewOutboxEntry[], at: string): Promise<OutboxEntry[]> {
  return db.transaction().execute(async (trx) => {
    const keys = await insertEntries(trx, entries, at)
    const byKey = new Map<string, OutboxEntry>()
    for (const part of chunks(keys, IN_CHUNK)) {
      for (const row of await trx.selectFrom('alert_outbox').selectAll().where('key', 'in', part).execute()) byKey.set(row.key, toOutbox(row))
    }
    return keys.flatMap((k) => byKey.get(k) ?? [])
  })
}

/** Lifecycle rows of these fingerprints (as this scan left them: read after it wrote them), by fingerprint. */
async function readRecords(trx: Transaction<Database>, fingerprints: readonly string[]): Promise<Map<string, FindingRecord>> {
  const out = new Map<string, FindingRecord>()
  for (const part of chunks(fingerprints, IN_CHUNK)) {
    for (const row of await trx.selectFrom('findings').selectAll().where('fingerprint', 'in', part).execute())
      out.set(row.fingerprint, toFinding(row))
  }
  return out
}

/** Subjects of these fingerprints, by fingerprint (fingerprints no channel was told about are absent). */
async function readSubjects(trx: Transaction<Database>, fingerprints: readonly string[]): Promise<Map<string, AlertSubject[]>> {
  const out = new Map<string, AlertSubject[]>()
  for (const part of chunks(fingerprints, IN_CHUNK)) {
    const rows = await trx
      .selectFrom('alert_subjects')
      .selectAll()
      .where('fingerprint', 'in', part)
      .orderBy('fingerprint')
      .orderBy('channel')
      .execute()
    for (const r of rows) {
      const subject: AlertSubject = {
        channel: r.channel,
        fingerprint: r.fingerprint,
        checkId: r.check_id,
        state: r.state as AlertSubject['state'],
        seq: Number(r.seq),
      }
      out.set(r.fingerprint, [...(out.get(r.fingerprint) ?? []), subject])
    }
  }
  return out
}

/** Open subjects per channel and check, keyed `${channel}\u0000${checkId}`, for these check ids. */
async function countOpenByCheck(trx: Transaction<Database>, checkIds: readonly string[]): Promise<Map<string, number>> {
  const out = new Map<string, number>()
  for (const part of chunks(checkIds, IN_CHUNK)) {
    const rows = await trx
      .selectFrom('alert_subjects')
      .select((eb) => ['channel', 'check_id', eb.fn.countAll().as('n')])
      .where('state', '=', 'open')
      .where('check_id', 'in', part)
      .groupBy(['channel', 'check_id'])
      .execute()
    for (const r of rows) out.set(`${r.channel}\u0000${r.check_id}`, Number(r.n))
  }
  return out
}

/** Writes subject states as of scan `seq`; for a (channel, fingerprint) listed twice the last one wins. */
async function writeSubjects(trx: Transaction<Database>, subjects: readonly Omit<AlertSubject, 'seq'>[], seq: number): Promise<void> {
  const latest = new Map<string, Omit<AlertSubject, 'seq'>>()
  for (const s of subjects) latest.set(`${s.channel}\u0000${s.fingerprint}`, s)
  // PostgreSQL refuses an upsert that touches one row twice, hence the de-duplication above.
  for (const part of chunks([...latest.values()], 200)) {
    await trx
      .insertInto('alert_subjects')
      .values(part.map((s) => ({ channel: s.channel, fingerprint: s.fingerprint, check_id: s.checkId, state: s.state, seq })))
      .onConflict((oc) =>
        oc.columns(['fingerprint', 'channel']).doUpdateSet((eb) => ({
          check_id: eb.ref('excluded.check_id'),
          state: eb.ref('excluded.state'),
          seq: eb.ref('excluded.seq'),
        })),
      )
      .execute()
  }
}

/**
 * Runs the planner inside finishScan's transaction, after the scan is recorded: it sees the finished scan, its events,
 * their lifecycle rows and what each channel was told so far; its entries and subject states are written in the same
 * transaction. A planner that throws rolls the whole scan back.
 */
export async function queuePlannedAlerts(
  trx: Transaction<Database>,
  seq: number,
  events: readonly FindingEvent[],
  at: string,
  planAlerts: AlertPlanner,
): Promise<void> {
  const scan = toScan(await trx.selectFrom('scans').selectAll().where('seq', '=', seq).executeTakeFirstOrThrow())
  const fingerprints = [...new Set(events.map((e) => e.fingerprint))]
  const records = await readRecords(trx, fingerprints)
  const subjects = await readSubjects(trx, fingerprints)
  const openByCheck = await countOpenByCheck(trx, [...new Set(events.map((e) => e.checkId))])
  const plan = planAlerts({ scan, events, records, subjects, openByCheck })
  await insertEntries(trx, plan.entries, at)
  await writeSubjects(trx, plan.subjects, seq)
}

/**
 * Claims due entries, oldest first. Safe with concurrent claimers (other stores, other processes): each candidate is
 * taken by an update that re-checks it is still due, and only rows that update changed are returned. (On PostgreSQL
 * a concurrent update of the same row waits for the first and re-evaluates the WHERE clause on the new row version.)
 */
export async function claimAlerts(
  db: Db,
  input: { now: string; leaseUntil: string; limit: number; channels?: readonly string[] },
): Promise<OutboxEntry[]> {
  const claimed: OutboxEntry[] = []
  if (input.channels?.length === 0) return claimed
  for (let round = 0; round < MAX_CLAIM_ROUNDS && claimed.length < input.limit; round++) {
    let q = db
      .selectFrom('alert_outbox')
      .select('id')
      .where((eb) => due(eb, input.now))
    if (input.channels) q = q.where('channel', 'in', input.channels)
    const candidates = await q
      .orderBy('next_attempt_at')
      .orderBy('id')
      .limit(input.limit - claimed.length)
      .execute()
    let lost = 0
    for (const { id } of candidates) {
      const row = await db
        .updateTable('alert_outbox')
        .set({ status: 'sending', lease_until: input.leaseUntil })
        .where('id', '=', id)
        .where((eb) => due(eb, input.now))
        .returningAll()
        .executeTakeFirst()
      if (row) claimed.push(toOutbox(row))
      else lost++
    }
    if (lost === 0) break
  }
  return claimed
}

/** The columns one delivery outcome sets (besides attempts + 1 and the released lease). */
function outcomeColumns(outcome: DeliveryOutcome): Updateable<Outbox> {
  switch (outcome.status) {
    case 'delivered':
      return { status: 'delivered', delivered_at: outcome.at, ref: outcome.ref ?? null, last_error: null }
    case 'pending':
      return { status: 'pending', next_attempt_at: outcome.nextAttemptAt, last_error: outcome.error }
    case 'failed':
      return { status: 'failed', last_error: outcome.error }
  }
}

/**
 * Records one attempt of a claimed entry. Only a 'sending' row changes: a sender whose lease expired and whose entry
 * another sender has since completed must not turn a delivered entry back into a pending one (a duplicate message).
 */
export async function completeAlert(db: Db, id: number, outcome: DeliveryOutcome): Promise<void> {
  await db
    .updateTable('alert_outbox')
    .set((eb) => ({ ...outcomeColumns(outcome), attempts: eb('attempts', '+', 1), lease_until: null }))
    .where('id', '=', id)
    .where('status', '=', 'sending')
    .execute()
}

/** Puts a claimed entry back to pending without counting an attempt (rate limit reached). */
export async function deferAlert(db: Db, id: number, nextAttemptAt: string): Promise<void> {
  await db
    .updateTable('alert_outbox')
    .set({ status: 'pending', next_attempt_at: nextAttemptAt, lease_until: null })
    .where('id', '=', id)
    .where('status', '=', 'sending')
    .execute()
}

/** Outbox entries, newest first, filtered by status and channel (default limit 50). */
export async function listAlerts(db: Db, query: OutboxQuery = {}): Promise<OutboxEntry[]> {
  let q = db.selectFrom('alert_outbox').selectAll()
  if (query.statuses?.length) q = q.where('status', 'in', query.statuses)
  if (query.channel !== undefined) q = q.where('channel', '=', query.channel)
  const rows = await q
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(query.limit ?? 50)
    .execute()
  return rows.map(toOutbox)
}

/** Deliveries of a channel at or after `since`. */
export async function countDelivered(db: Db, channel: string, since: string): Promise<number> {
  const row = await db
    .selectFrom('alert_outbox')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('channel', '=', channel)
    .where('status', '=', 'delivered')
    .where('delivered_at', '>=', since)
    .executeTakeFirstOrThrow()
  return Number(row.n)
}
