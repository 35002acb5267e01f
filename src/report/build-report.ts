import type { Finding } from '../core/finding.js'
import type { CollectionError, Provider } from '../core/resource.js'
import { VERSION } from '../core/version.js'
import { compareFindings, REPORT_SCHEMA_VERSION, summarize, type Report } from './model.js'

/** What a report says about the scan itself (provider-neutral, so every provider's scan builds the same report). */
export interface ReportScan {
  /** The scan id: the stored scan's UUID, or a fresh one when the scan is not stored. */
  id: string
  provider: Provider
  startedAt: string
  finishedAt: string
  accounts: string[]
  regions: string[]
  stats?: { apiCalls: number; failedCalls: number; durationMs: number }
  /** Number of resources collected. */
  resources: number
  /** Number of checks evaluated. */
  checks: number
  errors: readonly CollectionError[]
}

/** A finding as reports carry it: store-only fields (the fingerprint) are dropped, the rest (e.g. `muted`) kept. */
function reportFinding(f: Finding): Finding {
  const copy: Finding & { fingerprint?: string } = { ...f }
  delete copy.fingerprint
  return copy
}

/** Builds the JSON report contract (schema/report.schema.json) from a scan and its evaluated findings. */
export function buildReport(scan: ReportScan, findings: readonly Finding[]): Report {
  const list = findings.map(reportFinding).sort(compareFindings)
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: 'posture', version: VERSION },
    scan: {
      id: scan.id,
      startedAt: scan.startedAt,
      finishedAt: scan.finishedAt,
      provider: scan.provider,
      accounts: scan.accounts,
      regions: scan.regions,
      ...(scan.stats ? { stats: scan.stats } : {}),
    },
    summary: summarize(list, scan.resources, scan.checks, scan.errors.length),
    findings: list,
    errors: scan.errors.map((e) => ({
      service: e.service,
      region: e.region,
      api: e.api,
      reason: e.reason,
      account: e.account,
      ...(e.resource ? { resource: e.resource } : {}),
    })),
  }
}
