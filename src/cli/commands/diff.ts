/** `posture diff` and `posture baseline set|show`: drift between two scans, or from an approved baseline. */
import { PostureError } from '../../core/errors.js'
import { computeDrift, type Drift } from '../../scan/drift.js'
import type { ScanRecord, Store } from '../../store/types.js'
import { latestFinished, previousFinished, requireFinished, resolveScanRef } from './history-options.js'
import { exclusive, formatOption, json, renderRows, scanLabel } from './history-table.js'

/** The baseline name used when none is given. */
export const DEFAULT_BASELINE = 'default'

/** Raw flags of `posture diff`; `baseline` is true for a bare `--baseline`. */
export interface DiffFlags {
  database?: string
  config?: string
  format?: string
  from?: string
  to?: string
  baseline?: string | boolean
}

/** Raw flags of `posture baseline set` / `show`. */
export interface BaselineFlags {
  database?: string
  config?: string
  format?: string
  name?: string
}

/** Validates a baseline name (kept short and printable: it appears in commands and tables). */
export function baselineName(value: string | boolean | undefined): string {
  if (value === undefined || value === true || value === false) return DEFAULT_BASELINE
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(value)) {
    throw new PostureError(
      'POSTURE_ERR_USAGE',
      `Invalid baseline name "${value}"`,
      'Use letters, digits, ".", "_" and "-" (at most 64), e.g. --name prod-approved.',
    )
  }
  return value
}

/** The named baseline's scan; a missing baseline is a usage error telling how to set one. */
async function baselineScan(store: Store, name: string): Promise<ScanRecord> {
  const scan = await store.getBaseline(name)
  if (!scan)
    throw new PostureError(
      'POSTURE_ERR_USAGE',
      `No baseline named "${name}"`,
      `Set one with \`posture baseline set [SCAN]${name === DEFAULT_BASELINE ? '' : ` --name ${name}`}\`.`,
    )
  return scan
}

/** The two scans to compare: --from/--baseline (default: the finished scan before --to) and --to (default: latest). */
async function diffScans(store: Store, flags: DiffFlags): Promise<{ from: ScanRecord; to: ScanRecord }> {
  exclusive({ '--from': flags.from, '--baseline': flags.baseline })
  const to = flags.to === undefined ? await latestFinished(store) : requireFinished('--to', await resolveScanRef(store, '--to', flags.to))
  let from: ScanRecord | undefined
  if (flags.baseline !== undefined && flags.baseline !== false) from = await baselineScan(store, baselineName(flags.baseline))
  else if (flags.from !== undefined) from = requireFinished('--from', await resolveScanRef(store, '--from', flags.from))
  else from = await previousFinished(store, to)
  if (!from) {
    throw new PostureError(
      'POSTURE_ERR_USAGE',
      `Scan ${scanLabel(to)} is the first finished scan: there is nothing to compare it with`,
      'Run another scan, or pass --from.',
    )
  }
  if (from.seq > to.seq) {
    throw new PostureError('POSTURE_ERR_USAGE', `--from scan ${scanLabel(from)} is newer than --to scan ${scanLabel(to)}`, 'Swap --from and --to.')
  }
  return { from, to }
}

const SIGN = { added: '+', removed: '-', changed: '~' } as const

/** The drift as text: resources (with field-level lines) then findings. */
export function renderDrift(d: Drift, title: string): string {
  const r = d.counts.resources
  const f = d.counts.findings
  const out = [
    `${title}: scan ${scanLabel(d.from)} → scan ${scanLabel(d.to)}`,
    '',
    `Resources: ${r.added} added, ${r.removed} removed, ${r.changed} changed`,
  ]
  for (const res of d.resources) {
    out.push(`  ${SIGN[res.change]} ${res.type}  ${res.name}  (${res.uid})`)
    for (const line of res.changes) out.push(`      ${line}`)
  }
  const mutes = f.muted + f.unmuted > 0 ? `, ${f.muted} muted, ${f.unmuted} unmuted` : ''
  out.push('', `Findings: ${f.new} new, ${f.resolved} resolved, ${f.reopened} reopened${mutes}`)
  if (d.findings.length > 0) {
    const rows = d.findings.map((x) => [x.kind, x.severity, x.checkId, `${x.resourceName ?? x.resourceUid}: ${x.message ?? x.resourceUid}`])
    out.push(
      renderRows(['CHANGE', 'SEVERITY', 'CHECK', 'RESOURCE / MESSAGE'], rows)
        .split('\n')
        .map((l) => `  ${l}`)
        .join('\n'),
    )
  }
  return `${out.join('\n')}\n`
}

/** `posture diff`: resources and findings that changed between two scans (default: the previous and the latest). */
export async function diffCommand(store: Store, flags: DiffFlags): Promise<string> {
  const format = formatOption(flags.format)
  const { from, to } = await diffScans(store, flags)
  const drift = await computeDrift(store, from, to)
  const baseline = flags.baseline !== undefined && flags.baseline !== false ? baselineName(flags.baseline) : undefined
  if (format === 'json') return json(baseline ? { baseline, ...drift } : drift)
  return renderDrift(drift, baseline ? `Drift from baseline "${baseline}"` : 'Changes')
}

/** `posture baseline set [SCAN]`: marks a finished scan (default: the latest) as the approved state. */
export async function baselineSet(store: Store, scanRef: string | undefined, flags: BaselineFlags): Promise<string> {
  const name = baselineName(flags.name)
  const scan = scanRef === undefined ? await latestFinished(store) : requireFinished('SCAN', await resolveScanRef(store, 'SCAN', scanRef))
  await store.setBaseline(name, scan.seq)
  if (formatOption(flags.format) === 'json') return json({ name, scan })
  return `Baseline "${name}" set to scan ${scanLabel(scan)}.\n`
}

/** `posture baseline show`: the baseline's scan and how far the latest scan has drifted from it. */
export async function baselineShow(store: Store, flags: BaselineFlags): Promise<string> {
  const name = baselineName(flags.name)
  const scan = await baselineScan(store, name)
  const latest = await latestFinished(store)
  const drift = latest.seq > scan.seq ? await computeDrift(store, scan, latest) : undefined
  if (formatOption(flags.format) === 'json') return json({ name, scan, latest, drift: drift?.counts ?? null })
  const lines = [`Baseline "${name}": scan ${scanLabel(scan)}, target ${scan.target}, status ${scan.status}`]
  if (!drift) lines.push('The latest finished scan is the baseline itself: no drift.')
  else {
    const r = drift.counts.resources
    const f = drift.counts.findings
    lines.push(
      `Drift up to scan ${scanLabel(latest)}: ${r.added} resource(s) added, ${r.removed} removed, ${r.changed} changed; ` +
        `${f.new} finding(s) new, ${f.resolved} resolved, ${f.reopened} reopened.`,
      'Details: posture diff --baseline' + (name === DEFAULT_BASELINE ? '' : ` ${name}`),
    )
  }
  return `${lines.join('\n')}\n`
}
