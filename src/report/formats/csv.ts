/**
 * CSV for spreadsheets and BI tools: one row per finding, or one row per requirement of a framework.
 *
 * RFC 4180: CRLF line ends, a header row, fields quoted when they hold a comma, quote, CR or LF, quotes doubled.
 * CSV/formula injection: spreadsheet programs run a cell that starts with `=`, `+`, `-` or `@` (and some a tab or CR)
 * as a formula, and cloud resource names, tags and messages are attacker-controllable. Such cells are prefixed with a
 * single quote (OWASP's recommendation), which spreadsheets show as text; the cell's content is otherwise unchanged.
 */
import type { RenderInput } from '../render-input.js'
import { complianceLabel } from './common.js'

/** Options for CSV output. */
export interface CsvOptions {
  /** Start with a UTF-8 byte-order mark, so Excel reads non-ASCII text correctly (default false). */
  bom?: boolean
}

const FORMULA_START = /^[=+\-@\t\r]/

/** One CSV field: neutralised against formula injection, then quoted as RFC 4180 requires. */
export function csvCell(value: string | number | boolean | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value)
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** Rows as an RFC 4180 table, every cell through csvCell (also used by the evidence bundle's evidence.csv). */
export function csvTable(rows: (string | number | boolean | null | undefined)[][], options: CsvOptions = {}): string {
  return (options.bom ? '\uFEFF' : '') + rows.map((r) => `${r.map(csvCell).join(',')}\r\n`).join('')
}

/** Header of the findings CSV, in column order (a stable contract for spreadsheets that import it). */
export const FINDINGS_CSV_COLUMNS = [
  'scan_id',
  'check_id',
  'title',
  'status',
  'muted',
  'muted_reason',
  'severity',
  'provider',
  'account',
  'region',
  'resource_uid',
  'resource_type',
  'resource_name',
  'message',
  'remediation',
  'remediation_cli',
  'references',
  'compliance',
] as const

/** One row per finding; remediation steps joined by spaces, references by spaces, compliance refs by `; `. */
export function renderFindingsCsv(input: RenderInput, options: CsvOptions = {}): string {
  const { report } = input
  const rows = report.findings.map((f) => [
    report.scan.id,
    f.checkId,
    f.title,
    f.status,
    f.muted ? 'true' : 'false',
    f.muted?.reason ?? '',
    f.severity,
    f.resource.provider,
    f.resource.account,
    f.resource.region,
    f.resource.uid,
    f.resource.type,
    f.resource.name,
    f.message,
    f.remediation.steps.join(' '),
    f.remediation.cli ?? '',
    f.remediation.references.join(' '),
    f.compliance.map(complianceLabel).join('; '),
  ])
  return csvTable([[...FINDINGS_CSV_COLUMNS], ...rows], options)
}

/** Header of the requirements CSV, in column order. */
export const REQUIREMENTS_CSV_COLUMNS = [
  'framework',
  'version',
  'section',
  'requirement_id',
  'title',
  'status',
  'pass',
  'fail',
  'error',
  'muted',
  'resources',
  'checks',
] as const

/** One row per requirement of `frameworkId` from the compliance scores; throws when they were not computed for it. */
export function renderRequirementsCsv(input: RenderInput, frameworkId: string, options: CsvOptions = {}): string {
  const fw = input.compliance?.frameworks.find((r) => r.framework.id === frameworkId)
  if (!fw) {
    const known = input.compliance?.frameworks.map((r) => r.framework.id).join(', ')
    throw new Error(`no compliance results for framework "${frameworkId}"${known ? ` (have: ${known})` : ' (compliance was not scored)'}`)
  }
  const rows = fw.requirements.map((r) => [
    fw.framework.id,
    fw.framework.version,
    r.section,
    r.id,
    r.title,
    r.status,
    r.findings.pass,
    r.findings.fail,
    r.findings.error,
    r.findings.muted,
    r.resources,
    r.checks.join('; '),
  ])
  return csvTable([[...REQUIREMENTS_CSV_COLUMNS], ...rows], options)
}
