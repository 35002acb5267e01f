/**
 * Alerts as the commands use them: channels built from the config's `alerts:` section, the planner a scan hands to the
 * store, start-up reachability warnings, and delivery passes with a summary line. Scanning never waits on a channel
 * longer than the delivery budget, and never fails because of one.
 */
import { describeError } from '../core/errors.js'
import type { Resource } from '../core/resource.js'
import type { CheckMeta } from '../evaluate/define-check.js'
import { createChannel } from '../notify/channels/index.js'
import { deliverDue, type DispatchSummary } from '../notify/dispatch.js'
import { alertPlanner } from '../notify/plan.js'
import { unreachableChannels } from '../notify/preflight.js'
import type { AlertsConfig, Channel, ChannelConfig } from '../notify/types.js'
import type { AlertPlanner, ScanFinding, Store } from '../store/types.js'

/** Alerting set up from the config: its channels by name. */
export interface Alerting {
  config: AlertsConfig
  channels: Map<string, Channel>
  configs: Map<string, ChannelConfig>
}

/** How long `posture scan` spends delivering after the scan; what is left waits in the outbox for the next pass. */
export const SCAN_DELIVERY_BUDGET_MS = 30_000

/** The alerting of a config, or undefined when it has no usable channel. */
export function alertingFrom(config: AlertsConfig | null | undefined): Alerting | undefined {
  if (!config || config.channels.length === 0) return undefined
  return {
    config,
    channels: new Map(config.channels.map((c) => [c.name, createChannel(c)])),
    configs: new Map(config.channels.map((c) => [c.name, c])),
  }
}

/**
 * The planner factory a scan calls with its findings and resources (checks give titles and fixes of removed resources).
 * Planning runs inside the scan's transaction; should it ever throw (a bug), the scan is still recorded without its
 * alerts and the error is reported, because alerting must never stop scanning.
 */
export function plannerFactory(
  alerting: Alerting,
  checks: readonly CheckMeta[],
  write: (line: string) => void = (l) => void process.stderr.write(l),
) {
  const byId = new Map(checks.map((c) => [c.id, c]))
  return (sources: { findings: readonly ScanFinding[]; resources: readonly Resource[] }): AlertPlanner => {
    const plan = alertPlanner(alerting.config, { ...sources, checks: byId })
    return (input) => {
      try {
        return plan(input)
      } catch (err) {
        write(
          `posture: error: alerts of scan #${input.scan.seq} could not be planned, none were queued: ${describeError(err)} (please report this)\n`,
        )
        return { entries: [], subjects: [] }
      }
    }
  }
}

/** Warns (one line per channel, naming the field) about channels whose host cannot be reached right now. */
export async function warnUnreachable(alerting: Alerting, file: string | null, write: (line: string) => void): Promise<void> {
  for (const u of await unreachableChannels(alerting.config.channels)) {
    write(
      `posture: warning: ${file ?? 'config'}: alerts.channels.${u.channel}.${u.field}: ${u.reason}; alerts to it stay queued until it is reachable\n`,
    )
  }
}

/** One delivery pass over the outbox (deadline in ms from now, if any). */
export function deliver(store: Store, alerting: Alerting, budgetMs?: number, log?: (line: string) => void): Promise<DispatchSummary> {
  return deliverDue({
    store,
    channels: alerting.channels,
    configs: alerting.configs,
    retry: alerting.config.retry,
    ...(budgetMs !== undefined ? { deadline: new Date(Date.now() + budgetMs) } : {}),
    ...(log ? { log } : {}),
  })
}

/** "alerts: 3 delivered, 1 waiting to retry, 0 failed" (undefined when the pass did nothing). */
export function deliveryLine(s: DispatchSummary): string | undefined {
  if (s.delivered + s.retrying + s.failed + s.deferred === 0) return undefined
  const waiting = s.retrying + s.deferred
  const rest = waiting + s.failed > 0 ? ' (see `posture alerts status`; `posture alerts send` retries what is due)' : ''
  return `alerts: ${s.delivered} delivered, ${waiting} waiting to retry, ${s.failed} failed${rest}`
}

/** A background delivery loop (posture watch): a pass every `intervalMs`, or at once after kick(); passes never overlap. */
export interface DeliveryLoop {
  /** Runs a pass soon (after a scan queued alerts). */
  kick(): void
  /** Stops the timer and waits for a running pass. */
  stop(): Promise<void>
}

/** How often `posture watch` looks for due deliveries (retries, rate-limited alerts). */
export const WATCH_DELIVERY_INTERVAL_MS = 15_000

/** Starts the loop; each pass's summary (when it did anything) goes to `log`. */
export function startDeliveryLoop(
  store: Store,
  alerting: Alerting,
  log: (line: string) => void,
  intervalMs = WATCH_DELIVERY_INTERVAL_MS,
): DeliveryLoop {
  let running: Promise<void> | undefined
  let again = false
  let stopped = false
  const pass = (): void => {
    if (stopped) return
    if (running) {
      again = true
      return
    }
    running = deliver(store, alerting, undefined, log)
      .then((s) => {
        const line = deliveryLine(s)
        if (line) log(line)
      })
      .catch((err: unknown) => log(`alerts: delivery pass failed: ${String(err)}`))
      .finally(() => {
        running = undefined
        if (again) {
          again = false
          pass()
        }
      })
  }
  const timer = setInterval(pass, intervalMs)
  timer.unref()
  return {
    kick: pass,
    async stop() {
      // A pass requested while another ran (the last scan's alerts) still runs before the loop ends.
      clearInterval(timer)
      while (running) await running
      stopped = true
    },
  }
}
