/**
 * One AWS scan end to end, shared by `posture scan aws` and `posture watch`: record the scan as running, collect,
 * evaluate, fingerprint and mute findings, build the report, and record inventory, findings and lifecycle in the store.
 */
import { randomUUID } from 'node:crypto'
import { PostureError, describeError } from '../core/errors.js'
import type { Severity } from '../core/finding.js'
import { fingerprint } from '../core/fingerprint.js'
import { Inventory } from '../core/inventory.js'
import type { Suppression } from '../core/suppression.js'
import { loadChecks } from '../checks/registry.js'
import type { Check } from '../evaluate/define-check.js'
import { evaluate, selectChecks } from '../evaluate/engine.js'
import { applySuppressions } from '../evaluate/suppressions.js'
import { FRAMEWORKS } from '../frameworks/index.js'
import { complianceIndex, type Framework } from '../frameworks/types.js'
import { scoreCompliance } from '../score/score.js'
import type { ComplianceReport } from '../score/types.js'
import { buildReport } from '../report/build-report.js'
import type { Report } from '../report/model.js'
import type { Resource } from '../core/resource.js'
import type { AlertPlanner, FindingEvent, ScanFinding, ScanRecord, ScanResult, Store } from '../store/types.js'
import { collectAws, type AwsCollectOptions, type AwsCollection } from './aws.js'

/** Options of one AWS scan: how to collect, what to evaluate, how to mute, and where to record it. */
export interface AwsScanOptions extends AwsCollectOptions {
  /** Target name (from the config file); ad-hoc scans get one from their credentials (see `adHocTarget`). */
  target?: string
  /** Check id globs (default: every AWS check). */
  checks?: readonly string[]
  minSeverity?: Severity
  /** Only the checks these frameworks map (`--framework`); default: no restriction. */
  frameworks?: readonly Framework[]
  suppressions?: readonly Suppression[]
  /** Where to record the scan; none = nothing is recorded (`--no-store`). */
  store?: Store
  /** Called once the scan is recorded as running, so a signal handler can mark it interrupted. */
  onScanStarted?: (scan: ScanRecord) => void
  /** Alerting: the planner for this scan's findings, run by the store in the scan's own transaction. */
  planAlerts?: (sources: { findings: readonly ScanFinding[]; resources: readonly Resource[] }) => AlertPlanner
}

/** What one scan produced: its record (when stored), the report, and the finding lifecycle events it caused. */
export interface AwsScanOutcome {
  scan?: ScanRecord
  report: Report
  /** Scores against every framework (or the `--framework` ones). */
  compliance: ComplianceReport
  events: FindingEvent[]
}

/**
 * The AWS checks to run for `--checks`/`--severity`/`--framework` (a framework keeps the checks it maps); a selection
 * matching nothing is a usage error.
 */
export async function selectAwsChecks(
  checks?: readonly string[],
  minSeverity?: Severity,
  frameworks?: readonly Framework[],
): Promise<Check<unknown>[]> {
  let selected = selectChecks(await loadChecks(), { checks, minSeverity, provider: 'aws' })
  if (frameworks?.length) {
    const mapped = new Set(frameworks.flatMap((f) => f.requirements.flatMap((r) => r.checks)))
    selected = selected.filter((c) => mapped.has(c.id))
  }
  if (selected.length === 0) {
    throw new PostureError(
      'POSTURE_ERR_USAGE',
      `No check matches ${frameworks?.length ? '--checks/--severity/--framework' : '--checks/--severity'}`,
      'Run `posture checks list` to see check ids, and `posture frameworks list` for frameworks.',
    )
  }
  return selected
}

/** Scores the report against the frameworks asked for (default: all). */
function complianceOf(report: Report, options: AwsScanOptions): ComplianceReport {
  return scoreCompliance(report.scan, report.findings, options.frameworks?.length ? options.frameworks : FRAMEWORKS, report.scan.finishedAt)
}

/**
 * Target name of a scan run without a config target. The account is only known after the scan has started (STS),
 * so the name comes from what selects it: the role's account, else the profile, else the default credential chain.
 */
export function adHocTarget(options: Pick<AwsCollectOptions, 'roleArn' | 'profile'>): string {
  const roleAccount = options.roleArn?.match(/^arn:aws[a-z-]*:iam::(\d{12}):role\//)?.[1]
  if (roleAccount) return `aws:${roleAccount}`
  return options.profile ? `aws:profile/${options.profile}` : 'aws:default'
}

/** Fingerprints and mutes evaluated findings (one finding per check and resource: the sub-key stays empty). */
function scanFindings(collection: AwsCollection, checks: readonly Check<unknown>[], options: AwsScanOptions): ScanFinding[] {
  const now = new Date()
  const inventory = new Inventory(collection.resources, collection.errors)
  const evaluated = evaluate(checks, inventory, complianceIndex(FRAMEWORKS), now)
  const fingerprinted = evaluated.map((f) => ({ ...f, fingerprint: fingerprint(f.checkId, f.resource.uid) }))
  return applySuppressions(fingerprinted, options.suppressions ?? [], inventory, now)
}

/** The store's view of a finished collection. */
function scanResult(collection: AwsCollection, findings: ScanFinding[], checks: readonly Check<unknown>[], compliance: ComplianceReport): ScanResult {
  return {
    // Any collection error means some data is missing: the scan is partial (its gaps never resolve findings).
    status: collection.errors.length > 0 ? 'partial' : 'complete',
    finishedAt: collection.finishedAt,
    accounts: [collection.account],
    regions: collection.regions,
    stats: collection.stats,
    resources: collection.resources,
    collectionErrors: collection.errors,
    findings,
    // Findings of checks not run this time (--checks) are left as they were, not closed.
    checkIds: checks.map((c) => c.id),
    scores: {
      posture: compliance.posture.score,
      frameworks: Object.fromEntries(compliance.frameworks.map((f) => [f.framework.id, f.summary.score])),
    },
  }
}

/** Collects, evaluates and builds the report; `scan` (when stored) gives the report its id. */
async function collectAndEvaluate(options: AwsScanOptions, checks: readonly Check<unknown>[], scan?: ScanRecord) {
  const collection = await collectAws(options)
  const findings = scanFindings(collection, checks, options)
  const report = buildReport(
    {
      id: scan?.id ?? randomUUID(),
      provider: 'aws',
      startedAt: collection.startedAt,
      finishedAt: collection.finishedAt,
      accounts: [collection.account],
      regions: collection.regions,
      stats: collection.stats,
      resources: collection.resources.length,
      checks: checks.length,
      errors: collection.errors,
    },
    findings,
  )
  return { collection, findings, report }
}

/**
 * Runs one AWS scan. With a store: scans left running by dead processes are marked interrupted, this scan is recorded
 * as running, and at the end as complete/partial with its inventory, findings and lifecycle (one transaction). If the
 * scan cannot run (no credentials, endpoint unreachable, ...) it is recorded as failed and the error is rethrown.
 */
export async function runAwsScan(options: AwsScanOptions): Promise<AwsScanOutcome> {
  const checks = await selectAwsChecks(options.checks, options.minSeverity, options.frameworks)
  const store = options.store
  if (!store) {
    const { report } = await collectAndEvaluate(options, checks)
    return { report, compliance: complianceOf(report, options), events: [] }
  }
  await store.recoverInterrupted()
  const started = await store.beginScan({
    id: randomUUID(),
    provider: 'aws',
    target: options.target ?? adHocTarget(options),
    startedAt: new Date().toISOString(),
    regions: options.regions ? [...options.regions] : [],
  })
  options.onScanStarted?.(started)
  try {
    const { collection, findings, report } = await collectAndEvaluate(options, checks, started)
    const compliance = complianceOf(report, options)
    const events = await store.finishScan(
      started.seq,
      scanResult(collection, findings, checks, compliance),
      { provider: 'aws', accounts: [collection.account], regions: collection.regions },
      options.planAlerts?.({ findings, resources: collection.resources }),
    )
    return { scan: (await store.findScan({ seq: started.seq })) ?? started, report, compliance, events }
  } catch (err) {
    // Keep the original error: a store that cannot record the failure either must not hide why the scan failed.
    await store.failScan(started.seq, err instanceof PostureError ? err.message : describeError(err), new Date().toISOString()).catch(() => undefined)
    throw err
  }
}
