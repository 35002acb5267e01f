import type { ComplianceRef, Finding, Severity } from '../core/finding.js'
import { isAtLeast } from '../core/finding.js'
import { matchesAny } from '../core/glob.js'
import type { Inventory } from '../core/inventory.js'
import { resourceRef } from '../core/resource.js'
import { describeError } from '../core/errors.js'
import { NotCollectedError } from '../core/unknown.js'
import type { Check, CheckContext, Verdict } from './define-check.js'
import { RESULT } from './define-check.js'

/** Which checks to run. */
export interface CheckFilter {
  checks?: readonly string[]
  minSeverity?: Severity
  provider?: string
}

/** Selects checks by id globs, minimum severity and provider. */
export function selectChecks(all: readonly Check<unknown>[], filter: CheckFilter = {}): Check<unknown>[] {
  return all.filter(
    (c) =>
      (!filter.checks || filter.checks.length === 0 || matchesAny(c.id, filter.checks)) &&
      (!filter.minSeverity || isAtLeast(c.severity, filter.minSeverity)) &&
      (!filter.provider || c.provider === filter.provider),
  )
}

/** A check that met a value it could not see, when the caller asked for those to be set apart (IaC scans). */
export interface NotEvaluated {
  checkId: string
  uid: string
  reason: string
}

/** Options of `evaluate`. */
export interface EvaluateOptions {
  /**
   * When set, a check that touches a value marked Unknown, or answers ERROR itself (it could not decide from the data
   * it has, e.g. a related resource that is not in the inventory), yields no finding and is reported here instead.
   * IaC scans use it: a value known only after apply, or a fact code cannot state (last use), is neither a pass nor
   * a failure before deploy. A check that throws stays an ERROR finding: that is a bug, not missing data.
   */
  onNotEvaluated?: (n: NotEvaluated) => void
}

/** Runs one check on one resource; a throw or a not-collected value becomes ERROR, never PASS. */
function runOne(
  check: Check<unknown>,
  resource: Parameters<Check<unknown>['evaluate']>[0],
  ctx: CheckContext,
  onNotEvaluated?: (reason: string) => void,
): Verdict | undefined {
  try {
    const v = check.evaluate(resource, RESULT, ctx)
    if (!v || (v.status !== 'pass' && v.status !== 'fail' && v.status !== 'error')) {
      return RESULT.error(`Check returned no verdict (bug in ${check.id}).`)
    }
    if (v.status === 'error' && onNotEvaluated) {
      onNotEvaluated(v.message)
      return undefined
    }
    return v
  } catch (err) {
    if (err instanceof NotCollectedError) {
      if (onNotEvaluated) {
        onNotEvaluated(err.reason)
        return undefined
      }
      return RESULT.error(`Could not be evaluated: data not collected: ${err.reason}.`)
    }
    return RESULT.error(`Check failed to evaluate: ${describeError(err)}.`)
  }
}

/** Whether a check applies; a predicate that throws counts as applying, so the evaluation reports the error. */
function appliesTo(check: Check<unknown>, resource: Parameters<Check<unknown>['evaluate']>[0]): boolean {
  try {
    return check.applies?.(resource) ?? true
  } catch {
    return true
  }
}

/** Stable uid for "all resources of a type in an account/region", used by ERROR findings for collection gaps. */
export function scopeUid(provider: string, account: string, region: string, type: string): string {
  return `${provider}:${account}:${region}:${type}/*`
}

/**
 * Evaluates checks over an inventory. Every collection gap affecting a check's resource type yields one
 * ERROR finding for that (account, region), so nothing unseen is reported as compliant.
 */
export function evaluate(
  checks: readonly Check<unknown>[],
  inventory: Inventory,
  compliance: (checkId: string) => ComplianceRef[] = () => [],
  now: Date = new Date(),
  options: EvaluateOptions = {},
): Finding[] {
  const ctx: CheckContext = { inventory, now }
  const findings: Finding[] = []
  for (const check of checks) {
    const base = {
      checkId: check.id,
      title: check.title,
      severity: check.severity,
      remediation: check.remediation,
      compliance: compliance(check.id),
    }
    for (const resource of inventory.ofType<unknown>(check.resourceType)) {
      if (check.applies && !appliesTo(check, resource)) continue
      const notEvaluated = options.onNotEvaluated
      const v = runOne(check, resource, ctx, notEvaluated && ((reason) => notEvaluated({ checkId: check.id, uid: resource.uid, reason })))
      if (!v) continue
      findings.push({ ...base, status: v.status, message: v.message, resource: resourceRef(resource) })
    }
    const seen = new Set<string>()
    for (const gap of inventory.gaps(check.resourceType)) {
      const uid = scopeUid(gap.provider, gap.account, gap.region, check.resourceType)
      if (seen.has(uid)) continue
      seen.add(uid)
      findings.push({
        ...base,
        status: 'error',
        message: `Could not list ${check.resourceType} in ${gap.region}: ${gap.service}:${gap.api} failed (${gap.reason}).`,
        resource: {
          uid,
          type: check.resourceType,
          provider: gap.provider,
          account: gap.account,
          region: gap.region,
          name: `all ${check.resourceType} in ${gap.region}`,
        },
      })
    }
  }
  return findings
}
