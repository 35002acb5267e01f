/** Scores findings against frameworks (formula in types.ts and docs/frameworks.md). Pure: no I/O, no clock. */
import type { Finding, Severity } from '../core/finding.js'
import type { MuteInfo } from '../core/suppression.js'
import type { Framework, Requirement } from '../frameworks/types.js'
import type { ComplianceReport, FindingCounts, FrameworkResult, PostureScore, RequirementResult, RequirementStatus, ScoreSummary } from './types.js'

/** A finding as scoring needs it (reports' and the store's findings both fit). */
export type ScoredFinding = Pick<Finding, 'checkId' | 'status' | 'severity' | 'resource'> & { muted?: MuteInfo }

/** Weights of the posture score: a critical failure costs ten times a low one; informational checks do not count. */
export const SEVERITY_WEIGHTS: Readonly<Record<Severity, number>> = { critical: 10, high: 5, medium: 3, low: 1, informational: 0 }

const zeroCounts = (): FindingCounts => ({ pass: 0, fail: 0, error: 0, muted: 0 })

function add(counts: FindingCounts, f: ScoredFinding): void {
  if (f.muted) counts.muted++
  else counts[f.status]++
}

/** A requirement's verdict from the counts of its findings in one scope. */
export function requirementStatus(req: Pick<Requirement, 'checks' | 'manual'>, counts: FindingCounts): RequirementStatus {
  if (req.manual) return 'manual'
  if (req.checks.length === 0) return 'unmapped'
  if (counts.fail > 0) return 'fail'
  if (counts.error > 0) return 'undetermined'
  // Only muted findings (accepted risks) and no pass: nothing verified compliant, nothing open either.
  if (counts.pass === 0) return 'no-data'
  return 'pass'
}

/** Percentage with one decimal, or null when there is nothing to divide. */
export function percent(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((part / whole) * 1000) / 10 : null
}

/** Counts requirement verdicts and computes the score = passed / (passed + failed). */
export function summarizeStatuses(statuses: readonly RequirementStatus[]): ScoreSummary {
  const n = (s: RequirementStatus) => statuses.filter((x) => x === s).length
  const passed = n('pass')
  const failed = n('fail')
  return {
    total: statuses.length,
    passed,
    failed,
    undetermined: n('undetermined'),
    noData: n('no-data'),
    manual: n('manual'),
    unmapped: n('unmapped'),
    score: percent(passed, passed + failed),
  }
}

/** Per-requirement counts and resources, for the whole scan and per account and region, in one pass over the findings. */
interface Tally {
  all: FindingCounts
  uids: Set<string>
  byAccount: Map<string, FindingCounts>
  byRegion: Map<string, FindingCounts>
}

function tally(req: Requirement, byCheck: ReadonlyMap<string, readonly ScoredFinding[]>): Tally {
  const t: Tally = { all: zeroCounts(), uids: new Set(), byAccount: new Map(), byRegion: new Map() }
  // A check mapped twice to one requirement counts once.
  for (const checkId of new Set(req.checks)) {
    for (const f of byCheck.get(checkId) ?? []) {
      add(t.all, f)
      t.uids.add(f.resource.uid)
      const acct = t.byAccount.get(f.resource.account) ?? zeroCounts()
      add(acct, f)
      t.byAccount.set(f.resource.account, acct)
      const region = t.byRegion.get(f.resource.region) ?? zeroCounts()
      add(region, f)
      t.byRegion.set(f.resource.region, region)
    }
  }
  return t
}

/** Groups findings by check id. */
export function findingsByCheck<F extends ScoredFinding>(findings: readonly F[]): Map<string, F[]> {
  const byCheck = new Map<string, F[]>()
  for (const f of findings) {
    const list = byCheck.get(f.checkId)
    if (list) list.push(f)
    else byCheck.set(f.checkId, [f])
  }
  return byCheck
}

/**
 * Scores one framework. `accounts`/`regions` name the scopes to break down by (default: those the findings carry);
 * a scope where none of a requirement's checks produced a finding gives that requirement no data there.
 */
export function scoreFramework(
  fw: Framework,
  byCheck: ReadonlyMap<string, readonly ScoredFinding[]>,
  scopes: { accounts?: readonly string[]; regions?: readonly string[] } = {},
): FrameworkResult {
  const tallies = fw.requirements.map((req) => ({ req, t: tally(req, byCheck) }))
  const requirements: RequirementResult[] = tallies.map(({ req, t }) => ({
    id: req.id,
    title: req.title,
    section: req.section,
    checks: req.checks,
    status: requirementStatus(req, t.all),
    findings: t.all,
    resources: t.uids.size,
  }))
  const seen = (key: 'byAccount' | 'byRegion') => [...new Set(tallies.flatMap(({ t }) => [...t[key].keys()]))].sort()
  const accounts = [...new Set([...(scopes.accounts ?? []), ...seen('byAccount')])].sort()
  const regions = [...new Set([...(scopes.regions ?? []), ...seen('byRegion')])].sort()
  const scoped = (key: 'byAccount' | 'byRegion', name: string) =>
    summarizeStatuses(tallies.map(({ req, t }) => requirementStatus(req, t[key].get(name) ?? zeroCounts())))
  const sections = [...new Set(fw.requirements.map((r) => r.section))]
  return {
    framework: { id: fw.id, name: fw.name, version: fw.version, provider: fw.provider, source: fw.source },
    summary: summarizeStatuses(requirements.map((r) => r.status)),
    sections: sections.map((section) => ({
      section,
      summary: summarizeStatuses(requirements.filter((r) => r.section === section).map((r) => r.status)),
    })),
    accounts: accounts.map((account) => ({ account, summary: scoped('byAccount', account) })),
    regions: regions.map((region) => ({ region, summary: scoped('byRegion', region) })),
    requirements,
  }
}

/** The severity-weighted posture score over unmuted findings; errors are counted beside it, never as passes. */
export function postureScore(findings: readonly ScoredFinding[]): PostureScore {
  let passed = 0
  let weighed = 0
  const counts = { pass: 0, fail: 0, error: 0 }
  for (const f of findings) {
    if (f.muted) continue
    counts[f.status]++
    if (f.status === 'error') continue
    const w = SEVERITY_WEIGHTS[f.severity]
    weighed += w
    if (f.status === 'pass') passed += w
  }
  return { score: percent(passed, weighed), weights: { ...SEVERITY_WEIGHTS }, ...counts }
}

/** Scores every given framework over a scan's findings. */
export function scoreCompliance(
  scan: { id: string; accounts: readonly string[] },
  findings: readonly ScoredFinding[],
  frameworks: readonly Framework[],
  generatedAt: string,
): ComplianceReport {
  const byCheck = findingsByCheck(findings)
  return {
    scanId: scan.id,
    generatedAt,
    posture: postureScore(findings),
    frameworks: frameworks.map((fw) => scoreFramework(fw, byCheck, { accounts: scan.accounts })),
  }
}
