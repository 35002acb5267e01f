/**
 * Compliance results: how a scan's findings score against a framework. Formula (docs/frameworks.md):
 * a requirement passes when every finding of its checks (unmuted) passes on every in-scope resource; it fails when
 * any unmuted finding fails; it is undetermined when nothing failed but some finding is an error (data missing);
 * it has no data when none of its checks produced a finding in scope. Score = passed / (passed + failed) × 100 over
 * requirements with a verdict; undetermined, no-data, manual and unmapped requirements are reported apart and never
 * counted as passed.
 */
import type { Severity } from '../core/finding.js'
import type { Framework } from '../frameworks/types.js'

/** Verdict of one requirement in one scope (whole scan, an account, a region). */
export const REQUIREMENT_STATUSES = ['pass', 'fail', 'undetermined', 'no-data', 'manual', 'unmapped'] as const
export type RequirementStatus = (typeof REQUIREMENT_STATUSES)[number]

/** Counts of one requirement's findings in scope (muted = failures or errors accepted by a suppression). */
export interface FindingCounts {
  pass: number
  fail: number
  error: number
  muted: number
}

/** Requirement counts by verdict, and the score (0–100, one decimal; null when no requirement has a verdict). */
export interface ScoreSummary {
  total: number
  passed: number
  failed: number
  undetermined: number
  noData: number
  manual: number
  unmapped: number
  score: number | null
}

/** One requirement's verdict with the counts behind it. */
export interface RequirementResult {
  id: string
  title: string
  section: string
  checks: string[]
  status: RequirementStatus
  findings: FindingCounts
  /** Resources in scope evaluated by its checks. */
  resources: number
}

/** One framework scored over a scan, with breakdowns by section, account and region. */
export interface FrameworkResult {
  framework: Pick<Framework, 'id' | 'name' | 'version' | 'provider' | 'source'>
  summary: ScoreSummary
  sections: { section: string; summary: ScoreSummary }[]
  accounts: { account: string; summary: ScoreSummary }[]
  /** Region `global` holds account-wide resources (IAM, account settings). */
  regions: { region: string; summary: ScoreSummary }[]
  requirements: RequirementResult[]
}

/** Severity-weighted posture score: Σ weight(pass) / Σ weight(pass + fail) × 100 over unmuted findings. */
export interface PostureScore {
  score: number | null
  weights: Record<Severity, number>
  /** Unmuted findings per status behind the score; errors are reported, not scored. */
  pass: number
  fail: number
  error: number
}

/** Every framework's result for one scan. */
export interface ComplianceReport {
  scanId: string
  generatedAt: string
  posture: PostureScore
  frameworks: FrameworkResult[]
}

/** One point of a trend: a recorded scan's scores (kept in the scan's summary when it is stored). */
export interface ScoreTrendPoint {
  scanSeq: number
  scanId: string
  finishedAt: string
  posture: number | null
  frameworks: Record<string, number | null>
}
