import type { Finding, Severity, Status } from '../core/finding.js'
import { isAtLeast, SEVERITIES, STATUSES } from '../core/finding.js'
import type { Provider } from '../core/resource.js'
import type { MuteInfo } from '../core/suppression.js'

/** Report contract version: MAJOR on breaking changes to the JSON shape (schema/report.schema.json), MINOR on additions. */
export const REPORT_SCHEMA_VERSION = '1.2'

/**
 * Where the resource of an IaC finding is declared (since 1.2): file, 1-based inclusive line range, address. Lines
 * are absent only when the source has none (a Terraform plan scanned without its .tf files).
 */
export interface FindingLocation {
  file: string
  startLine?: number
  endLine?: number
  /** Terraform address (`module.web.aws_security_group.app[0]`) or CloudFormation logical id. */
  address?: string
  language?: 'terraform' | 'cloudformation'
}

/**
 * A finding as reports carry it; `muted` (since 1.1) says which suppression accepted it, by whom, why, until when;
 * `location` (since 1.2) where an IaC resource is declared.
 */
export interface ReportFinding extends Finding {
  muted?: MuteInfo
  location?: FindingLocation
}

/** A collection failure as reports show it. */
export interface ReportError {
  service: string
  region: string
  api: string
  reason: string
  account: string
  resource?: string
}

/** Counts by status, and by severity × status, of unmuted findings; muted ones are counted apart (total = all). */
export interface ReportSummary {
  total: number
  byStatus: Record<Status, number>
  bySeverity: Record<Severity, Record<Status, number>>
  /** Findings muted by a suppression (since 1.1): excluded from byStatus, bySeverity and --fail-on. */
  muted: number
  resources: number
  checks: number
  collectionErrors: number
}

/** The JSON report (stable contract; see docs/report-format.md and schema/report.schema.json). */
export interface Report {
  schemaVersion: string
  tool: { name: 'posture'; version: string }
  scan: {
    id: string
    startedAt: string
    finishedAt: string
    provider: Provider
    accounts: string[]
    regions: string[]
    stats?: { apiCalls: number; failedCalls: number; durationMs: number }
  }
  summary: ReportSummary
  findings: ReportFinding[]
  errors: ReportError[]
}

/**
 * Counts findings by status and by severity × status. Muted findings are accepted risks: they are counted only in
 * `muted`, so failure counts (and exit codes derived from them) leave them out.
 */
export function summarize(findings: readonly ReportFinding[], resources: number, checks: number, collectionErrors: number): ReportSummary {
  const zero = (): Record<Status, number> => Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>
  const byStatus = zero()
  const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, zero()])) as Record<Severity, Record<Status, number>>
  let muted = 0
  for (const f of findings) {
    if (f.muted) {
      muted++
      continue
    }
    byStatus[f.status]++
    bySeverity[f.severity][f.status]++
  }
  return { total: findings.length, byStatus, bySeverity, muted, resources, checks, collectionErrors }
}

/** Unmuted failures at or above `min`: what `--fail-on` turns into exit code 1 (muted findings never do). */
export function failuresAtOrAbove(findings: readonly ReportFinding[], min: Severity): ReportFinding[] {
  return findings.filter((f) => f.status === 'fail' && !f.muted && isAtLeast(f.severity, min))
}

/** Sort order for reports: unmuted fail, unmuted error, muted, pass; then severity, check id and resource uid. */
export function compareFindings(a: ReportFinding, b: ReportFinding): number {
  const order = (f: ReportFinding): number => (f.status === 'pass' ? 3 : f.muted ? 2 : f.status === 'fail' ? 0 : 1)
  return (
    order(a) - order(b) ||
    SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) ||
    a.checkId.localeCompare(b.checkId) ||
    a.resource.uid.localeCompare(b.resource.uid)
  )
}
