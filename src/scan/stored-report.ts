/**
 * Reports a recorded scan again (`posture report`, `posture compliance`): its stored results, rehydrated with the
 * check catalogue's titles, remediation and compliance references, scored against the frameworks.
 */
import type { Finding } from '../core/finding.js'
import { loadChecks } from '../checks/registry.js'
import type { CheckMeta } from '../evaluate/define-check.js'
import { FRAMEWORKS } from '../frameworks/index.js'
import { complianceIndex, type Framework } from '../frameworks/types.js'
import { scoreCompliance } from '../score/score.js'
import type { ScoreTrendPoint } from '../score/types.js'
import { buildReport } from '../report/build-report.js'
import type { RenderInput } from '../report/render-input.js'
import type { ScanRecord, Store, StoredFinding } from '../store/types.js'

/** How many recorded scans a report's trend holds by default (up to and including the reported one). */
export const TREND_SCANS = 30

/** A stored scan's report input, and whether its passing results were recorded (scans before 0.2 kept failures only). */
export interface StoredReport extends RenderInput {
  complete: boolean
}

/** Fills what the store leaves out of a finding from the check catalogue (removed checks keep what was stored). */
function rehydrate(f: StoredFinding, checks: ReadonlyMap<string, CheckMeta>, compliance: (id: string) => Finding['compliance']): Finding {
  const meta = checks.get(f.checkId)
  return {
    ...f,
    remediation: f.remediation ?? meta?.remediation ?? { steps: [], references: [] },
    compliance: compliance(f.checkId),
  }
}

/** Builds the report of a finished, recorded scan, scored against `frameworks` (default: every framework). */
export async function storedReport(
  store: Store,
  scan: ScanRecord,
  frameworks: readonly Framework[] = FRAMEWORKS,
  trendScans = TREND_SCANS,
): Promise<StoredReport> {
  const [results, all, recent] = await Promise.all([store.scanResults(scan.seq), loadChecks(), store.listScans(Math.max(1000, trendScans * 10))])
  const checks = new Map<string, CheckMeta>(all.map((c) => [c.id, c]))
  const refs = complianceIndex(FRAMEWORKS)
  const findings = results.findings.map((f) => rehydrate(f, checks, refs))
  const ran = results.checkIds ?? [...new Set(findings.map((f) => f.checkId))]
  const report = buildReport(
    {
      id: scan.id,
      provider: scan.provider,
      startedAt: scan.startedAt,
      finishedAt: scan.finishedAt ?? scan.startedAt,
      accounts: scan.accounts,
      regions: scan.regions,
      ...(scan.stats ? { stats: scan.stats } : {}),
      resources: scan.summary?.resources ?? 0,
      checks: ran.length,
      errors: results.errors,
    },
    findings,
  )
  const compliance = scoreCompliance(report.scan, report.findings, frameworks, report.scan.finishedAt)
  // Without its passes an old scan's posture score would read 0 %: it is unknown, not zero.
  if (!results.complete) compliance.posture.score = null
  const used = new Set([...ran, ...findings.map((f) => f.checkId)])
  return {
    report,
    checks: new Map([...checks].filter(([id]) => used.has(id))),
    compliance,
    // Same target only: scans of other accounts (config targets) are a different estate.
    trend: scoreTrend(recent.filter((s) => s.target === scan.target && s.seq <= scan.seq)).slice(-trendScans),
    complete: results.complete,
  }
}

/** Scores of recorded scans, oldest first, as kept in their summaries (scans recorded before scores were kept are left out). */
export function scoreTrend(scans: readonly ScanRecord[]): ScoreTrendPoint[] {
  return scans
    .filter((s) => s.summary?.scores && s.finishedAt)
    .map((s) => ({
      scanSeq: s.seq,
      scanId: s.id,
      finishedAt: s.finishedAt!,
      posture: s.summary!.scores!.posture,
      frameworks: s.summary!.scores!.frameworks,
    }))
    .sort((a, b) => a.scanSeq - b.scanSeq)
}
