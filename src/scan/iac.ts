/**
 * `posture iac`'s evaluating half: the normalized resources loaded from code go through the same checks, framework
 * mappings and suppressions as a cloud scan. Differences, all deliberate:
 * - a check that needs a value the code cannot give (known only after apply, or a fact such as last use) produces
 *   no finding and is listed in `notEvaluated`, rather than an ERROR that would drown a pull request;
 * - inline suppressions (`# posture:ignore`, `Metadata: posture: ignore:`) mute like suppression-file entries;
 * - every finding carries the file, line range and address of the resource block.
 */
import { randomUUID } from 'node:crypto'
import { fingerprint } from '../core/fingerprint.js'
import type { ScanFinding, Suppression } from '../core/suppression.js'
import { globToRegExp } from '../core/glob.js'
import { Inventory } from '../core/inventory.js'
import type { Finding, Severity } from '../core/finding.js'
import type { Check } from '../evaluate/define-check.js'
import { evaluate, selectChecks, type NotEvaluated } from '../evaluate/engine.js'
import { applySuppressions } from '../evaluate/suppressions.js'
import { guardUnknowns } from '../evaluate/unknown-guard.js'
import { loadChecks } from '../checks/registry.js'
import { FRAMEWORKS } from '../frameworks/index.js'
import { complianceIndex } from '../frameworks/types.js'
import { buildReport } from '../report/build-report.js'
import type { FindingLocation, Report, ReportFinding } from '../report/model.js'
import { loadIac, type IacScan, type IacScanOptions } from '../iac/scan.js'
import type { IacProblem, IacResource } from '../iac/model.js'

/** A check that could not be judged from code, with where and why. */
export interface IacNotEvaluated extends NotEvaluated {
  location: FindingLocation
}

/** The IaC-specific part of the report (`iac` in the JSON output). */
export interface IacSection {
  paths: string[]
  files: IacScan['files']
  /** IaC resources declared and normalized resources checked. */
  declared: number
  problems: IacProblem[]
  notEvaluated: IacNotEvaluated[]
  /** IaC resource types no adapter reads yet, with counts (those resources are not checked). */
  unsupportedTypes: Record<string, number>
}

/** An IaC scan's report: the JSON contract plus the `iac` section; findings carry `location`. */
export interface IacReport extends Report {
  iac: IacSection
}

/** Options of `runIacScan`. */
export interface IacRunOptions extends IacScanOptions {
  checks?: readonly string[]
  minSeverity?: Severity
  suppressions?: readonly Suppression[]
  now?: Date
  /** The check set (defaults to every registered check). */
  allChecks?: readonly Check<unknown>[]
}

/** Where `r` is declared; line 0 (a plan without its .tf files) means "no line" and is left out. */
function locationOf(r: IacResource): FindingLocation {
  const { file, startLine, endLine } = r.location
  return { file, ...(startLine > 0 ? { startLine, endLine: Math.max(endLine, startLine) } : {}), address: r.address, language: r.language }
}

/** Shortest reason an inline suppression needs, as for suppression-file entries (the report schema's muted.reason). */
export const MIN_REASON_LENGTH = 10

/** Inline suppressions whose reason is too short to account for an accepted risk: reported, not applied. */
function shortReasons(origin: ReadonlyMap<string, IacResource>): IacProblem[] {
  const seen = new Set<IacResource>()
  const out: IacProblem[] = []
  for (const r of origin.values()) {
    if (seen.has(r)) continue
    seen.add(r)
    for (const s of r.suppressions) {
      if (s.reason.trim().length >= MIN_REASON_LENGTH) continue
      out.push({
        file: r.location.file,
        line: s.line,
        column: 1,
        severity: 'notice',
        message: `suppression of ${s.checkId} on ${r.address} not applied: the reason "${s.reason}" is shorter than ${MIN_REASON_LENGTH} characters`,
      })
    }
  }
  return out
}

/** Mutes findings matched by an inline suppression of their resource block (check id or glob). */
function applyInline(findings: readonly ScanFinding[], origin: ReadonlyMap<string, IacResource>): ScanFinding[] {
  return findings.map((f) => {
    if (f.status === 'pass' || f.muted) return f
    const r = origin.get(f.resource.uid)
    const hit = r?.suppressions.find((s) => s.reason.trim().length >= MIN_REASON_LENGTH && globToRegExp(s.checkId).test(f.checkId))
    if (!r || !hit) return f
    return { ...f, muted: { suppressionId: `inline:${r.location.file}:${hit.line}`, reason: hit.reason, owner: 'code', expiresAt: null } }
  })
}

/** Loads, adapts and evaluates the IaC under `paths`. Bad files become `iac.problems`; never throws for bad input. */
export async function runIacScan(paths: readonly string[], options: IacRunOptions = {}): Promise<IacReport> {
  const startedAt = new Date()
  const now = options.now ?? startedAt
  const loaded = await loadIac(paths, options)
  const checks = selectChecks(options.allChecks ?? (await loadChecks()), {
    ...(options.checks ? { checks: options.checks } : {}),
    ...(options.minSeverity ? { minSeverity: options.minSeverity } : {}),
  })
  // Guarded: a check reading an Unknown attribute, even one typed as always known, is not evaluated (never passes).
  const inventory = new Inventory(loaded.resources.map(guardUnknowns))
  const notEvaluated: IacNotEvaluated[] = []
  const findings: Finding[] = evaluate(checks, inventory, complianceIndex(FRAMEWORKS), now, {
    onNotEvaluated: (n) => {
      const r = loaded.origin.get(n.uid)
      if (r) notEvaluated.push({ ...n, location: locationOf(r) })
    },
  })
  const fingerprinted = findings.map((f) => ({ ...f, fingerprint: fingerprint(f.checkId, f.resource.uid) }))
  const muted = applyInline(applySuppressions(fingerprinted, options.suppressions ?? [], inventory, now), loaded.origin)
  const located: ReportFinding[] = muted.map((f) => {
    const r = loaded.origin.get(f.resource.uid)
    return r ? { ...f, location: locationOf(r) } : f
  })
  const regions = [...new Set(loaded.resources.map((r) => r.region))].sort()
  const accounts = [...new Set(loaded.resources.map((r) => r.account))].sort()
  const report = buildReport(
    {
      id: randomUUID(),
      provider: 'aws',
      startedAt: startedAt.toISOString(),
      finishedAt: new Date().toISOString(),
      accounts,
      regions,
      resources: loaded.resources.length,
      checks: checks.length,
      errors: [],
    },
    located,
  )
  return {
    ...report,
    iac: {
      paths: [...paths],
      files: loaded.files,
      declared: loaded.declared,
      problems: [...loaded.problems, ...shortReasons(loaded.origin)],
      notEvaluated,
      unsupportedTypes: Object.fromEntries([...loaded.unhandled].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
    },
  }
}

/** Problems that mean part of the input was not scanned (syntax errors, unreadable files). */
export function scanErrors(report: IacReport): IacProblem[] {
  return report.iac.problems.filter((p) => p.severity === 'error')
}
