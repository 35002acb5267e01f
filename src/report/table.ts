import pc from 'picocolors'
import type { Finding, Severity } from '../core/finding.js'
import { SEVERITIES } from '../core/finding.js'
import type { Report, ReportFinding } from './model.js'

/** Options for the human-readable table. */
export interface TableOptions {
  color: boolean
  /** Width to truncate long lines at (terminal columns); default: no truncation. */
  width?: number
  /** Also list passing findings. */
  showPassed?: boolean
  /** First line instead of the cloud-account heading (IaC scans name their paths). */
  title?: string
}

/** `file:start-end (address)` of an IaC finding, or undefined for cloud findings. */
export function whereDeclared(f: ReportFinding): string | undefined {
  const l = f.location
  if (!l) return undefined
  const lines = l.startLine ? `:${l.startLine}${l.endLine && l.endLine !== l.startLine ? `-${l.endLine}` : ''}` : ''
  return `${l.file}${lines}${l.address ? ` (${l.address})` : ''}`
}

type Paint = (s: string) => string

function palette(color: boolean): Record<Severity | 'dim' | 'bold' | 'ok' | 'err', Paint> {
  const id: Paint = (s) => s
  if (!color) return { critical: id, high: id, medium: id, low: id, informational: id, dim: id, bold: id, ok: id, err: id }
  return {
    critical: (s) => pc.bold(pc.red(s)),
    high: pc.red,
    medium: pc.yellow,
    low: pc.cyan,
    informational: pc.gray,
    dim: pc.dim,
    bold: pc.bold,
    ok: pc.green,
    err: pc.magenta,
  }
}

/** The one-line fix shown in the table: the remediation steps on one line (the CLI command when there are none). */
export function oneLineFix(f: Finding): string {
  return f.remediation.steps.length > 0 ? f.remediation.steps.join(' ') : (f.remediation.cli ?? '')
}

function clip(s: string, width: number): string {
  return s.length <= width ? s : `${s.slice(0, Math.max(0, width - 1))}…`
}

function findingLines(f: ReportFinding, p: ReturnType<typeof palette>, width: number): string[] {
  const where = f.resource.region === 'global' ? f.resource.account : `${f.resource.account}/${f.resource.region}`
  const declared = whereDeclared(f)
  return [
    `  ${p.bold(f.checkId)}  ${p.dim(f.title)}`,
    declared ? `    at: ${clip(declared, width - 8)}` : `    resource: ${clip(`${f.resource.name} (${f.resource.uid}) [${where}]`, width - 14)}`,
    `    ${clip(f.message, width - 4)}`,
    ...(f.status === 'fail' ? [`    ${p.ok('fix:')} ${clip(oneLineFix(f), width - 9)}`] : []),
  ]
}

/** The MUTED section: accepted findings with the suppression, reason, owner and expiry that account for them. */
function mutedLines(muted: readonly ReportFinding[], p: ReturnType<typeof palette>, width: number): string[] {
  if (muted.length === 0) return []
  const out = [p.dim(`MUTED — ${muted.length} accepted finding(s), not counted as failures (see \`posture mute list\`)`)]
  for (const f of muted.slice(0, 100)) {
    const m = f.muted!
    out.push(
      `  ${f.checkId}  ${p.dim(`[${f.severity} ${f.status}]`)}  ${clip(whereDeclared(f) ?? `${f.resource.name} (${f.resource.uid})`, width - f.checkId.length - 20)}`,
    )
    out.push(
      `    ${clip(`muted by ${m.suppressionId}: ${m.reason} — owner ${m.owner}, ${m.expiresAt ? `expires ${m.expiresAt.slice(0, 10)}` : 'no expiry'}`, width - 4)}`,
    )
  }
  if (muted.length > 100) out.push(p.dim(`  … and ${muted.length - 100} more (see the JSON report)`))
  return [...out, '']
}

/** Renders the report for a terminal: failures grouped by severity, then errors, muted findings, collection gaps and a summary. */
export function renderTable(report: Report, options: TableOptions): string {
  const p = palette(options.color)
  const width = options.width ?? Number.POSITIVE_INFINITY
  const out: string[] = []
  const s = report.summary
  out.push(
    p.bold(
      options.title ??
        `Posture ${report.tool.version} — ${report.scan.provider.toUpperCase()} account(s) ${report.scan.accounts.join(', ')}, regions ${report.scan.regions.join(', ')}`,
    ),
  )
  out.push('')
  for (const sev of SEVERITIES) {
    const fails = report.findings.filter((f) => f.status === 'fail' && !f.muted && f.severity === sev)
    if (fails.length === 0) continue
    out.push(p[sev](`${sev.toUpperCase()} — ${fails.length} failing`))
    for (const f of fails) out.push(...findingLines(f, p, width))
    out.push('')
  }
  const errors = report.findings.filter((f) => f.status === 'error' && !f.muted)
  if (errors.length > 0) {
    out.push(p.err(`COULD NOT EVALUATE — ${errors.length} finding(s) with status error (never counted as passing)`))
    for (const f of errors.slice(0, 50))
      out.push(`  ${f.checkId}  ${clip(`${whereDeclared(f) ?? f.resource.name}: ${f.message}`, width - f.checkId.length - 4)}`)
    if (errors.length > 50) out.push(p.dim(`  … and ${errors.length - 50} more (see the JSON report)`))
    out.push('')
  }
  out.push(
    ...mutedLines(
      report.findings.filter((f) => f.muted && f.status !== 'pass'),
      p,
      width,
    ),
  )
  if (options.showPassed) {
    const passed = report.findings.filter((f) => f.status === 'pass')
    out.push(p.ok(`PASSED — ${passed.length}`))
    for (const f of passed) out.push(`  ${f.checkId}  ${clip(`${whereDeclared(f) ?? f.resource.name}: ${f.message}`, width - f.checkId.length - 4)}`)
    out.push('')
  }
  if (report.errors.length > 0) {
    out.push(p.err(`COLLECTION ERRORS — ${report.errors.length}`))
    for (const e of report.errors.slice(0, 30))
      out.push(`  ${e.service} ${e.region} ${e.api}${e.resource ? ` (${e.resource})` : ''}: ${clip(e.reason, width - 30)}`)
    if (report.errors.length > 30) out.push(p.dim(`  … and ${report.errors.length - 30} more (see the JSON report)`))
    out.push('')
  }
  const sevCounts = SEVERITIES.map((sev) => `${s.bySeverity[sev].fail} ${sev}`).join(', ')
  out.push(
    p.bold(
      `Summary: ${s.byStatus.fail} failed (${sevCounts}), ${s.byStatus.pass} passed, ${s.byStatus.error} error${s.muted ? `, ${s.muted} muted` : ''} — ${s.checks} checks on ${s.resources} resources`,
    ),
  )
  if (report.scan.stats)
    out.push(p.dim(`Scan ${report.scan.id}: ${report.scan.stats.apiCalls} API calls in ${(report.scan.stats.durationMs / 1000).toFixed(1)} s`))
  return `${out.join('\n')}\n`
}
