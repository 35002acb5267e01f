import type { Severity, Status } from '../core/finding.js'
import type { CollectionError, Provider, Resource } from '../core/resource.js'
import type { ScanFinding, Suppression } from '../core/suppression.js'

/** How a scan ended: complete (no collection error), partial (some data missing), failed (could not run), interrupted (killed or crashed mid-way), or still running. */
export type ScanStatus = 'running' | 'complete' | 'partial' | 'failed' | 'interrupted'

/** A scan as the store keeps it. `seq` orders scans; `id` is the UUID shown to users. */
export interface ScanRecord {
  seq: number
  id: string
  provider: Provider
  /** The target name from the config file, or '<provider>:<account>' for ad-hoc scans. */
  target: string
  accounts: string[]
  regions: string[]
  startedAt: string
  finishedAt: string | null
  status: ScanStatus
  error: string | null
  stats: { apiCalls: number; failedCalls: number; durationMs: number } | null
  summary: ScanSummary | null
  collectionErrors: number
}

/** Scores kept with a scan so trends need no recomputation: posture score and each framework's score (0–100 or null). */
export interface ScanScores {
  posture: number | null
  frameworks: Record<string, number | null>
}

/** A recorded scan's counts (unmuted findings by status, muted apart) and, since 0002, its scores. */
export interface ScanSummary {
  resources: number
  pass: number
  fail: number
  error: number
  muted: number
  scores?: ScanScores
}

/**
 * A finding as the store keeps it: the check's remediation and compliance references are not stored per finding
 * (readers take them from the check catalogue), so older stored bodies may still carry them.
 */
export type StoredFinding = Omit<ScanFinding, 'remediation' | 'compliance'> & Partial<Pick<ScanFinding, 'remediation' | 'compliance'>>

/** Everything recorded about one scan's results, to report it again later. */
export interface StoredScanResults {
  /** Its findings; passes too when `complete`. */
  findings: StoredFinding[]
  /** False for scans recorded before passes were kept (their passes are unknown, never assumed). */
  complete: boolean
  errors: CollectionError[]
  /** The checks it ran, or null when not recorded. */
  checkIds: string[] | null
}

/** Lifecycle state of a finding (one fingerprint = check + resource + sub-key). */
export type FindingState = 'open' | 'reopened' | 'resolved' | 'muted'

/** A finding's lifecycle across scans. Times are ISO-8601; `*Seq` point at scans. */
export interface FindingRecord {
  fingerprint: string
  checkId: string
  resourceUid: string
  resourceType: string
  account: string
  region: string
  severity: Severity
  state: FindingState
  firstSeenSeq: number
  firstSeenAt: string
  lastSeenSeq: number
  lastSeenAt: string
  resolvedSeq: number | null
  resolvedAt: string | null
  reopenCount: number
  message: string
  /** Id of the suppression muting it, when state is 'muted'. */
  mutedBy: string | null
}

/** Lifecycle events recorded per scan. */
export type FindingEventKind = 'new' | 'resolved' | 'reopened' | 'muted' | 'unmuted'

/** One lifecycle event. */
export interface FindingEvent {
  fingerprint: string
  checkId: string
  resourceUid: string
  severity: Severity
  scanSeq: number
  kind: FindingEventKind
  at: string
}

// Defined in core/ so that the evaluate stage (which mutes findings) and reports need not import the store.
/** A finding of one scan (with fingerprint and `muted`), and a suppression (mutelist entry): see core/suppression.ts. */
export type { MuteInfo, ScanFinding, Suppression } from '../core/suppression.js'

/** Where a scan looked: resources outside it, or of a type whose collection failed there, are not "removed". */
export interface ScanScope {
  provider: Provider
  accounts: string[]
  regions: string[]
}

/** Everything needed to record a finished scan. */
export interface ScanResult {
  status: 'complete' | 'partial'
  finishedAt: string
  accounts: string[]
  regions: string[]
  stats: ScanRecord['stats']
  resources: Resource[]
  collectionErrors: CollectionError[]
  findings: ScanFinding[]
  /** Checks this scan ran (default: those with a finding); a finding of a check not run is left as it was. */
  checkIds?: string[]
  /** Scores to keep in the scan's summary for trends. */
  scores?: ScanScores
  error?: string
}

/** Filter for listing findings. */
export interface FindingQuery {
  states?: FindingState[]
  minSeverity?: Severity
  since?: string
  checks?: string[]
  limit?: number
}

/** Filter for inventory queries. */
export interface InventoryQuery {
  types?: string[]
  accounts?: string[]
  regions?: string[]
}

/** Scan-to-scan change of one resource. */
export interface ResourceChange {
  uid: string
  type: string
  account: string
  region: string
  name: string
  change: 'added' | 'removed' | 'changed'
  before: Resource | null
  after: Resource | null
}

/** Findings statuses stored per scan (pass results are counted, not stored one by one). */
export type StoredStatus = Exclude<Status, 'pass'>

/** Delivery state of an outbox entry: waiting (or backing off), claimed by a sender, delivered, or given up. */
export type OutboxStatus = 'pending' | 'sending' | 'delivered' | 'failed'

/** An alert queued for one channel: the outbox row. `payload` is the alert itself (plain JSON). */
export interface OutboxEntry {
  id: number
  /** Unique per (alert, channel), e.g. 'scan:12:new:<fingerprint>': queueing the same key again keeps the one row. */
  key: string
  channel: string
  kind: 'finding' | 'digest' | 'overflow'
  /** The lifecycle event ('new', 'reopened', 'resolved', 'unmuted'), or 'digest' / 'overflow'. */
  event: string
  fingerprint: string | null
  checkId: string | null
  scanSeq: number | null
  severity: Severity | null
  payload: unknown
  status: OutboxStatus
  /** Delivery attempts made so far. */
  attempts: number
  /** Not to be tried before this time (backoff, Retry-After, rate limit). */
  nextAttemptAt: string
  /** While 'sending': the claim expires then (a sender that died releases it). */
  leaseUntil: string | null
  lastError: string | null
  createdAt: string
  deliveredAt: string | null
  /** What the channel returned to refer to the delivery (e.g. a Jira issue key). */
  ref: string | null
}

/** What a caller provides to queue an entry; the store fills in status, attempts and times. */
export type NewOutboxEntry = Pick<OutboxEntry, 'key' | 'channel' | 'kind' | 'event' | 'fingerprint' | 'checkId' | 'scanSeq' | 'severity' | 'payload'>

/** What a channel has been told about a finding, so a resolved notice goes only where the finding was announced. */
export interface AlertSubject {
  channel: string
  fingerprint: string
  checkId: string
  state: 'open' | 'resolved' | 'muted'
  /** Scan that last changed it. */
  seq: number
}

/** What the alert planner sees, read inside finishScan's transaction. */
export interface AlertPlanInput {
  scan: ScanRecord
  events: readonly FindingEvent[]
  /** Lifecycle rows (as updated by this scan) of the fingerprints in `events`, by fingerprint. */
  records: ReadonlyMap<string, FindingRecord>
  /** Subjects of the fingerprints in `events`, by fingerprint. */
  subjects: ReadonlyMap<string, AlertSubject[]>
  /** Open subjects per channel and check id, keyed `${channel}\u0000${checkId}` (for per-check issues). */
  openByCheck: ReadonlyMap<string, number>
}

/** The planner's answer: outbox entries to queue and subject states to write. */
export interface AlertPlan {
  entries: NewOutboxEntry[]
  subjects: Omit<AlertSubject, 'seq'>[]
}

/** Plans a scan's alerts inside finishScan's transaction, so a recorded scan never lacks its alerts. */
export type AlertPlanner = (input: AlertPlanInput) => AlertPlan

/** How one delivery attempt ended, as recorded in the outbox. */
export type DeliveryOutcome =
  | { status: 'delivered'; at: string; ref?: string }
  | { status: 'pending'; nextAttemptAt: string; error: string }
  | { status: 'failed'; at: string; error: string }

/** Filter for listing outbox entries. */
export interface OutboxQuery {
  statuses?: OutboxStatus[]
  channel?: string
  /** Most recent first; default 50. */
  limit?: number
}

/** The store: one interface over SQLite (embedded default) and PostgreSQL. All methods are async and atomic. */
export interface Store {
  readonly dialect: 'sqlite' | 'postgres'
  readonly location: string
  /** Opens a scan record in 'running' state; returns its seq and id. */
  beginScan(input: { id: string; provider: Provider; target: string; startedAt: string; regions: string[] }): Promise<ScanRecord>
  /**
   * Records inventory, findings and lifecycle of a finished scan in one transaction; returns its lifecycle events.
   * With a planner, the scan's alerts are planned from those events and queued in the outbox in the same transaction.
   */
  finishScan(seq: number, result: ScanResult, scope: ScanScope, planAlerts?: AlertPlanner): Promise<FindingEvent[]>
  /** Marks a running scan failed (could not run) or interrupted (signal, crash) without touching inventory or lifecycle. */
  failScan(seq: number, error: string, finishedAt: string, status?: 'failed' | 'interrupted'): Promise<void>
  /** Scans, newest first. */
  listScans(limit?: number): Promise<ScanRecord[]>
  /** A scan by id or seq, or the last complete/partial scan (finished at or before an ISO time, if given). */
  findScan(ref: { id?: string; seq?: number; at?: string; latest?: boolean }): Promise<ScanRecord | undefined>
  /** Resources present as of a scan (its snapshot). */
  inventoryAt(seq: number, query?: InventoryQuery): Promise<Resource[]>
  /** Resource changes between two scans (from exclusive, to inclusive). */
  resourceChanges(fromSeq: number, toSeq: number, query?: InventoryQuery): Promise<ResourceChange[]>
  /** Finding lifecycle events between two scans (from exclusive, to inclusive). */
  findingEvents(fromSeq: number, toSeq: number): Promise<FindingEvent[]>
  /** Non-passing findings as of one scan, in the accounts it scanned. */
  scanFindings(seq: number): Promise<StoredFinding[]>
  /** A scan's full results (passes included when recorded), its collection errors and the checks it ran. */
  scanResults(seq: number): Promise<StoredScanResults>
  /** Current finding lifecycle rows. */
  findings(query?: FindingQuery): Promise<FindingRecord[]>
  /** Sets (or replaces) a named baseline to a scan. */
  setBaseline(name: string, seq: number): Promise<void>
  /** The scan a named baseline points at. */
  getBaseline(name: string): Promise<ScanRecord | undefined>
  /** Adds or replaces a suppression. */
  putSuppression(s: Omit<Suppression, 'lastMatchedAt' | 'matchCount'>): Promise<void>
  /** Removes a suppression; false if it did not exist. */
  deleteSuppression(id: string): Promise<boolean>
  /** All suppressions (expired ones included). */
  listSuppressions(): Promise<Suppression[]>
  /**
   * Queues alert entries outside a scan (e.g. `posture alerts test`); an existing key is left as it is.
   * Returns the entries as stored.
   */
  enqueueAlerts(entries: readonly NewOutboxEntry[], at: string): Promise<OutboxEntry[]>
  /**
   * Claims up to `limit` due entries (pending with nextAttemptAt <= now, or sending with an expired lease), oldest
   * first, optionally of some channels only: they become 'sending' until `leaseUntil`, and no other caller can claim
   * them meanwhile. Returns the claimed entries (attempts not yet incremented).
   */
  claimAlerts(input: { now: string; leaseUntil: string; limit: number; channels?: readonly string[] }): Promise<OutboxEntry[]>
  /** Records one delivery attempt of a claimed entry: attempts + 1, then delivered, pending again (backoff) or failed. */
  completeAlert(id: number, outcome: DeliveryOutcome): Promise<void>
  /** Puts a claimed entry back without counting an attempt (rate limit reached: try again at `nextAttemptAt`). */
  deferAlert(id: number, nextAttemptAt: string): Promise<void>
  /** Outbox entries, most recent first. */
  listAlerts(query?: OutboxQuery): Promise<OutboxEntry[]>
  /** Deliveries of a channel at or after a time (for rate limits shared by every process). */
  countDelivered(channel: string, since: string): Promise<number>
  /** Marks running scans that no live process owns as failed ("interrupted"); returns how many. */
  recoverInterrupted(): Promise<number>
  close(): Promise<void>
}
