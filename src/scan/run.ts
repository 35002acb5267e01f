/**
 * One scan end to end, whichever the cloud, shared by `posture scan aws|azure|gcp` and `posture watch`: record the scan
 * as running, collect, evaluate, fingerprint and mute findings, build the report, and record inventory, findings and
 * lifecycle in the store. Only the collection differs per provider.
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
import type { Provider, Resource } from '../core/resource.js'
import type { AlertPlanner, FindingEvent, ScanFinding, ScanRecord, ScanResult, Store } from '../store/types.js'
import { collectAws, type AwsCollectOptions } from './aws.js'
import { collectAzure, type AzureCollectOptions } from './azure.js'
import { collectGcp, type GcpCollectOptions } from './gcp.js'
import type { CloudCollection } from './collection.js'

/** What to evaluate, how to mute, and where to record a scan, whichever the cloud. */
export interface ScanOptions {
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

/** Options of one AWS scan: how to collect, plus the common scan options. */
export interface AwsScanOptions extends ScanOptions, AwsCollectOptions {}
/** Options of one Azure scan. */
export interface AzureScanOptions extends ScanOptions, AzureCollectOptions {}
/** Options of one Google Cloud scan. */
export interface GcpScanOptions extends ScanOptions, GcpCollectOptions {}

/** What one scan produced: its record (when stored), the report, and the finding lifecycle events it caused. */
export interface ScanOutcome {
  scan?: ScanRecord
  report: Report
  /** Scores against every framework (or the `--framework` ones). */
  compliance: ComplianceReport
  events: FindingEvent[]
}

/**
 * The checks of `provider` to run for `--checks`/`--severity`/`--framework` (a framework keeps the checks it maps); a
 * selection matching nothing is a usage error.
 */
export async function selectProviderChecks(
  provider: Provider,
  checks?: readonly string[],
  minSeverity?: Severity,
  frameworks?: readonly Framework[],
): Promise<Check<unknown>[]> {
  let selected = selectChecks(await loadChecks(), { checks, minSeverity, provider })
  if (frameworks?.length) {
    const mapped = new Set(frameworks.flatMap((f) => f.requirements.flatMap((r) => r.checks)))
    selected = selected.filter((c) => mapped.has(c.id))
  }
  if (selected.length === 0) {
    throw new PostureError(
      'POSTURE_ERR_USAGE',
      `No ${provider} check matches ${frameworks?.length ? '--checks/--severity/--framework' : '--checks/--severity'}`,
      `Run \`posture checks list --provider ${provider}\` to see check ids, and \`posture frameworks list\` for frameworks.`,
    )
  }
  return selected
}

/** The AWS checks to run (see selectProviderChecks). */
export function selectAwsChecks(checks?: readonly string[], minSeverity?: Severity, frameworks?: readonly Framework[]): Promise<Check<unknown>[]> {
  return selectProviderChecks('aws', checks, minSeverity, frameworks)
}

/** Scores the report against the frameworks asked for (default: all). */
function complianceOf(report: Report, options: ScanOptions): ComplianceReport {
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
function scanFindings(collection: CloudCollection, checks: readonly Check<unknown>[], options: ScanOptions): ScanFinding[] {
  const now = new Date()
  const inventory = new Inventory(collection.resources, collection.errors)
  const evaluated = evaluate(checks, inventory, complianceIndex(FRAMEWORKS), now)
  const fingerprinted = evaluated.map((f) => ({ ...f, fingerprint: fingerprint(f.checkId, f.resource.uid) }))
  return applySuppressions(fingerprinted, options.suppressions ?? [], inventory, now)
}

/** The store's view of a finished collection. */
function scanResult(
  collection: CloudCollection,
  findings: ScanFinding[],
  checks: readonly Check<unknown>[],
  compliance: ComplianceReport,
): ScanResult {
  return {
    // Any collection error means some data is missing: the scan is partial (its gaps never resolve findings).
    status: collection.errors.length > 0 ? 'partial' : 'complete',
    finishedAt: collection.finishedAt,
    accounts: collection.accounts,
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

/** How one provider's scan is collected and named. */
interface ScanPlan {
  provider: Provider
  /** Target name recorded with the scan. */
  target: string
  /** Regions asked for (recorded with the running scan). */
  regions: string[]
  collect(): Promise<CloudCollection>
}

/** Collects, evaluates and builds the report; `scan` (when stored) gives the report its id. */
async function collectAndEvaluate(plan: ScanPlan, options: ScanOptions, checks: readonly Check<unknown>[], scan?: ScanRecord) {
  const collection = await plan.collect()
  const findings = scanFindings(collection, checks, options)
  const report = buildReport(
    {
      id: scan?.id ?? randomUUID(),
      provider: collection.provider,
      startedAt: collection.startedAt,
      finishedAt: collection.finishedAt,
      accounts: collection.accounts,
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
 * Runs one scan. With a store: scans left running by dead processes are marked interrupted, this scan is recorded as
 * running, and at the end as complete/partial with its inventory, findings and lifecycle (one transaction). If the
 * scan cannot run (no credentials, endpoint unreachable, ...) it is recorded as failed and the error is rethrown.
 */
async function runScan(plan: ScanPlan, options: ScanOptions): Promise<ScanOutcome> {
  const checks = await selectProviderChecks(plan.provider, options.checks, options.minSeverity, options.frameworks)
  const store = options.store
  if (!store) {
    const { report } = await collectAndEvaluate(plan, options, checks)
    return { report, compliance: complianceOf(report, options), events: [] }
  }
  await store.recoverInterrupted()
  const started = await store.beginScan({
    id: randomUUID(),
    provider: plan.provider,
    target: plan.target,
    startedAt: new Date().toISOString(),
    regions: plan.regions,
  })
  options.onScanStarted?.(started)
  try {
    const { collection, findings, report } = await collectAndEvaluate(plan, options, checks, started)
    const compliance = complianceOf(report, options)
    // AWS scans name their regions; Azure and Google Cloud scans list whole subscriptions and projects.
    const scopeRegions = plan.provider === 'aws' ? collection.regions : ['*']
    const events = await store.finishScan(
      started.seq,
      scanResult(collection, findings, checks, compliance),
      { provider: plan.provider, accounts: collection.accounts, regions: scopeRegions },
      options.planAlerts?.({ findings, resources: collection.resources }),
    )
    return { scan: (await store.findScan({ seq: started.seq })) ?? started, report, compliance, events }
  } catch (err) {
    // Keep the original error: a store that cannot record the failure either must not hide why the scan failed.
    await store.failScan(started.seq, err instanceof PostureError ? err.message : describeError(err), new Date().toISOString()).catch(() => undefined)
    throw err
  }
}

/** Runs one AWS scan (see runScan). */
export function runAwsScan(options: AwsScanOptions): Promise<ScanOutcome> {
  return runScan(
    {
      provider: 'aws',
      target: options.target ?? adHocTarget(options),
      regions: options.regions ? [...options.regions] : [],
      collect: () => collectAws(options),
    },
    options,
  )
}

/** Target name of an ad-hoc Azure scan: the tenant when given, else the default credential. */
export function adHocAzureTarget(options: Pick<AzureCollectOptions, 'tenant'>): string {
  return options.tenant ? `azure:tenant/${options.tenant}` : 'azure:default'
}

/** Target name of an ad-hoc Google Cloud scan: the organization or folder when given, else the default credential. */
export function adHocGcpTarget(options: Pick<GcpCollectOptions, 'organization' | 'folder'>): string {
  return options.organization ? `gcp:organization/${options.organization}` : options.folder ? `gcp:folder/${options.folder}` : 'gcp:default'
}

/** Runs one Azure scan over the subscriptions in scope (see runScan). */
export function runAzureScan(options: AzureScanOptions): Promise<ScanOutcome> {
  return runScan(
    { provider: 'azure', target: options.target ?? adHocAzureTarget(options), regions: [], collect: () => collectAzure(options) },
    options,
  )
}

/** Runs one Google Cloud scan over the projects in scope (see runScan). */
export function runGcpScan(options: GcpScanOptions): Promise<ScanOutcome> {
  return runScan({ provider: 'gcp', target: options.target ?? adHocGcpTarget(options), regions: [], collect: () => collectGcp(options) }, options)
}
