import type { ResourceRef } from './resource.js'

/** Severities from most to least urgent. */
export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'informational'] as const
/** How urgent a check's failure is. */
export type Severity = (typeof SEVERITIES)[number]

/** pass: verified compliant; fail: verified non-compliant; error: could not be decided (never a silent pass). */
export const STATUSES = ['pass', 'fail', 'error'] as const
/** Outcome of evaluating one check on one resource. */
export type Status = (typeof STATUSES)[number]

/** Rank of a severity: 0 = critical ... 4 = informational. */
export function severityRank(s: Severity): number {
  return SEVERITIES.indexOf(s)
}

/** True when `s` is at least as severe as `min`. */
export function isAtLeast(s: Severity, min: Severity): boolean {
  return severityRank(s) <= severityRank(min)
}

/** True when the string names a severity. */
export function isSeverity(s: string): s is Severity {
  return (SEVERITIES as readonly string[]).includes(s)
}

/** How to fix a failing check: ordered steps, a CLI command, a Terraform hint and references. */
export interface Remediation {
  steps: string[]
  cli?: string
  terraform?: string
  references: string[]
}

/** One requirement of a compliance framework that a check supports. */
export interface ComplianceRef {
  framework: string
  version: string
  requirement: string
}

/** The verdict of one check on one resource, as reports carry it. */
export interface Finding {
  checkId: string
  title: string
  status: Status
  severity: Severity
  resource: ResourceRef
  message: string
  remediation: Remediation
  compliance: ComplianceRef[]
}
