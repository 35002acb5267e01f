/** `posture scans list` and `posture findings`: the recorded scans, and the finding lifecycle. */
import { severityRank } from '../../core/finding.js'
import type { FindingRecord, FindingState, ScanRecord, Store } from '../../store/types.js'
import { severityOption } from '../options.js'
import { FINDING_STATES, parseTime, positiveIntOption, statesOption } from './history-options.js'
import { formatOption, json, renderRows, shortDuration, shortTime } from './history-table.js'

/** Raw flags of `posture scans list`. */
export interface ScansListFlags {
  database?: string
  config?: string
  format?: string
  limit?: string
}

/** Raw flags of `posture findings`. */
export interface FindingsFlags {
  database?: string
  config?: string
  format?: string
  status?: string
  severity?: string
  since?: string
  limit?: string
}

/** Unresolved findings: what `posture findings` lists without --status (muted ones are shown as muted). */
export const DEFAULT_STATES: readonly FindingState[] = ['open', 'reopened', 'muted']

function scanRow(s: ScanRecord): string[] {
  const sum = s.summary
  return [
    String(s.seq),
    s.id.slice(0, 8),
    shortTime(s.startedAt),
    s.status,
    s.target,
    s.accounts.join(',') || '-',
    sum ? String(sum.resources) : '-',
    sum ? String(sum.fail) : '-',
    sum ? String(sum.muted) : '-',
    s.stats ? shortDuration(s.stats.durationMs) : '-',
    s.error ?? (s.collectionErrors ? `${s.collectionErrors} collection error(s)` : ''),
  ]
}

/** `posture scans list`: newest first; JSON is the array of scan records. */
export async function scansList(store: Store, flags: ScansListFlags): Promise<string> {
  const format = formatOption(flags.format)
  const scans = await store.listScans(positiveIntOption('--limit', flags.limit, 50))
  if (format === 'json') return json(scans)
  if (scans.length === 0) return `No scans recorded in ${store.location} yet.\n`
  const headers = ['SEQ', 'ID', 'STARTED', 'STATUS', 'TARGET', 'ACCOUNTS', 'RESOURCES', 'FAIL', 'MUTED', 'DURATION', 'NOTE']
  return `${renderRows(headers, scans.map(scanRow))}\n`
}

/** Seconds from first seen to resolved, for resolved findings (the time-to-resolve metric). */
export function timeToResolveSeconds(f: FindingRecord): number | null {
  if (f.state !== 'resolved' || !f.resolvedAt) return null
  return Math.max(0, Math.round((Date.parse(f.resolvedAt) - Date.parse(f.firstSeenAt)) / 1000))
}

function findingRow(f: FindingRecord): string[] {
  const ttr = timeToResolveSeconds(f)
  const when =
    f.state === 'resolved'
      ? `resolved ${shortTime(f.resolvedAt)}${ttr !== null ? ` after ${shortDuration(ttr * 1000)}` : ''}`
      : `last seen ${shortTime(f.lastSeenAt)}`
  const note = f.state === 'muted' ? ` muted by ${f.mutedBy ?? '?'}` : f.reopenCount > 0 ? ` reopened ${f.reopenCount}×` : ''
  return [f.state, f.severity, f.checkId, f.resourceUid, shortTime(f.firstSeenAt), `${when}${note}`]
}

/** `posture findings`: lifecycle rows filtered by state, severity and last-seen time; JSON has counts and rows. */
export async function findingsList(store: Store, flags: FindingsFlags): Promise<string> {
  const format = formatOption(flags.format)
  const states = statesOption(flags.status, DEFAULT_STATES)
  const minSeverity = severityOption('--severity', flags.severity)
  const since = flags.since === undefined ? undefined : parseTime('--since', flags.since)
  const limit = positiveIntOption('--limit', flags.limit, 100_000)
  const rows = (await store.findings({ states, minSeverity, since, limit })).sort(
    (a, b) =>
      FINDING_STATES.indexOf(a.state) - FINDING_STATES.indexOf(b.state) ||
      severityRank(a.severity) - severityRank(b.severity) ||
      a.checkId.localeCompare(b.checkId) ||
      a.resourceUid.localeCompare(b.resourceUid),
  )
  const counts = Object.fromEntries(FINDING_STATES.map((s) => [s, rows.filter((f) => f.state === s).length])) as Record<FindingState, number>
  if (format === 'json') return json({ counts, findings: rows.map((f) => ({ ...f, timeToResolveSeconds: timeToResolveSeconds(f) })) })
  const summary = `${rows.length} finding(s): ${FINDING_STATES.map((s) => `${counts[s]} ${s}`).join(', ')}`
  if (rows.length === 0) return `${summary} (states ${states.join(', ')}).\n`
  return `${renderRows(['STATE', 'SEVERITY', 'CHECK', 'RESOURCE', 'FIRST SEEN', 'STATUS'], rows.map(findingRow))}\n\n${summary}\n`
}
