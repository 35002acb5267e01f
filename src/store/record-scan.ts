import type { Transaction } from 'kysely'
import type { Resource } from '../core/resource.js'
import { contentHash } from '../core/fingerprint.js'
import type { Database } from './schema.js'
import { applyLifecycle } from './lifecycle.js'
import { chunks, fromFinding, toFinding } from './rows.js'
import { gapKeys, sawCompletely } from './scope.js'
import { recordFindingHistory } from './finding-history.js'
import type { FindingEvent, ScanResult, ScanScope } from './types.js'

type Trx = Transaction<Database>

/**
 * Writes the scan's inventory as history intervals: unchanged resources (same content hash) cost nothing, changed
 * ones close their old interval and open a new one, and resources missing from a complete listing close theirs.
 * Returns the uids removed by this scan.
 */
export async function recordInventory(trx: Trx, seq: number, result: ScanResult, scope: ScanScope): Promise<Set<string>> {
  const current = new Map<string, { r: Resource; hash: string }>()
  for (const r of result.resources) current.set(r.uid, { r, hash: contentHash(r) })
  const gaps = gapKeys(result.collectionErrors)
  const open = scope.accounts.length
    ? await trx
        .selectFrom('resource_history')
        .select(['uid', 'hash', 'type', 'account', 'region', 'from_seq'])
        .where('to_seq', 'is', null)
        .where('provider', '=', scope.provider)
        .where('account', 'in', scope.accounts)
        .execute()
    : []
  const close: string[] = []
  const removed = new Set<string>()
  const unchanged = new Set<string>()
  for (const row of open) {
    const now = current.get(row.uid)
    if (now && now.hash === row.hash) unchanged.add(row.uid)
    else if (now) close.push(row.uid)
    else if (sawCompletely(scope, gaps, row.account, row.region, row.type)) {
      close.push(row.uid)
      removed.add(row.uid)
    }
  }
  for (const part of chunks(close))
    await trx.updateTable('resource_history').set({ to_seq: seq }).where('to_seq', 'is', null).where('uid', 'in', part).execute()
  const added = [...current.values()].filter(({ r }) => !unchanged.has(r.uid))
  for (const part of chunks(added, 200)) {
    await trx
      .insertInto('resource_versions')
      .values(part.map(({ r, hash }) => ({ hash, uid: r.uid, type: r.type, body: JSON.stringify(r) })))
      .onConflict((oc) => oc.column('hash').doNothing())
      .execute()
    await trx
      .insertInto('resource_history')
      .values(
        part.map(({ r, hash }) => ({
          uid: r.uid,
          hash,
          type: r.type,
          provider: r.provider,
          account: r.account,
          region: r.region,
          from_seq: seq,
          to_seq: null,
        })),
      )
      .execute()
  }
  return removed
}

/** Updates finding lifecycle rows and events for the scan, and the history of its non-passing findings. */
export async function recordFindings(
  trx: Trx,
  seq: number,
  result: ScanResult,
  scope: ScanScope,
  removed: ReadonlySet<string>,
): Promise<FindingEvent[]> {
  const rows = scope.accounts.length ? await trx.selectFrom('findings').selectAll().where('account', 'in', scope.accounts).execute() : []
  const existing = new Map(rows.map((r) => [r.fingerprint, toFinding(r)]))
  const { upserts, events } = applyLifecycle(existing, result.findings, removed, seq, result.finishedAt)
  for (const part of chunks(upserts.map(fromFinding), 200)) {
    await trx
      .insertInto('findings')
      .values(part)
      .onConflict((oc) =>
        oc.column('fingerprint').doUpdateSet((eb) => ({
          severity: eb.ref('excluded.severity'),
          state: eb.ref('excluded.state'),
          last_seen_seq: eb.ref('excluded.last_seen_seq'),
          last_seen_at: eb.ref('excluded.last_seen_at'),
          resolved_seq: eb.ref('excluded.resolved_seq'),
          resolved_at: eb.ref('excluded.resolved_at'),
          reopen_count: eb.ref('excluded.reopen_count'),
          message: eb.ref('excluded.message'),
          muted_by: eb.ref('excluded.muted_by'),
        })),
      )
      .execute()
  }
  await recordFindingHistory(trx, seq, result, scope)
  for (const part of chunks(events, 300)) {
    await trx
      .insertInto('finding_events')
      .values(
        part.map((e) => ({
          fingerprint: e.fingerprint,
          check_id: e.checkId,
          resource_uid: e.resourceUid,
          severity: e.severity,
          scan_seq: e.scanSeq,
          kind: e.kind,
          at: e.at,
        })),
      )
      .execute()
  }
  return events
}

/** Counts matches per suppression for `posture mute list` ("matched nothing lately"). */
export async function recordSuppressionMatches(trx: Trx, result: ScanResult): Promise<void> {
  const counts = new Map<string, number>()
  for (const f of result.findings) if (f.muted) counts.set(f.muted.suppressionId, (counts.get(f.muted.suppressionId) ?? 0) + 1)
  for (const [id, n] of counts) {
    await trx
      .updateTable('suppressions')
      .set((eb) => ({ last_matched_at: result.finishedAt, match_count: eb('match_count', '+', n) }))
      .where('id', '=', id)
      .execute()
  }
}
