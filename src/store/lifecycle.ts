import type { FindingEvent, FindingEventKind, FindingRecord, ScanFinding } from './types.js'

/** What one scan changes in the finding lifecycle: rows to write and the events that happened. */
export interface LifecycleUpdate {
  upserts: FindingRecord[]
  events: FindingEvent[]
}

function event(f: FindingRecord, kind: FindingEventKind, seq: number, at: string): FindingEvent {
  return { fingerprint: f.fingerprint, checkId: f.checkId, resourceUid: f.resourceUid, severity: f.severity, scanSeq: seq, kind, at }
}

/** A brand-new lifecycle row for a failing finding. */
function fresh(f: ScanFinding, seq: number, at: string): FindingRecord {
  return {
    fingerprint: f.fingerprint,
    checkId: f.checkId,
    resourceUid: f.resource.uid,
    resourceType: f.resource.type,
    account: f.resource.account,
    region: f.resource.region,
    severity: f.severity,
    state: f.muted ? 'muted' : 'open',
    firstSeenSeq: seq,
    firstSeenAt: at,
    lastSeenSeq: seq,
    lastSeenAt: at,
    resolvedSeq: null,
    resolvedAt: null,
    reopenCount: 0,
    message: f.message,
    mutedBy: f.muted?.suppressionId ?? null,
  }
}

/** Applies one failing finding to its row (new, reopened, muted, unmuted or still open). */
function onFail(row: FindingRecord | undefined, f: ScanFinding, seq: number, at: string, events: FindingEvent[]): FindingRecord {
  if (!row) {
    const created = fresh(f, seq, at)
    events.push(event(created, 'new', seq, at))
    return created
  }
  const next: FindingRecord = {
    ...row,
    severity: f.severity,
    message: f.message,
    lastSeenSeq: seq,
    lastSeenAt: at,
    mutedBy: f.muted?.suppressionId ?? null,
  }
  if (row.state === 'resolved') {
    Object.assign(next, { state: f.muted ? 'muted' : 'reopened', resolvedSeq: null, resolvedAt: null, reopenCount: row.reopenCount + 1 })
    events.push(event(next, 'reopened', seq, at))
  } else if (f.muted && row.state !== 'muted') {
    next.state = 'muted'
    events.push(event(next, 'muted', seq, at))
  } else if (!f.muted && row.state === 'muted') {
    next.state = row.reopenCount > 0 ? 'reopened' : 'open'
    events.push(event(next, 'unmuted', seq, at))
  }
  return next
}

/** Marks a row resolved at this scan. */
function resolve(row: FindingRecord, seq: number, at: string, events: FindingEvent[]): FindingRecord {
  const next: FindingRecord = { ...row, state: 'resolved', resolvedSeq: seq, resolvedAt: at, mutedBy: null }
  events.push(event(next, 'resolved', seq, at))
  return next
}

/**
 * The lifecycle rule: fail → new / reopened / muted / unmuted; pass → resolved; error → unchanged (data that could not
 * be collected never resolves a finding); a finding whose resource was removed (in scope, with complete data) → resolved.
 */
export function applyLifecycle(
  existing: ReadonlyMap<string, FindingRecord>,
  evaluated: readonly ScanFinding[],
  removedUids: ReadonlySet<string>,
  seq: number,
  at: string,
): LifecycleUpdate {
  const events: FindingEvent[] = []
  const upserts = new Map<string, FindingRecord>()
  for (const f of evaluated) {
    const row = upserts.get(f.fingerprint) ?? existing.get(f.fingerprint)
    if (f.status === 'fail') upserts.set(f.fingerprint, onFail(row, f, seq, at, events))
    else if (f.status === 'pass' && row && row.state !== 'resolved') upserts.set(f.fingerprint, resolve(row, seq, at, events))
  }
  for (const row of existing.values()) {
    if (row.state !== 'resolved' && !upserts.has(row.fingerprint) && removedUids.has(row.resourceUid)) {
      upserts.set(row.fingerprint, resolve(row, seq, at, events))
    }
  }
  return { upserts: [...upserts.values()], events }
}
