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

/** The store: one interface over SQLite (embedded default) and PostgreSQL. All methods are async and atomic. */
export interface Store {
  readonly dialect: 'sqlite' | 'postgres'
  readonly location: string
  /** Opens a scan record in 'running' state; returns its seq and id. */
  beginScan(input: { id: string; provider: Provider; target: string; startedAt: string; regions: string[] }): Promise<ScanRecord>
  /** Records inventory, findings and lifecycle of a finished scan in one transaction; returns its lifecycle events. */
  finishScan(seq: number, result: ScanResult, scope: ScanScope): Promise<FindingEvent[]>
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
  /** Marks running scans that no live process owns as failed ("interrupted"); returns how many. */
  recoverInterrupted(): Promise<number>
  close(): Promise<void>
}
