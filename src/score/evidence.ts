/** Evidence behind requirement verdicts: which finding of which check on which resource decided each requirement. */
import type { Status } from '../core/finding.js'
import type { MuteInfo } from '../core/suppression.js'
import type { FrameworkResult, RequirementResult } from './types.js'
import { findingsByCheck, type ScoredFinding } from './score.js'

/** One evaluated resource behind a requirement. */
export interface EvidenceItem {
  checkId: string
  status: Status
  resourceUid: string
  resourceType: string
  account: string
  region: string
  message: string
  muted?: MuteInfo
}

/** A requirement with the findings of its checks (failures first, then errors, muted, passes). */
export interface RequirementEvidence extends RequirementResult {
  evidence: EvidenceItem[]
}

const ORDER = (e: EvidenceItem): number => (e.status === 'pass' ? 3 : e.muted ? 2 : e.status === 'fail' ? 0 : 1)

/** Pairs each requirement of a scored framework with the findings of its checks. */
export function requirementEvidence(fw: FrameworkResult, findings: readonly (ScoredFinding & { message: string })[]): RequirementEvidence[] {
  const byCheck = findingsByCheck(findings)
  return fw.requirements.map((req) => ({
    ...req,
    evidence: [...new Set(req.checks)]
      .flatMap((checkId) => byCheck.get(checkId) ?? [])
      .map((f) => ({
        checkId: f.checkId,
        status: f.status,
        resourceUid: f.resource.uid,
        resourceType: f.resource.type,
        account: f.resource.account,
        region: f.resource.region,
        message: f.message,
        ...(f.muted ? { muted: f.muted } : {}),
      }))
      .sort((a, b) => ORDER(a) - ORDER(b) || a.checkId.localeCompare(b.checkId) || a.resourceUid.localeCompare(b.resourceUid)),
  }))
}
