/**
 * Test helper for IaC fixtures: runs the whole `posture iac` pipeline (load, adapt, evaluate, suppress) on fixture
 * paths and returns findings in a compact shape to assert exact check ids, addresses and line numbers against.
 */
import type { Check } from '../evaluate/define-check.js'
import { loadChecks } from '../checks/registry.js'
import type { Status } from '../core/finding.js'
import { runIacScan, type IacReport, type IacRunOptions } from './iac.js'

/** One finding as fixture tests assert it. */
export interface FixtureFinding {
  checkId: string
  status: Status
  address: string
  /** Start line of the resource block. */
  line: number
  file: string
  muted?: true
}

let checks: Promise<Check<unknown>[]> | undefined

/** Scans fixture paths (relative to the repository root) with every registered check. */
export async function scanFixtures(
  paths: string | readonly string[],
  options: Omit<IacRunOptions, 'allChecks'> = {},
): Promise<{ findings: FixtureFinding[]; report: IacReport }> {
  checks ??= loadChecks()
  const report = await runIacScan(typeof paths === 'string' ? [paths] : paths, { ...options, allChecks: await checks })
  const findings = report.findings.map((f): FixtureFinding => ({
    checkId: f.checkId,
    status: f.status,
    address: f.location?.address ?? f.resource.uid,
    line: f.location?.startLine ?? 0,
    file: f.location?.file ?? '',
    ...(f.muted ? { muted: true as const } : {}),
  }))
  findings.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.checkId.localeCompare(b.checkId))
  return { findings, report }
}

/** The findings of one check, as `[address, status, line]` triples (compact for `toEqual`). */
export function verdicts(findings: readonly FixtureFinding[], checkId: string): [string, Status, number][] {
  return findings.filter((f) => f.checkId === checkId).map((f) => [f.address, f.status, f.line])
}
