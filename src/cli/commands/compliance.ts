/** `posture compliance`, `posture frameworks list` and `posture report`: scores, frameworks and reports of recorded scans. */
import { PostureError } from '../../core/errors.js'
import type { FrameworkResult, ScoreSummary, ScoreTrendPoint } from '../../score/types.js'
import { requirementEvidence } from '../../score/evidence.js'
import { FRAMEWORKS, frameworkById } from '../../frameworks/index.js'
import type { Framework } from '../../frameworks/types.js'
import { renderRequirementsCsv } from '../../report/formats/csv.js'
import { renderReport } from '../../report/render.js'
import { REPORT_FORMATS } from '../../report/render-input.js'
import { storedReport, TREND_SCANS, type StoredReport } from '../../scan/stored-report.js'
import type { ScanRecord, Store } from '../../store/types.js'
import { choiceOption, list } from '../options.js'
import { latestFinished, positiveIntOption, requireFinished, resolveScanRef } from './history-options.js'
import { json, renderRows, scanLabel, shortTime } from './history-table.js'
import { writeEvidenceBundle } from './evidence-bundle.js'

/** `--framework a,b`: known framework ids (exact), or a usage error listing them. */
export function frameworksOption(value: string | undefined): Framework[] | undefined {
  const ids = list(value)
  if (!ids) return undefined
  return ids.map((id) => {
    const fw = frameworkById(id)
    if (!fw) {
      throw new PostureError(
        'POSTURE_ERR_USAGE',
        `Unknown framework "${id}"`,
        `Known frameworks: ${FRAMEWORKS.map((f) => f.id).join(', ')} (posture frameworks list).`,
      )
    }
    return fw
  })
}

/** Requirement counts of a framework: automated (mapped to checks), manual, unmapped. */
export function frameworkCoverage(fw: Framework): { requirements: number; automated: number; manual: number; unmapped: number } {
  const manual = fw.requirements.filter((r) => r.manual).length
  const automated = fw.requirements.filter((r) => !r.manual && r.checks.length > 0).length
  return { requirements: fw.requirements.length, automated, manual, unmapped: fw.requirements.length - manual - automated }
}

/** `posture frameworks list`. */
export function frameworksList(flags: { format?: string }): string {
  const format = choiceOption('--format', flags.format, ['table', 'json'] as const, 'table')
  const rows = FRAMEWORKS.map((f) => ({
    id: f.id,
    name: f.name,
    version: f.version,
    provider: f.provider,
    source: f.source,
    ...frameworkCoverage(f),
  }))
  if (format === 'json') return json(rows)
  return `${renderRows(
    ['ID', 'VERSION', 'PROVIDER', 'REQUIREMENTS', 'AUTOMATED', 'MANUAL', 'UNMAPPED', 'NAME'],
    rows.map((r) => [r.id, r.version, r.provider, String(r.requirements), String(r.automated), String(r.manual), String(r.unmapped), r.name]),
  )}\n`
}

/** "62.5%" or "n/a" when no requirement has a verdict. */
export function scoreText(score: number | null): string {
  return score === null ? 'n/a' : `${score.toFixed(1)}%`
}

const SUMMARY_HEADERS = ['SCORE', 'PASSED', 'FAILED', 'UNDETERMINED', 'NO DATA', 'MANUAL', 'UNMAPPED']
const summaryCells = (s: ScoreSummary): string[] => [
  scoreText(s.score),
  String(s.passed),
  String(s.failed),
  String(s.undetermined),
  String(s.noData),
  String(s.manual),
  String(s.unmapped),
]

const FORMULA =
  'Score = passed / (passed + failed) requirements. A requirement passes when all its checks pass on every resource in scope; undetermined (errors), no-data, manual and unmapped requirements are never counted as passed (docs/frameworks.md).'

/** Raw flags of `posture compliance`. */
export interface ComplianceFlags {
  database?: string
  config?: string
  format?: string
  framework?: string
  scan?: string
  trend?: boolean
  limit?: string
  evidence?: string
}

async function pickScan(store: Store, ref: string | undefined): Promise<ScanRecord> {
  return ref === undefined ? latestFinished(store) : requireFinished('--scan', await resolveScanRef(store, '--scan', ref))
}

/** Warns (stderr) when a scan was recorded before passing results were kept: its passes are unknown, not assumed. */
function warnIncomplete(input: StoredReport, scan: ScanRecord): void {
  if (!input.complete) {
    process.stderr.write(
      `posture: warning: scan ${scanLabel(scan)} was recorded before Posture kept passing results; its passes are missing, so requirements they would decide show no data. Re-scan for a complete report.\n`,
    )
  }
}

function trendTable(points: readonly ScoreTrendPoint[], frameworks: readonly string[]): string {
  if (points.length === 0) return 'No recorded scan carries scores yet (scores are kept from this version on).\n'
  return `${renderRows(
    ['SCAN', 'FINISHED', 'POSTURE', ...frameworks.map((f) => f.toUpperCase())],
    points.map((p) => [`#${p.scanSeq}`, shortTime(p.finishedAt), scoreText(p.posture), ...frameworks.map((f) => scoreText(p.frameworks[f] ?? null))]),
  )}\n`
}

/** Detail of one framework: score, sections, accounts, regions, then failing and undetermined requirements with their evidence. */
function frameworkDetail(fw: FrameworkResult, input: StoredReport, scan: ScanRecord): string {
  const s = fw.summary
  const lines = [
    `${fw.framework.name} ${fw.framework.version} — scan ${scanLabel(scan)}, account(s) ${scan.accounts.join(', ')}`,
    `Score ${scoreText(s.score)}: ${s.passed} passed, ${s.failed} failed; ${s.undetermined} undetermined, ${s.noData} no data, ${s.manual} manual, ${s.unmapped} unmapped of ${s.total} requirements.`,
    '',
    renderRows(
      ['SECTION', ...SUMMARY_HEADERS],
      fw.sections.map((x) => [x.section, ...summaryCells(x.summary)]),
    ),
    '',
    renderRows(
      ['ACCOUNT', ...SUMMARY_HEADERS],
      fw.accounts.map((x) => [x.account, ...summaryCells(x.summary)]),
    ),
    '',
    renderRows(
      ['REGION', ...SUMMARY_HEADERS],
      fw.regions.map((x) => [x.region, ...summaryCells(x.summary)]),
    ),
  ]
  const evidence = requirementEvidence(fw, input.report.findings)
  for (const status of ['fail', 'undetermined'] as const) {
    const reqs = evidence.filter((r) => r.status === status)
    if (reqs.length === 0) continue
    lines.push(
      '',
      status === 'fail'
        ? `Failing requirements (${reqs.length}):`
        : `Undetermined requirements (${reqs.length}): data missing, not counted as passed`,
    )
    for (const r of reqs) {
      lines.push(`  ${r.id}  ${r.title}  [${r.findings.fail} fail, ${r.findings.error} error, ${r.findings.pass} pass on ${r.resources} resource(s)]`)
      for (const e of r.evidence.filter((x) => x.status !== 'pass' && !x.muted)) {
        lines.push(`    ${e.status.toUpperCase()}  ${e.checkId}  ${e.resourceUid}: ${e.message.split('\n')[0]}`)
      }
    }
  }
  lines.push('', FORMULA)
  return `${lines.join('\n')}\n`
}

function overview(input: StoredReport, scan: ScanRecord): string {
  const c = input.compliance!
  const p = c.posture
  return [
    `Compliance of scan ${scanLabel(scan)}, account(s) ${scan.accounts.join(', ')}`,
    `Posture score ${scoreText(p.score)} (severity-weighted over ${p.pass} pass and ${p.fail} fail findings; ${p.error} undetermined not scored).`,
    '',
    renderRows(
      ['FRAMEWORK', 'VERSION', ...SUMMARY_HEADERS],
      c.frameworks.map((f) => [f.framework.id, f.framework.version, ...summaryCells(f.summary)]),
    ),
    '',
    FORMULA,
    '',
  ].join('\n')
}

/** `posture compliance`: scores of a recorded scan (default: the latest), one framework in detail, a trend, or an evidence bundle. */
export async function complianceCommand(store: Store, flags: ComplianceFlags): Promise<string> {
  const format = choiceOption('--format', flags.format, ['table', 'json', 'csv'] as const, 'table')
  const frameworks = frameworksOption(flags.framework)
  const one = frameworks?.length === 1 ? frameworks[0] : undefined
  if (format === 'csv' && !one)
    throw new PostureError(
      'POSTURE_ERR_USAGE',
      '--format csv needs exactly one --framework',
      'e.g. posture compliance --framework pci-dss --format csv',
    )
  if (flags.evidence !== undefined && !one)
    throw new PostureError(
      'POSTURE_ERR_USAGE',
      '--evidence needs exactly one --framework',
      'e.g. posture compliance --framework iso-27001 --evidence ./audit',
    )
  const limit = positiveIntOption('--limit', flags.limit, TREND_SCANS)
  const scan = await pickScan(store, flags.scan)
  const input = await storedReport(store, scan, frameworks, limit)
  warnIncomplete(input, scan)
  // The trend of the scan's own target: other targets' scans cover other estates.
  const trend = flags.trend ? input.trend : undefined
  if (flags.evidence !== undefined) {
    const written = writeEvidenceBundle(flags.evidence, input, one!.id)
    process.stderr.write(`posture: evidence bundle for ${one!.id} written to ${flags.evidence} (${written.length} files)\n`)
  }
  const fwIds = input.compliance!.frameworks.map((f) => f.framework.id)
  if (format === 'json') {
    const c = input.compliance!
    return json({
      scan: { seq: scan.seq, id: scan.id, finishedAt: scan.finishedAt, accounts: scan.accounts, regions: scan.regions, complete: input.complete },
      posture: c.posture,
      frameworks: one ? c.frameworks.map((f) => ({ ...f, requirements: requirementEvidence(f, input.report.findings) })) : c.frameworks,
      ...(trend ? { trend } : {}),
    })
  }
  if (format === 'csv') return renderRequirementsCsv(input, one!.id)
  const body = one ? frameworkDetail(input.compliance!.frameworks[0]!, input, scan) : overview(input, scan)
  return trend ? `${body}\nTrend (oldest first):\n${trendTable(trend, fwIds)}` : body
}

/** Raw flags of `posture report`. */
export interface ReportFlags {
  database?: string
  config?: string
  format?: string
  scan?: string
  framework?: string
  output?: string
}

/** `posture report`: a recorded scan (default: the latest) in any report format. */
export async function reportCommand(store: Store, flags: ReportFlags): Promise<string> {
  const format = choiceOption('--format', flags.format, REPORT_FORMATS, 'table')
  const frameworks = frameworksOption(flags.framework)
  const scan = await pickScan(store, flags.scan)
  const input = await storedReport(store, scan, frameworks)
  warnIncomplete(input, scan)
  return renderReport(format, input, { color: false })
}
