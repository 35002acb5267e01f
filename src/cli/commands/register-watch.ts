import type { Command } from 'commander'
import { EXIT, PostureError, describeError } from '../../core/errors.js'
import { openStore } from '../../store/open.js'
import type { ScanRecord, Store, Suppression } from '../../store/types.js'
import { runAwsScan, runAzureScan, runGcpScan, selectProviderChecks } from '../../scan/run.js'
import { Scheduler, type InterruptedRun, type RunContext, type RunSummary } from '../../scan/scheduler.js'
import { configPath, databaseUrl, loadConfig, warnConfigIssues } from '../config.js'
import { suppressionsForScan } from '../suppression-sync.js'
import type { WatchTarget } from '../config-targets.js'
import { alertingFrom, plannerFactory, startDeliveryLoop, warnUnreachable, type DeliveryLoop } from '../alerting.js'
import { loadChecks } from '../../checks/registry.js'
import type { AlertPlanner, ScanFinding } from '../../store/types.js'
import type { Resource } from '../../core/resource.js'

/** Raw flags of `posture watch`. */
export interface WatchFlags {
  config?: string
  database?: string
  once?: boolean
}

/** How long SIGTERM/SIGINT waits for running scans before marking them interrupted (the brief of issue 4). */
export const STOP_GRACE_MS = 60_000

const log = (line: string): void => void process.stderr.write(`${line}\n`)

/** Config suppressions plus the ones added with `posture mute` (read per run, so new mutes apply to the next scan). */
async function currentSuppressions(store: Store, fromConfig: readonly Suppression[]): Promise<Suppression[]> {
  return (await suppressionsForScan(store, fromConfig)).suppressions
}

/** What each scheduled scan shares: the store, config suppressions and accounts, and alerting when configured. */
interface WatchContext {
  store: Store
  suppressions: readonly Suppression[]
  running: Map<string, ScanRecord>
  trustedAccounts: readonly string[]
  planAlerts?: (sources: { findings: readonly ScanFinding[]; resources: readonly Resource[] }) => AlertPlanner
  delivery?: DeliveryLoop
}

/** The run function the scheduler calls: one recorded scan of a target (AWS, Azure or Google Cloud), then a delivery pass for its alerts. */
function scanTarget({ store, suppressions, running, trustedAccounts, planAlerts, delivery }: WatchContext) {
  return async (target: WatchTarget, run: RunContext): Promise<RunSummary> => {
    try {
      const common = {
        target: target.name,
        endpoint: target.endpoint,
        checks: target.checks,
        // Safe with concurrent targets: the store treats scans it began itself as alive (kysely-store.ts).
        store,
        onScanStarted: (scan: ScanRecord) => {
          running.set(target.name, scan)
          run.started(scan.id)
        },
        suppressions: await currentSuppressions(store, suppressions),
        ...(planAlerts ? { planAlerts } : {}),
      }
      const { scan, report } =
        target.provider === 'azure'
          ? await runAzureScan({ ...common, subscriptions: target.subscriptions, tenant: target.tenant })
          : target.provider === 'gcp'
            ? await runGcpScan({
                ...common,
                projects: target.projects,
                organization: target.organization,
                folder: target.folder,
                accessToken: process.env.GOOGLE_OAUTH_ACCESS_TOKEN || undefined,
              })
            : await runAwsScan({
                ...common,
                profile: target.profile,
                roleArn: target.roleArn,
                externalId: target.externalId,
                regions: target.regions,
                trustedAccounts,
              })
      delivery?.kick()
      const s = scan?.summary
      const counts: Record<string, number> = s
        ? { resources: s.resources, fail: s.fail, error: s.error, muted: s.muted, collectionErrors: scan.collectionErrors }
        : { resources: report.summary.resources, fail: report.summary.byStatus.fail, error: report.summary.byStatus.error }
      return { scanId: scan?.id ?? report.scan.id, status: scan?.status ?? 'complete', counts }
    } finally {
      running.delete(target.name)
    }
  }
}

/** Marks scans still running after the grace period as interrupted, so the store never keeps them 'running'. */
async function markInterrupted(store: Store, interrupted: InterruptedRun[], running: Map<string, ScanRecord>, signal: string): Promise<void> {
  for (const run of interrupted) {
    const scan = running.get(run.target)
    if (!scan) continue
    const reason = `interrupted: posture watch received ${signal} and the scan did not finish within ${STOP_GRACE_MS / 1000} s`
    try {
      await store.failScan(scan.seq, reason, new Date().toISOString(), 'interrupted')
      log(`posture watch: marked scan ${scan.id} (target ${run.target}) as interrupted`)
    } catch (err) {
      log(`posture watch: could not mark scan ${scan.id} as interrupted: ${describeError(err)}`)
    }
  }
}

/** Resolves with the first SIGTERM/SIGINT; a second one asks the scheduler to stop waiting. */
function untilSignal(onSecond: () => void): { signal: Promise<NodeJS.Signals>; dispose: () => void } {
  let count = 0
  let resolve: (s: NodeJS.Signals) => void = () => undefined
  const signal = new Promise<NodeJS.Signals>((r) => (resolve = r))
  const handler = (s: NodeJS.Signals): void => {
    count++
    if (count === 1) {
      log(`posture watch: ${s} received: no new scans; waiting up to ${STOP_GRACE_MS / 1000} s for running scans (send it again to stop now)`)
      resolve(s)
    } else onSecond()
  }
  process.on('SIGTERM', handler).on('SIGINT', handler)
  return { signal, dispose: () => void process.off('SIGTERM', handler).off('SIGINT', handler) }
}

/** Drops (with a warning) targets whose `checks:` globs match no check: every scan of theirs would fail. */
async function withKnownChecks(targets: readonly WatchTarget[], file: string | null): Promise<WatchTarget[]> {
  const kept: WatchTarget[] = []
  for (const target of targets) {
    try {
      if (target.checks) await selectProviderChecks(target.provider, target.checks)
      kept.push(target)
    } catch {
      log(`posture: warning: ${file ?? 'config'}: target "${target.name}": checks ${target.checks?.join(',')} match no AWS check; target skipped`)
    }
  }
  return kept
}

/** Runs the scheduler until a signal (or, with --once, until every target ran once); returns the exit code. */
async function runScheduler(scheduler: Scheduler<WatchTarget>, store: Store, running: Map<string, ScanRecord>, once: boolean): Promise<number> {
  const signals = untilSignal(() => void scheduler.stop(0))
  try {
    if (once) {
      const first = await Promise.race([scheduler.runAll(), signals.signal])
      if (typeof first !== 'string') return first.every((o) => o.status !== 'failed') ? EXIT.OK : EXIT.CANNOT_RUN
      // Stopped by a signal: like the long-running mode, a graceful stop is a success (exit 0).
      await markInterrupted(store, await scheduler.stop(STOP_GRACE_MS), running, first)
      return EXIT.OK
    }
    scheduler.start()
    for (const { target, next } of scheduler.nextRuns()) log(`posture watch: scheduled target=${target} next=${next?.toISOString() ?? 'never'}`)
    const signal = await signals.signal
    await markInterrupted(store, await scheduler.stop(STOP_GRACE_MS), running, signal)
    return EXIT.OK
  } finally {
    signals.dispose()
  }
}

/** `posture watch`: scheduled (or, with --once, one-off) recorded scans of the config file's targets. */
export async function watch(flags: WatchFlags): Promise<number> {
  const config = await loadConfig(flags.config)
  warnConfigIssues(config.issues)
  // The store opens before anything is scheduled, so an unreachable or foreign database fails here, clearly.
  const store = await openStore(databaseUrl(flags.database, config))
  const running = new Map<string, ScanRecord>()
  try {
    const targets = await withKnownChecks(config.targets, config.file)
    if (targets.length === 0) {
      throw new PostureError(
        'POSTURE_ERR_CONFIG',
        config.file ? `No valid scan target in ${config.file}` : `No config file: ${configPath(flags.config).path} does not exist`,
        'Add a `targets:` list with name, provider: aws and schedule (a cron expression), or fix the warnings above.',
      )
    }
    const recovered = await store.recoverInterrupted()
    if (recovered > 0) log(`posture watch: marked ${recovered} scan(s) left running by ended processes as interrupted`)
    const alerting = alertingFrom(config.alerts)
    if (alerting) await warnUnreachable(alerting, config.file, (l) => void process.stderr.write(l))
    const delivery = alerting ? startDeliveryLoop(store, alerting, (l) => log(`posture watch: ${l}`)) : undefined
    const context: WatchContext = {
      store,
      suppressions: config.suppressions,
      running,
      trustedAccounts: config.trustedAccounts,
      ...(delivery ? { delivery } : {}),
    }
    if (alerting) context.planAlerts = plannerFactory(alerting, await loadChecks())
    const scheduler = new Scheduler<WatchTarget>({ targets, runOnce: scanTarget(context) })
    log(`posture watch: ${targets.length} target(s); store ${store.location}${alerting ? `; alerts to ${alerting.channels.size} channel(s)` : ''}`)
    const code = await runScheduler(scheduler, store, running, flags.once === true).finally(() => delivery?.stop())
    // A scan given up after the grace period may still hold sockets open; do not let it keep the process alive.
    if (running.size > 0) setTimeout(() => process.exit(), 2_000).unref()
    return code
  } finally {
    await store.close()
  }
}

/** Registers `posture watch` on the root program. */
export function registerWatchCommands(root: Command, setExit: (code: number) => void): void {
  root
    .command('watch')
    .description('run recorded scans of the config file targets on their cron schedules (long-running; SIGTERM stops it cleanly)')
    .option('--config <file>', 'config file with a targets: list (default: ./posture.yaml, or POSTURE_CONFIG)')
    .option('--database <url>', 'store: a SQLite file or postgres:// URL (default: POSTURE_DATABASE_URL or the embedded file)')
    .option('--once', 'run every target once, then exit (for cron or CI); exit 3 if a scan failed')
    .exitOverride()
    .action(async (flags: WatchFlags) => setExit(await watch(flags)))
}
