/** Option parsing shared by the history commands: times, scan references, finding states, formats. */
import { PostureError } from '../../core/errors.js'
import type { FindingState, ScanRecord, Store } from '../../store/types.js'
import { list } from '../options.js'

/** Finding lifecycle states accepted by `--status`. */
export const FINDING_STATES: readonly FindingState[] = ['open', 'reopened', 'resolved', 'muted']

/** Statuses of scans that recorded an inventory (failed, interrupted and running ones did not). */
const FINISHED = new Set(['complete', 'partial'])

/** Upper bound of scans read when resolving a prefix or a previous scan (years of daily scans). */
const SCAN_SCAN_LIMIT = 100_000

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/
// ISO-8601 date-time: 2024-05-01T10:00, with optional seconds, fraction and zone (Z or ±hh:mm); a space may replace the T.
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/i

/** True when the text looks like a time (a date or an ISO-8601 date-time) rather than a scan id or seq. */
export function looksLikeTime(value: string): boolean {
  return DATE_ONLY.test(value) || DATE_TIME.test(value)
}

/**
 * An ISO-8601 time (or a date) as the canonical UTC form the store compares. A bare date means the end of that day
 * (UTC), so `--at 2024-05-01` includes the scans of May 1st; a date-time without zone is read as UTC.
 */
export function parseTime(flag: string, value: string): string {
  const v = value.trim()
  let ms = Number.NaN
  if (DATE_ONLY.test(v)) ms = Date.parse(`${v}T23:59:59.999Z`)
  else if (DATE_TIME.test(v)) ms = Date.parse(/(Z|[+-]\d{2}:?\d{2})$/i.test(v) ? v.replace(' ', 'T') : `${v.replace(' ', 'T')}Z`)
  if (Number.isNaN(ms)) {
    throw new PostureError(
      'POSTURE_ERR_USAGE',
      `Invalid ${flag} "${value}": not an ISO-8601 time or date`,
      'Use e.g. 2024-05-01 or 2024-05-01T14:30:00Z.',
    )
  }
  return new Date(ms).toISOString()
}

/** Validates `--status` (comma-separated lifecycle states). */
export function statesOption(value: string | undefined, fallback: readonly FindingState[]): FindingState[] {
  const states = list(value)
  if (!states || states.length === 0) return [...fallback]
  const bad = states.filter((s) => !(FINDING_STATES as readonly string[]).includes(s))
  if (bad.length > 0) {
    throw new PostureError('POSTURE_ERR_USAGE', `Invalid --status "${bad.join(',')}"`, `Use a comma-separated list of: ${FINDING_STATES.join(', ')}.`)
  }
  return [...new Set(states)] as FindingState[]
}

/** Validates a positive integer flag such as `--limit`. */
export function positiveIntOption(flag: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback
  if (!/^\d+$/.test(value.trim()) || Number(value) < 1) {
    throw new PostureError('POSTURE_ERR_USAGE', `Invalid ${flag} "${value}": expected a positive whole number`, `Example: ${flag} 20.`)
  }
  return Number(value)
}

const HINT = 'Run `posture scans list` to see scan ids, sequence numbers and times.'

function notFound(flag: string, what: string): PostureError {
  return new PostureError('POSTURE_ERR_USAGE', `${flag}: ${what}`, HINT)
}

/** A scan by id prefix (≥ 4 characters); ambiguous prefixes are refused with the candidates named. */
async function byIdPrefix(store: Store, flag: string, ref: string): Promise<ScanRecord> {
  const exact = await store.findScan({ id: ref })
  if (exact) return exact
  const prefix = ref.toLowerCase()
  const matches = prefix.length >= 4 ? (await store.listScans(SCAN_SCAN_LIMIT)).filter((s) => s.id.toLowerCase().startsWith(prefix)) : []
  if (matches.length === 1) return matches[0]!
  if (matches.length > 1) {
    const names = matches.slice(0, 5).map((s) => `#${s.seq} ${s.id}`)
    throw new PostureError(
      'POSTURE_ERR_USAGE',
      `${flag}: scan id prefix "${ref}" is ambiguous (${names.join(', ')})`,
      'Give more characters of the id.',
    )
  }
  throw notFound(flag, `no scan with id, id prefix or sequence number "${ref}"`)
}

/**
 * Resolves SCAN|TIME: a sequence number (digits), a scan id or unique id prefix, or a time (the last finished scan
 * started at or before it). Unknown references are usage errors (exit 2) with a hint.
 */
export async function resolveScanRef(store: Store, flag: string, ref: string): Promise<ScanRecord> {
  const value = ref.trim().replace(/^#/, '')
  if (looksLikeTime(value)) {
    const at = parseTime(flag, value)
    const scan = await store.findScan({ at })
    if (!scan) throw notFound(flag, `no finished scan at or before ${at}`)
    return scan
  }
  if (/^\d+$/.test(value)) {
    const scan = await store.findScan({ seq: Number(value) })
    if (scan) return scan
  }
  if (!/^[0-9a-f-]+$/i.test(value)) {
    throw new PostureError('POSTURE_ERR_USAGE', `Invalid ${flag} "${ref}": expected a scan id, id prefix, sequence number or time`, HINT)
  }
  return byIdPrefix(store, flag, value)
}

/** Refuses scans that recorded no inventory (failed, interrupted, running): there is no state to compare or show. */
export function requireFinished(flag: string, scan: ScanRecord): ScanRecord {
  if (FINISHED.has(scan.status)) return scan
  throw new PostureError(
    'POSTURE_ERR_USAGE',
    `${flag}: scan #${scan.seq} (${scan.id}) is ${scan.status}${scan.error ? ` (${scan.error})` : ''} and recorded no inventory`,
    'Pick a complete or partial scan; `posture scans list` shows each status.',
  )
}

/** The latest finished scan; none yet is a usage error telling how to record one. */
export async function latestFinished(store: Store): Promise<ScanRecord> {
  const scan = await store.findScan({ latest: true })
  if (!scan) {
    throw new PostureError(
      'POSTURE_ERR_USAGE',
      `No finished scan recorded in ${store.location}`,
      'Run `posture scan aws` first (without --no-store).',
    )
  }
  return scan
}

/** The finished scan right before `scan`, if any. */
export async function previousFinished(store: Store, scan: ScanRecord): Promise<ScanRecord | undefined> {
  const scans = await store.listScans(SCAN_SCAN_LIMIT)
  return scans.find((s) => s.seq < scan.seq && FINISHED.has(s.status))
}
