import type { ComplianceReport, ScoreTrendPoint } from '../score/types.js'
import type { CheckMeta } from '../evaluate/define-check.js'
import type { Report } from './model.js'

/**
 * What every report renderer (table, json, html, csv, sarif, ocsf, asff, junit) receives: the JSON report contract,
 * the metadata of the checks it mentions (rationale, categories, remediation for rule descriptions), and the
 * compliance scores when they were computed.
 */
export interface RenderInput {
  report: Report
  checks: ReadonlyMap<string, CheckMeta>
  compliance?: ComplianceReport
  /** Scores of recorded scans up to this one, oldest first (reports of stored scans carry it; the HTML summary charts it). */
  trend?: ScoreTrendPoint[]
}

/** Formats `posture report` and `posture scan --format` write. */
export const REPORT_FORMATS = ['table', 'json', 'html', 'csv', 'sarif', 'ocsf', 'asff', 'junit'] as const
export type ReportFormat = (typeof REPORT_FORMATS)[number]
