import type { Transaction } from 'kysely'
import { contentHash } from '../core/fingerprint.js'
import type { Database } from './schema.js'
import { chunks } from './rows.js'
import { gapKeys, sawCompletely } from './scope.js'
import type { ScanFinding, ScanResult, ScanScope, StoredFinding } from './types.js'

type Trx = Transaction<Database>

/** The stored body of a finding: remediation and compliance references come from the check catalogue when read. */
export function storedFinding(f: ScanFinding): StoredFinding {
  const copy: StoredFinding = { ...f }
  delete copy.remediation
  delete copy.compliance
  return copy
}

/**
 * Records the scan's findings, passes included, as history intervals (like resources): a finding identical to the
 * previous scan's costs nothing; a changed one (e.g. pass → fail) closes its interval and opens another; one whose
 * resource is gone closes — but only where this scan ran that check and listed that resource type completely.
 */
export async function recordFindingHistory(trx: Trx, seq: number, result: ScanResult, scope: ScanScope): Promise<void> {
  const current = new Map<string, { f: StoredFinding; hash: string }>()
  for (const finding of result.findings) {
    const f = storedFinding(finding)
    current.set(f.fingerprint, { f, hash: contentHash(f) })
  }
  const ranChecks = new Set(result.checkIds ?? result.findings.map((f) => f.checkId))
  const gaps = gapKeys(result.collectionErrors)
  const open = scope.accounts.length
    ? await trx
        .selectFrom('finding_history')
        .select(['fingerprint', 'hash', 'check_id', 'account', 'region', 'resource_type'])
        .where('to_seq', 'is', null)
        .where('account', 'in', scope.accounts)
        .execute()
    : []
  const close: string[] = []
  const unchanged = new Set<string>()
  for (const row of open) {
    const now = current.get(row.fingerprint)
    if (now && now.hash === row.hash) unchanged.add(row.fingerprint)
    else if (now || (ranChecks.has(row.check_id) && sawCompletely(scope, gaps, row.account, row.region, row.resource_type)))
      close.push(row.fingerprint)
  }
  for (const part of chunks(close)) {
    await trx.updateTable('finding_history').set({ to_seq: seq }).where('to_seq', 'is', null).where('fingerprint', 'in', part).execute()
  }
  const added = [...current.values()].filter(({ f }) => !unchanged.has(f.fingerprint))
  for (const part of chunks(added, 200)) {
    await trx
      .insertInto('finding_versions')
      .values(part.map(({ f, hash }) => ({ hash, body: JSON.stringify(f) })))
      .onConflict((oc) => oc.column('hash').doNothing())
      .execute()
    await trx
      .insertInto('finding_history')
      .values(
        part.map(({ f, hash }) => ({
          fingerprint: f.fingerprint,
          check_id: f.checkId,
          resource_uid: f.resource.uid,
          resource_type: f.resource.type,
          account: f.resource.account,
          region: f.resource.region,
          status: f.status,
          muted_by: f.muted?.suppressionId ?? null,
          hash,
          from_seq: seq,
          to_seq: null,
        })),
      )
      .execute()
  }
}
