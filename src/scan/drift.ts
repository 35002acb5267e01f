/**
 * Drift between two recorded scans: resources added, removed and changed (with field-level differences) and the net
 * change of findings (new, resolved, reopened, muted, unmuted). Used by `posture diff` and `posture baseline show`.
 */
import type { Severity } from '../core/finding.js'
import { diffResource } from '../report/resource-diff.js'
import type { FindingEvent, InventoryQuery, ScanRecord, Store, StoredFinding } from '../store/types.js'

/** Net change of one finding between two scans. */
export type FindingChangeKind = 'new' | 'resolved' | 'reopened' | 'muted' | 'unmuted'

/** One finding whose state differs between the two scans. */
export interface FindingChange {
  kind: FindingChangeKind
  fingerprint: string
  checkId: string
  severity: Severity
  resourceUid: string
  resourceName: string | null
  title: string | null
  message: string | null
  /** When the last event of the finding in the range happened. */
  at: string
  scanSeq: number
}

/** One resource added, removed or changed; `changes` lists field-level differences of a changed one. */
export interface ResourceDrift {
  change: 'added' | 'removed' | 'changed'
  uid: string
  type: string
  account: string
  region: string
  name: string
  changes: string[]
}

/** Everything `posture diff` shows. */
export interface Drift {
  from: ScanRecord
  to: ScanRecord
  counts: { resources: Record<ResourceDrift['change'], number>; findings: Record<FindingChangeKind, number> }
  resources: ResourceDrift[]
  findings: FindingChange[]
}

type Activity = 'absent' | 'active' | 'resolved'

/** Whether a finding existed and was unresolved before its first event in the range (read off that event). */
function startOf(first: FindingEvent['kind']): Activity {
  return first === 'new' ? 'absent' : first === 'reopened' ? 'resolved' : 'active'
}

/** Mute state change over the range: the first and last mute events must agree for a net change. */
function netMute(events: readonly FindingEvent[]): 'muted' | 'unmuted' | undefined {
  const mutes = events.filter((e) => e.kind === 'muted' || e.kind === 'unmuted')
  if (mutes.length === 0) return undefined
  const first = mutes[0]!.kind
  return first === mutes[mutes.length - 1]!.kind ? (first as 'muted' | 'unmuted') : undefined
}

/**
 * Nets the lifecycle events of a range per finding: new then resolved within the range is no change; resolved then
 * reopened is no change; open → resolved is 'resolved'; resolved → open is 'reopened'. Returns one event per finding
 * that changed, carrying the net kind and the last event's time, scan and severity. Events must be in recording order.
 */
export function netFindingEvents(events: readonly FindingEvent[]): FindingEvent[] {
  const byFingerprint = new Map<string, FindingEvent[]>()
  for (const e of events) {
    const list = byFingerprint.get(e.fingerprint)
    if (list) list.push(e)
    else byFingerprint.set(e.fingerprint, [e])
  }
  const out: FindingEvent[] = []
  for (const list of byFingerprint.values()) {
    const last = list[list.length - 1]!
    const start = startOf(list[0]!.kind)
    const end: Activity = last.kind === 'resolved' ? 'resolved' : 'active'
    let kind: FindingChangeKind | undefined
    if (start === 'absent' && end === 'active') kind = 'new'
    else if (start === 'resolved' && end === 'active') kind = 'reopened'
    else if (start === 'active' && end === 'resolved') kind = 'resolved'
    else if (start === 'active' && end === 'active') kind = netMute(list)
    if (kind) out.push({ ...last, kind })
  }
  return out
}

/** Adds titles, messages and resource names from the findings stored with the scans. */
function describeChanges(net: readonly FindingEvent[], before: readonly StoredFinding[], after: readonly StoredFinding[]): FindingChange[] {
  const beforeBy = new Map(before.map((f) => [f.fingerprint, f]))
  const afterBy = new Map(after.map((f) => [f.fingerprint, f]))
  return net.map((e) => {
    const f =
      e.kind === 'resolved'
        ? (beforeBy.get(e.fingerprint) ?? afterBy.get(e.fingerprint))
        : (afterBy.get(e.fingerprint) ?? beforeBy.get(e.fingerprint))
    return {
      kind: e.kind,
      fingerprint: e.fingerprint,
      checkId: e.checkId,
      severity: e.severity,
      resourceUid: e.resourceUid,
      resourceName: f?.resource.name ?? null,
      title: f?.title ?? null,
      message: f?.message ?? null,
      at: e.at,
      scanSeq: e.scanSeq,
    }
  })
}

const KIND_ORDER: Record<FindingChangeKind, number> = { new: 0, reopened: 1, resolved: 2, muted: 3, unmuted: 4 }
const SEVERITY_ORDER: Record<Severity, number> = { critical: 0, high: 1, medium: 2, low: 3, informational: 4 }
const CHANGE_ORDER: Record<ResourceDrift['change'], number> = { added: 0, removed: 1, changed: 2 }

/** Resource changes between the scans, with field-level differences for changed resources. */
async function resourceDrift(store: Store, from: number, to: number, query: InventoryQuery): Promise<ResourceDrift[]> {
  const changes = await store.resourceChanges(from, to, query)
  return changes
    .map((c) => ({
      change: c.change,
      uid: c.uid,
      type: c.type,
      account: c.account,
      region: c.region,
      name: c.name,
      changes: c.change === 'changed' && c.before && c.after ? diffResource(c.before, c.after) : [],
    }))
    .sort((a, b) => CHANGE_ORDER[a.change] - CHANGE_ORDER[b.change] || a.type.localeCompare(b.type) || a.uid.localeCompare(b.uid))
}

/** Drift from scan `from` to scan `to` (from older than to; equal scans give an empty drift). */
export async function computeDrift(store: Store, from: ScanRecord, to: ScanRecord, query: InventoryQuery = {}): Promise<Drift> {
  const [resources, events, before, after] = await Promise.all([
    resourceDrift(store, from.seq, to.seq, query),
    store.findingEvents(from.seq, to.seq),
    store.scanFindings(from.seq),
    store.scanFindings(to.seq),
  ])
  const findings = describeChanges(netFindingEvents(events), before, after).sort(
    (a, b) =>
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      a.checkId.localeCompare(b.checkId) ||
      a.resourceUid.localeCompare(b.resourceUid),
  )
  const count = <K extends string>(keys: readonly K[], of: (k: K) => number) => Object.fromEntries(keys.map((k) => [k, of(k)])) as Record<K, number>
  return {
    from,
    to,
    counts: {
      resources: count(['added', 'removed', 'changed'] as const, (k) => resources.filter((r) => r.change === k).length),
      findings: count(['new', 'resolved', 'reopened', 'muted', 'unmuted'] as const, (k) => findings.filter((f) => f.kind === k).length),
    },
    resources,
    findings,
  }
}
