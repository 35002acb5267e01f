import { hostname } from 'node:os'
import { sql, type Kysely } from 'kysely'
import { SEVERITIES, severityRank } from '../core/finding.js'
import type { CollectionError, Provider } from '../core/resource.js'
import type { Database } from './schema.js'
import type { Dialect } from './migrations/index.js'
import { recordFindings, recordInventory, recordSuppressionMatches } from './record-scan.js'
import { inventoryAt, resourceChanges } from './history.js'
import { json, toEvent, toFinding, toScan, toSuppression } from './rows.js'
import * as outbox from './outbox.js'
import type {
  AlertPlanner,
  DeliveryOutcome,
  FindingEvent,
  FindingQuery,
  FindingRecord,
  InventoryQuery,
  NewOutboxEntry,
  OutboxEntry,
  OutboxQuery,
  ResourceChange,
  ScanRecord,
  ScanResult,
  ScanScope,
  Store,
  StoredFinding,
  StoredScanResults,
  Suppression,
} from './types.js'

/** True when a process with this pid runs on this host (signal 0 only probes). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** The Store over kysely: the same queries for SQLite and PostgreSQL, bound parameters only. */
export class KyselyStore implements Store {
  /** Scans this instance began and has not finished: alive by definition, whatever recoverInterrupted finds. */
  private readonly active = new Set<number>()

  constructor(
    private readonly db: Kysely<Database>,
    readonly dialect: Dialect,
    readonly location: string,
  ) {}

  async beginScan(input: { id: string; provider: Provider; target: string; startedAt: string; regions: string[] }): Promise<ScanRecord> {
    const row = await this.db
      .insertInto('scans')
      .values({
        id: input.id,
        provider: input.provider,
        target: input.target,
        accounts: '[]',
        regions: JSON.stringify(input.regions),
        started_at: input.startedAt,
        status: 'running',
        collection_errors: 0,
        pid: process.pid,
        host: hostname(),
      })
      .returningAll()
      .executeTakeFirstOrThrow()
    this.active.add(Number(row.seq))
    return toScan(row)
  }

  async finishScan(seq: number, result: ScanResult, scope: ScanScope, planAlerts?: AlertPlanner): Promise<FindingEvent[]> {
    const events = await this.db.transaction().execute(async (trx) => {
      const removed = await recordInventory(trx, seq, result, scope)
      const events = await recordFindings(trx, seq, result, scope, removed)
      await recordSuppressionMatches(trx, result)
      const count = (s: string) => result.findings.filter((f) => f.status === s && !f.muted).length
      const summary = {
        resources: result.resources.length,
        pass: count('pass'),
        fail: count('fail'),
        error: count('error'),
        muted: result.findings.filter((f) => f.muted).length,
        ...(result.scores ? { scores: result.scores } : {}),
      }
      await trx
        .updateTable('scans')
        .set({
          status: result.status,
          finished_at: result.finishedAt,
          accounts: JSON.stringify(result.accounts),
          regions: JSON.stringify(result.regions),
          stats: result.stats ? JSON.stringify(result.stats) : null,
          summary: JSON.stringify(summary),
          collection_errors: result.collectionErrors.length,
          error: result.error ?? null,
          errors: JSON.stringify(result.collectionErrors),
          check_ids: JSON.stringify(result.checkIds ?? [...new Set(result.findings.map((f) => f.checkId))].sort()),
          results: 'all',
        })
        .where('seq', '=', seq)
        .execute()
      // Same transaction: a recorded scan never lacks its alerts, and a failing planner records nothing of the scan.
      if (planAlerts) await outbox.queuePlannedAlerts(trx, seq, events, result.finishedAt, planAlerts)
      return events
    })
    this.active.delete(seq)
    // Fresh planner statistics after a large load keep `posture diff` fast on PostgreSQL (autovacuum lags minutes).
    if (this.dialect === 'postgres' && result.resources.length > 10_000) await sql`analyze resource_history, finding_history`.execute(this.db)
    return events
  }

  async failScan(seq: number, error: string, finishedAt: string, status: 'failed' | 'interrupted' = 'failed'): Promise<void> {
    this.active.delete(seq)
    // Only a running scan can fail: a signal arriving while finishScan commits must not turn a recorded scan into a failed one.
    await this.db
      .updateTable('scans')
      .set({ status, error, finished_at: finishedAt })
      .where('seq', '=', seq)
      .where('status', '=', 'running')
      .execute()
  }

  async listScans(limit = 50): Promise<ScanRecord[]> {
    return (await this.db.selectFrom('scans').selectAll().orderBy('seq', 'desc').limit(limit).execute()).map(toScan)
  }

  async findScan(ref: { id?: string; seq?: number; at?: string; latest?: boolean }): Promise<ScanRecord | undefined> {
    let q = this.db.selectFrom('scans').selectAll()
    if (ref.id) q = q.where('id', '=', ref.id)
    else if (ref.seq !== undefined) q = q.where('seq', '=', ref.seq)
    else q = q.where('status', 'in', ['complete', 'partial'])
    if (ref.at) q = q.where('finished_at', '<=', ref.at)
    const row = await q.orderBy('seq', 'desc').limit(1).executeTakeFirst()
    return row ? toScan(row) : undefined
  }

  inventoryAt(seq: number, query: InventoryQuery = {}) {
    return inventoryAt(this.db, seq, query)
  }

  resourceChanges(fromSeq: number, toSeq: number, query: InventoryQuery = {}): Promise<ResourceChange[]> {
    return resourceChanges(this.db, fromSeq, toSeq, query)
  }

  async findingEvents(fromSeq: number, toSeq: number): Promise<FindingEvent[]> {
    const rows = await this.db
      .selectFrom('finding_events')
      .selectAll()
      .where('scan_seq', '>', fromSeq)
      .where('scan_seq', '<=', toSeq)
      .orderBy('id')
      .execute()
    return rows.map(toEvent)
  }

  async scanFindings(seq: number): Promise<StoredFinding[]> {
    return this.historyAt(seq, false)
  }

  async scanResults(seq: number): Promise<StoredScanResults> {
    const row = await this.db.selectFrom('scans').select(['errors', 'check_ids', 'results']).where('seq', '=', seq).executeTakeFirst()
    if (!row) return { findings: [], complete: false, errors: [], checkIds: null }
    return {
      findings: await this.historyAt(seq, true),
      complete: row.results === 'all',
      errors: json<CollectionError[]>(row.errors) ?? [],
      checkIds: json<string[]>(row.check_ids),
    }
  }

  /** Findings as of one scan in the accounts it scanned (intervals open at that scan), with or without passes. */
  private async historyAt(seq: number, withPasses: boolean): Promise<StoredFinding[]> {
    const scan = await this.findScan({ seq })
    if (!scan || scan.accounts.length === 0) return []
    let q = this.db
      .selectFrom('finding_history as h')
      .innerJoin('finding_versions as v', 'v.hash', 'h.hash')
      .select('v.body')
      .where('h.account', 'in', scan.accounts)
      .where('h.from_seq', '<=', seq)
      .where((eb) => eb.or([eb('h.to_seq', 'is', null), eb('h.to_seq', '>', seq)]))
    if (!withPasses) q = q.where('h.status', '!=', 'pass')
    const rows = await q.orderBy('h.fingerprint').execute()
    return rows.map((r) => JSON.parse(r.body) as StoredFinding)
  }

  async findings(query: FindingQuery = {}): Promise<FindingRecord[]> {
    let q = this.db.selectFrom('findings').selectAll()
    if (query.states?.length) q = q.where('state', 'in', query.states)
    if (query.minSeverity)
      q = q.where(
        'severity',
        'in',
        SEVERITIES.filter((s) => severityRank(s) <= severityRank(query.minSeverity!)),
      )
    if (query.since) q = q.where('last_seen_at', '>=', query.since)
    if (query.checks?.length) q = q.where('check_id', 'in', query.checks)
    const rows = await q
      .orderBy('last_seen_seq', 'desc')
      .orderBy('fingerprint')
      .limit(query.limit ?? 100_000)
      .execute()
    return rows.map(toFinding)
  }

  async setBaseline(name: string, seq: number): Promise<void> {
    await this.db
      .insertInto('baselines')
      .values({ name, scan_seq: seq, set_at: new Date().toISOString() })
      .onConflict((oc) => oc.column('name').doUpdateSet({ scan_seq: seq, set_at: new Date().toISOString() }))
      .execute()
  }

  async getBaseline(name: string): Promise<ScanRecord | undefined> {
    const b = await this.db.selectFrom('baselines').select('scan_seq').where('name', '=', name).executeTakeFirst()
    return b ? this.findScan({ seq: Number(b.scan_seq) }) : undefined
  }

  async putSuppression(s: Omit<Suppression, 'lastMatchedAt' | 'matchCount'>): Promise<void> {
    // Replacing an entry keeps its id, creation time and match statistics.
    const update = {
      checks: s.checks,
      account: s.account,
      region: s.region,
      resources: s.resources,
      tags: s.tags ? JSON.stringify(s.tags) : null,
      reason: s.reason,
      owner: s.owner,
      expires_at: s.expiresAt,
      source: s.source,
    }
    await this.db
      .insertInto('suppressions')
      .values({ ...update, id: s.id, created_at: s.createdAt, match_count: 0 })
      .onConflict((oc) => oc.column('id').doUpdateSet(update))
      .execute()
  }

  async deleteSuppression(id: string): Promise<boolean> {
    const r = await this.db.deleteFrom('suppressions').where('id', '=', id).executeTakeFirst()
    return Number(r.numDeletedRows) > 0
  }

  async listSuppressions(): Promise<Suppression[]> {
    return (await this.db.selectFrom('suppressions').selectAll().orderBy('id').execute()).map(toSuppression)
  }

  enqueueAlerts(entries: readonly NewOutboxEntry[], at: string): Promise<OutboxEntry[]> {
    return outbox.enqueueAlerts(this.db, entries, at)
  }

  claimAlerts(input: { now: string; leaseUntil: string; limit: number; channels?: readonly string[] }): Promise<OutboxEntry[]> {
    return outbox.claimAlerts(this.db, input)
  }

  completeAlert(id: number, outcome: DeliveryOutcome): Promise<void> {
    return outbox.completeAlert(this.db, id, outcome)
  }

  deferAlert(id: number, nextAttemptAt: string): Promise<void> {
    return outbox.deferAlert(this.db, id, nextAttemptAt)
  }

  listAlerts(query: OutboxQuery = {}): Promise<OutboxEntry[]> {
    return outbox.listAlerts(this.db, query)
  }

  countDelivered(channel: string, since: string): Promise<number> {
    return outbox.countDelivered(this.db, channel, since)
  }

  async recoverInterrupted(): Promise<number> {
    const running = await this.db.selectFrom('scans').select(['seq', 'pid', 'host']).where('status', '=', 'running').execute()
    // Only scans started on this host can be judged (a pid elsewhere means nothing here); this instance's own are alive.
    const deadOnThisHost = running.filter(
      (r) => r.host === hostname() && !this.active.has(Number(r.seq)) && (r.pid === null || Number(r.pid) === process.pid || !alive(Number(r.pid))),
    )
    for (const r of deadOnThisHost) {
      await this.db
        .updateTable('scans')
        .set({ status: 'interrupted', error: 'the scan process ended before the scan was recorded', finished_at: new Date().toISOString() })
        .where('seq', '=', r.seq)
        .where('status', '=', 'running')
        .execute()
    }
    return deadOnThisHost.length
  }

  async close(): Promise<void> {
    await this.db.destroy()
  }
}
