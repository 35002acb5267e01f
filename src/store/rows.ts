import type { Selectable } from 'kysely'
import type { Severity } from '../core/finding.js'
import type { Provider } from '../core/resource.js'
import type { Database } from './schema.js'
import type {
  FindingEvent,
  FindingRecord,
  FindingState,
  FindingEventKind,
  OutboxEntry,
  OutboxStatus,
  ScanRecord,
  ScanStatus,
  Suppression,
} from './types.js'

/** Parses a JSON column, tolerating null. */
export function json<T>(text: string | null): T | null {
  return text === null ? null : (JSON.parse(text) as T)
}

/** A scans row → ScanRecord. */
export function toScan(r: Selectable<Database['scans']>): ScanRecord {
  return {
    seq: Number(r.seq),
    id: r.id,
    provider: r.provider as Provider,
    target: r.target,
    accounts: json<string[]>(r.accounts) ?? [],
    regions: json<string[]>(r.regions) ?? [],
    startedAt: r.started_at,
    finishedAt: r.finished_at,
    status: r.status as ScanStatus,
    error: r.error,
    stats: json(r.stats),
    summary: json(r.summary),
    collectionErrors: Number(r.collection_errors),
  }
}

/** A findings row → FindingRecord. */
export function toFinding(r: Selectable<Database['findings']>): FindingRecord {
  return {
    fingerprint: r.fingerprint,
    checkId: r.check_id,
    resourceUid: r.resource_uid,
    resourceType: r.resource_type,
    account: r.account,
    region: r.region,
    severity: r.severity as Severity,
    state: r.state as FindingState,
    firstSeenSeq: Number(r.first_seen_seq),
    firstSeenAt: r.first_seen_at,
    lastSeenSeq: Number(r.last_seen_seq),
    lastSeenAt: r.last_seen_at,
    resolvedSeq: r.resolved_seq === null ? null : Number(r.resolved_seq),
    resolvedAt: r.resolved_at,
    reopenCount: Number(r.reopen_count),
    message: r.message,
    mutedBy: r.muted_by,
  }
}

/** A FindingRecord → findings row. */
export function fromFinding(f: FindingRecord): Selectable<Database['findings']> {
  return {
    fingerprint: f.fingerprint,
    check_id: f.checkId,
    resource_uid: f.resourceUid,
    resource_type: f.resourceType,
    account: f.account,
    region: f.region,
    severity: f.severity,
    state: f.state,
    first_seen_seq: f.firstSeenSeq,
    first_seen_at: f.firstSeenAt,
    last_seen_seq: f.lastSeenSeq,
    last_seen_at: f.lastSeenAt,
    resolved_seq: f.resolvedSeq,
    resolved_at: f.resolvedAt,
    reopen_count: f.reopenCount,
    message: f.message,
    muted_by: f.mutedBy,
  }
}

/** A finding_events row → FindingEvent. */
export function toEvent(r: Omit<Selectable<Database['finding_events']>, 'id'>): FindingEvent {
  return {
    fingerprint: r.fingerprint,
    checkId: r.check_id,
    resourceUid: r.resource_uid,
    severity: r.severity as Severity,
    scanSeq: Number(r.scan_seq),
    kind: r.kind as FindingEventKind,
    at: r.at,
  }
}

/** A suppressions row → Suppression. */
export function toSuppression(r: Selectable<Database['suppressions']>): Suppression {
  return {
    id: r.id,
    checks: r.checks,
    account: r.account,
    region: r.region,
    resources: r.resources,
    tags: json(r.tags),
    reason: r.reason,
    owner: r.owner,
    expiresAt: r.expires_at,
    createdAt: r.created_at,
    source: r.source as Suppression['source'],
    lastMatchedAt: r.last_matched_at,
    matchCount: Number(r.match_count),
  }
}

/** An alert_outbox row → OutboxEntry (PostgreSQL may hand integers back as strings, hence Number()). */
export function toOutbox(r: Selectable<Database['alert_outbox']>): OutboxEntry {
  return {
    id: Number(r.id),
    key: r.key,
    channel: r.channel,
    kind: r.kind as OutboxEntry['kind'],
    event: r.event,
    fingerprint: r.fingerprint,
    checkId: r.check_id,
    scanSeq: r.scan_seq === null ? null : Number(r.scan_seq),
    severity: r.severity as Severity | null,
    payload: JSON.parse(r.payload) as unknown,
    status: r.status as OutboxStatus,
    attempts: Number(r.attempts),
    nextAttemptAt: r.next_attempt_at,
    leaseUntil: r.lease_until,
    lastError: r.last_error,
    createdAt: r.created_at,
    deliveredAt: r.delivered_at,
    ref: r.ref,
  }
}

/** Splits a list into chunks (bound parameters per statement stay well under both dialects' limits). */
export function chunks<T>(items: readonly T[], size = 400): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out
}
