import { PostureError, EXIT } from '../../core/errors.js'
import type { Severity } from '../../core/finding.js'
import { REGION_PATTERN, type ProgressEvent } from '../../scan/aws.js'
import { isSubscriptionId } from '../../collect/azure/session.js'
import { isProjectId } from '../../collect/gcp/session.js'
import { runAwsScan, runAzureScan, runGcpScan, selectProviderChecks, type ScanOptions, type ScanOutcome } from '../../scan/run.js'
import type { Provider } from '../../core/resource.js'
import { failuresAtOrAbove } from '../../report/model.js'
import { renderReport } from '../../report/render.js'
import { REPORT_FORMATS, type ReportFormat } from '../../report/render-input.js'
import type { ComplianceReport } from '../../score/types.js'
import { loadChecks } from '../../checks/registry.js'
import type { CheckMeta } from '../../evaluate/define-check.js'
import { frameworksOption, scoreText } from './compliance.js'
import { renderJson } from '../../report/json.js'
import { openStore } from '../../store/open.js'
import type { FindingEvent, ScanRecord, Store } from '../../store/types.js'
import { databaseUrl, loadConfig, warnConfigIssues } from '../config.js'
import { Progress } from '../progress.js'
import { suppressionsForScan } from '../suppression-sync.js'
import { choiceOption, endpointOption, list, severityOption } from '../options.js'
import { withScanSignals } from './scan-signals.js'
import { writeOutputFile } from '../output-file.js'
import { alertingFrom, deliver, deliveryLine, plannerFactory, SCAN_DELIVERY_BUDGET_MS, warnUnreachable, type Alerting } from '../alerting.js'

/** Flags every `posture scan <cloud>` takes, as Commander parses them. */
export interface ScanCommonFlags {
  endpoint?: string
  checks?: string
  severity?: string
  /** Comma-separated framework ids: run only the checks they map, and score them. */
  framework?: string
  format?: string
  output?: string
  json?: string
  failOn?: string
  showPassed?: boolean
  quiet?: boolean
  color?: boolean
  /** Store URL or SQLite path (--database); default POSTURE_DATABASE_URL, else the embedded file. */
  database?: string
  /** false with --no-store: scan without recording anything. */
  store?: boolean
  /** Config file (--config); default POSTURE_CONFIG, else ./posture.yaml if present. */
  config?: string
}

/** Raw flags of `posture scan aws`. */
export interface ScanAwsFlags extends ScanCommonFlags {
  profile?: string
  roleArn?: string
  externalId?: string
  regions?: string
}

/** Raw flags of `posture scan azure`. */
export interface ScanAzureFlags extends ScanCommonFlags {
  /** Comma-separated subscription ids (default: every readable subscription). */
  subscriptions?: string
  tenant?: string
}

/** Raw flags of `posture scan gcp`. */
export interface ScanGcpFlags extends ScanCommonFlags {
  /** Comma-separated project ids (default: every active project visible). */
  projects?: string
  organization?: string
  folder?: string
}

/** The line the table ends with: what this scan changed in the finding lifecycle. */
export function sinceLine(events: readonly FindingEvent[], previous: ScanRecord | undefined): string {
  const n = (kind: FindingEvent['kind']) => events.filter((e) => e.kind === kind).length
  if (!previous) return `First recorded scan: ${n('new')} finding(s) opened.`
  const muting = n('muted') + n('unmuted') > 0 ? `, ${n('muted')} muted, ${n('unmuted')} unmuted` : ''
  return `Since the previous scan: ${n('new')} new, ${n('resolved')} resolved, ${n('reopened')} reopened${muting}.`
}

/** Validates the flags every scan takes, before anything is opened; selects the provider's checks. */
async function validateCommon(provider: Provider, flags: ScanCommonFlags) {
  const format = choiceOption('--format', flags.format, REPORT_FORMATS, 'table')
  const frameworks = frameworksOption(flags.framework)
  const minSeverity = severityOption('--severity', flags.severity)
  const failOn: Severity | undefined = severityOption('--fail-on', flags.failOn)
  const endpoint = endpointOption(flags.endpoint)
  const checks = list(flags.checks)
  await selectProviderChecks(provider, checks, minSeverity, frameworks)
  return { format, minSeverity, failOn, endpoint, checks, frameworks }
}

/** Validates the AWS-only flags that need no network or database, so bad input fails before anything is opened. */
function validateAwsFlags(flags: ScanAwsFlags): { regions: string[] | undefined } {
  const regions = list(flags.regions)
  const badRegion = regions?.find((r) => !REGION_PATTERN.test(r))
  if (badRegion)
    throw new PostureError('POSTURE_ERR_INVALID_REGION', `Invalid region name "${badRegion}"`, 'Use AWS region codes such as us-east-1,eu-west-1.')
  if (flags.externalId && !flags.roleArn)
    throw new PostureError(
      'POSTURE_ERR_USAGE',
      '--external-id needs --role-arn',
      'Pass the role to assume with --role-arn arn:aws:iam::<account>:role/<name>.',
    )
  if (flags.roleArn && !/^arn:aws[a-z-]*:iam::\d{12}:role\/.+/.test(flags.roleArn)) {
    throw new PostureError('POSTURE_ERR_USAGE', `Invalid --role-arn "${flags.roleArn}"`, 'Expected arn:aws:iam::<12-digit account>:role/<name>.')
  }
  return { regions }
}

/** Score lines the table ends with when --framework was given. */
export function complianceLines(compliance: ComplianceReport): string {
  return compliance.frameworks
    .map((f) => {
      const s = f.summary
      return `${f.framework.name} ${f.framework.version}: ${scoreText(s.score)} (${s.passed} passed, ${s.failed} failed, ${s.undetermined} undetermined, ${s.noData} no data; posture compliance --framework ${f.framework.id} for details)\n`
    })
    .join('')
}

/** Renders and writes the report (stdout or --output, plus --json); `footer` ends the table. */
async function output(
  outcome: ScanOutcome,
  flags: ScanCommonFlags,
  format: ReportFormat,
  footer: string | undefined,
  progress: Progress,
): Promise<void> {
  const { report } = outcome
  const color = flags.color !== false && !process.env.NO_COLOR && (flags.output ? false : process.stdout.isTTY === true)
  const checks = new Map<string, CheckMeta>((await loadChecks()).map((c) => [c.id, c]))
  let rendered = renderReport(
    format,
    { report, checks, compliance: outcome.compliance },
    { color, width: !flags.output && process.stdout.isTTY ? process.stdout.columns : undefined, showPassed: flags.showPassed },
  )
  if (format === 'table') rendered += (flags.framework ? complianceLines(outcome.compliance) : '') + (footer ? `${footer}\n` : '')
  if (flags.output) {
    writeOutputFile(flags.output, rendered)
    progress.note(`${format} report written to ${flags.output}`)
  } else {
    process.stdout.write(rendered)
  }
  if (flags.json) {
    writeOutputFile(flags.json, renderJson(report))
    progress.note(`JSON report written to ${flags.json}`)
  }
}

/** Delivers what the scan queued (and anything else due) within the budget; the rest waits in the outbox. */
async function sendAlerts(store: Store, alerting: Alerting): Promise<void> {
  const line = deliveryLine(await deliver(store, alerting, SCAN_DELIVERY_BUDGET_MS))
  if (line) process.stderr.write(`posture: ${line}\n`)
}

/** What the shared flow passes every provider's runner. */
type CommonScanOptions = ScanOptions & { endpoint?: string; trustedAccounts?: readonly string[]; onProgress?: (e: ProgressEvent) => void }

/** What a scan command hands the shared flow: the provider, and how to start its scan with the common options. */
interface ScanCommand {
  provider: Provider
  /** Words for the summary line: "account", "subscription", "project". */
  accountNoun: string
  start(common: CommonScanOptions): Promise<ScanOutcome>
}

/** The flow every `posture scan <cloud>` shares: open the store, collect, evaluate, record, report; returns the exit code. */
async function scanCloud(command: ScanCommand, flags: ScanCommonFlags): Promise<number> {
  const opts = await validateCommon(command.provider, flags)
  const config = await loadConfig(flags.config)
  warnConfigIssues(config.issues)
  // The store opens before any scanning: an unreachable, unmigratable or foreign database stops here (exit 3 or 2).
  const store: Store | undefined = flags.store === false ? undefined : await openStore(databaseUrl(flags.database, config))
  const alerting = alertingFrom(config.alerts)
  try {
    if (alerting && !store)
      process.stderr.write('posture: warning: alerts need the store (they are sent on lifecycle changes); none are sent with --no-store\n')
    if (alerting && store) await warnUnreachable(alerting, config.file, (l) => void process.stderr.write(l))
    const previous = await store?.findScan({ latest: true })
    const { suppressions, conflicts } = await suppressionsForScan(store, config.suppressions)
    for (const c of conflicts) process.stderr.write(`posture: warning: ${c.message}\n`)
    const progress = new Progress(process.stderr, process.stderr.isTTY === true, flags.quiet === true)
    const planAlerts = alerting && store ? plannerFactory(alerting, await loadChecks()) : undefined
    const outcome = await withScanSignals(store, (onScanStarted) =>
      command.start({
        endpoint: opts.endpoint,
        checks: opts.checks,
        minSeverity: opts.minSeverity,
        frameworks: opts.frameworks,
        trustedAccounts: config.trustedAccounts,
        suppressions,
        store,
        onScanStarted,
        onProgress: progress.onEvent,
        ...(planAlerts ? { planAlerts } : {}),
      }),
    )
    progress.clear()
    const { report, scan } = outcome
    const accounts = report.scan.accounts
    const where = command.provider === 'aws' ? ` in ${report.scan.regions.length} region(s)` : ''
    progress.note(
      `scanned ${report.summary.resources} resources of ${command.accountNoun}${accounts.length === 1 ? '' : 's'} ${accounts.join(', ')}${where} with ${report.summary.checks} checks`,
    )
    if (scan && store) progress.note(`recorded as scan #${scan.seq} (${scan.id}, ${scan.status}) in ${store.location}`)
    await output(outcome, flags, opts.format, scan ? sinceLine(outcome.events, previous) : undefined, progress)
    if (alerting && store) await sendAlerts(store, alerting)
    // Muted findings are accepted risks: they never count towards --fail-on.
    return opts.failOn && failuresAtOrAbove(report.findings, opts.failOn).length > 0 ? EXIT.FINDINGS : EXIT.OK
  } finally {
    await store?.close()
  }
}

/** `posture scan aws`. */
export async function scanAws(flags: ScanAwsFlags): Promise<number> {
  const { regions } = validateAwsFlags(flags)
  return scanCloud(
    {
      provider: 'aws',
      accountNoun: 'account',
      start: (common) => runAwsScan({ ...common, profile: flags.profile, roleArn: flags.roleArn, externalId: flags.externalId, regions }),
    },
    flags,
  )
}

/** `posture scan azure`: every readable subscription, or those named. */
export async function scanAzure(flags: ScanAzureFlags): Promise<number> {
  const subscriptions = list(flags.subscriptions)
  const bad = subscriptions?.find((s) => !isSubscriptionId(s))
  if (bad) throw new PostureError('POSTURE_ERR_USAGE', `Invalid subscription id "${bad}"`, 'Subscription ids are GUIDs (`az account list -o table`).')
  if (flags.tenant !== undefined && !/^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[a-z0-9.-]+\.[a-z]{2,})$/i.test(flags.tenant)) {
    throw new PostureError(
      'POSTURE_ERR_USAGE',
      `Invalid --tenant "${flags.tenant}"`,
      'Give the tenant id (a GUID) or its domain, e.g. contoso.onmicrosoft.com.',
    )
  }
  return scanCloud(
    {
      provider: 'azure',
      accountNoun: 'subscription',
      start: ({ trustedAccounts: _t, ...common }) => runAzureScan({ ...common, subscriptions, tenant: flags.tenant }),
    },
    flags,
  )
}

/** `posture scan gcp`: every visible project, those named, or those under an organization or folder. */
export async function scanGcp(flags: ScanGcpFlags): Promise<number> {
  const projects = list(flags.projects)
  const bad = projects?.find((p) => !isProjectId(p))
  if (bad)
    throw new PostureError(
      'POSTURE_ERR_USAGE',
      `Invalid project id "${bad}"`,
      'Project ids are 6–30 lowercase letters, digits and hyphens (`gcloud projects list`).',
    )
  if (flags.organization && flags.folder)
    throw new PostureError('POSTURE_ERR_USAGE', '--organization and --folder exclude each other', 'Pass one of them.')
  for (const [flag, v] of [
    ['--organization', flags.organization],
    ['--folder', flags.folder],
  ] as const) {
    if (v !== undefined && !/^\d+$/.test(v))
      throw new PostureError('POSTURE_ERR_USAGE', `Invalid ${flag} "${v}"`, 'Organization and folder ids are numbers (`gcloud organizations list`).')
  }
  const accessToken = process.env.GOOGLE_OAUTH_ACCESS_TOKEN || undefined
  return scanCloud(
    {
      provider: 'gcp',
      accountNoun: 'project',
      start: ({ trustedAccounts: _t, ...common }) =>
        runGcpScan({ ...common, projects, organization: flags.organization, folder: flags.folder, accessToken }),
    },
    flags,
  )
}
