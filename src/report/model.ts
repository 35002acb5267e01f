import type { Finding, Severity, Status } from '../core/finding.js'
import { SEVERITIES, STATUSES } from '../core/finding.js'
import type { Provider } from '../core/resource.js'

/** Report contract version: bumped only on breaking changes to the JSON shape (schema/report.schema.json). */
export const REPORT_SCHEMA_VERSION = '1.0'

/** A collection failure as reports show it. */
export interface ReportError {
  service: string
  region: string
  api: string
  reason: string
  account: string
  resource?: string
}

/** Counts by status, and by severity × status. */
export interface ReportSummary {
  total: number
  byStatus: Record<Status, number>
  bySeverity: Record<Severity, Record<Status, number>>
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
  findings: Finding[]
  errors: ReportError[]
}

/** Counts findings by status and by severity × status. */
export function summarize(findings: readonly Finding[], resources: number, checks: number, collectionErrors: number): ReportSummary {
  const zero = (): Record<Status, number> => Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>
  const byStatus = zero()
  const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, zero()])) as Record<Severity, Record<Status, number>>
  for (const f of findings) {
    byStatus[f.status]++
    bySeverity[f.severity][f.status]++
  }
  return { total: findings.length, byStatus, bySeverity, resources, checks, collectionErrors }
}

/** Sort order for reports: status (fail, error, pass), then severity, check id and resource uid. */
export function compareFindings(a: Finding, b: Finding): number {
  const order: Record<Status, number> = { fail: 0, error: 1, pass: 2 }
  return (
    order[a.status] - order[b.status] ||
    SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) ||
    a.checkId.localeCompare(b.checkId) ||
    a.resource.uid.localeCompare(b.resource.uid)
  )
}
