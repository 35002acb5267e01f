import { Cron } from 'croner'
import { describeError } from '../core/errors.js'

/** What the scheduler needs of a target: a unique name and a croner schedule. */
export interface ScheduledTarget {
  name: string
  schedule: string
  timezone?: string
}

/** How a run ended, for the end-of-run log line. */
export interface RunSummary {
  scanId?: string
  /** e.g. 'complete', 'partial', 'failed'. */
  status: string
  /** Counts to log in this order, e.g. { resources: 120, fail: 30, error: 2, muted: 1 }. */
  counts?: Record<string, number>
}

/** Handed to each run so it can name its scan as soon as the scan record exists. */
export interface RunContext {
  /** Logs the start line with the scan id (call once, when the scan has been opened). */
  started(scanId: string): void
}

/** Runs one scan of a target; a rejection counts as a failed run. */
export type RunOnce<T> = (target: T, run: RunContext) => Promise<RunSummary>

/** A run that ended (or failed) and the time it took. */
export interface RunOutcome extends RunSummary {
  target: string
  durationMs: number
  error?: string
}

/** A run still going when stop()'s grace period ran out. */
export interface InterruptedRun {
  target: string
  scanId?: string
  startedAt: Date
}

/** Options of a scheduler. */
export interface SchedulerOptions<T extends ScheduledTarget> {
  targets: readonly T[]
  runOnce: RunOnce<T>
  /** One line per event (default: stderr). */
  log?: (line: string) => void
}

interface ActiveRun {
  target: string
  scanId?: string
  startedAt: Date
  done: Promise<RunOutcome>
}

interface Stopping {
  done: Promise<InterruptedRun[]>
  expire: () => void
  timers: NodeJS.Timeout[]
}

/** Seconds with one decimal, for log lines. */
function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)}s`
}

/** Quotes a log value when it has spaces or quotes, so that lines stay machine-splittable. */
function value(v: string): string {
  return /[\s"=]/.test(v) ? JSON.stringify(v) : v
}

/**
 * Runs `runOnce` for each target on its cron schedule. A target never has two runs at once (a tick during a run is
 * skipped and logged); a failing run is logged and the schedule goes on; stop() waits for running scans.
 */
export class Scheduler<T extends ScheduledTarget> {
  private readonly jobs: Cron[] = []
  private readonly active = new Map<string, ActiveRun>()
  private readonly log: (line: string) => void
  private stopping: Stopping | undefined

  constructor(private readonly options: SchedulerOptions<T>) {
    this.log = options.log ?? ((line) => process.stderr.write(`${line}\n`))
  }

  /** Starts ticking every target's schedule. */
  start(): void {
    if (this.stopping) throw new Error('scheduler already stopped')
    for (const target of this.options.targets) {
      // The callback is synchronous: overlap is decided here (croner's `protect` would skip silently).
      const job = new Cron(target.schedule, { timezone: target.timezone }, () => this.trigger(target))
      this.jobs.push(job)
    }
  }

  /** The next scheduled time of each target (null when its schedule never fires again). */
  nextRuns(): { target: string; next: Date | null }[] {
    return this.options.targets.map((t, i) => ({
      target: t.name,
      next: this.jobs[i]?.nextRun() ?? new Cron(t.schedule, { paused: true, timezone: t.timezone }).nextRun(),
    }))
  }

  /** Runs every target once, one after the other (not on their schedules); stops early once stop() is called. */
  async runAll(): Promise<RunOutcome[]> {
    const outcomes: RunOutcome[] = []
    for (const target of this.options.targets) {
      if (this.stopping) break
      outcomes.push(await this.execute(target))
    }
    return outcomes
  }

  /** True while a run of this target is going on. */
  isRunning(target: string): boolean {
    return this.active.has(target)
  }

  /**
   * Stops ticking and resolves once running scans finish, or when `graceMs` has passed with the runs still going
   * (then returned as interrupted, and logged). Calling it again (e.g. a second signal) can shorten the wait.
   */
  stop(graceMs: number): Promise<InterruptedRun[]> {
    if (!this.stopping) {
      for (const job of this.jobs) job.stop()
      let expire: () => void = () => undefined
      const expired = new Promise<void>((resolve) => (expire = resolve))
      const finished = Promise.all([...this.active.values()].map((r) => r.done))
      const timers: NodeJS.Timeout[] = []
      const done = Promise.race([finished, expired]).then(() => {
        for (const t of timers) clearTimeout(t)
        return this.interrupted()
      })
      this.stopping = { done, expire, timers }
    }
    this.stopping.timers.push(setTimeout(this.stopping.expire, graceMs))
    return this.stopping.done
  }

  /** Lists (and logs) the runs still active when the grace period ended. */
  private interrupted(): InterruptedRun[] {
    const runs = [...this.active.values()].map((r) => ({ target: r.target, scanId: r.scanId, startedAt: r.startedAt }))
    for (const r of runs) {
      this.log(`posture watch: interrupted target=${value(r.target)} scan=${r.scanId ?? '-'} running=${seconds(Date.now() - r.startedAt.getTime())}`)
    }
    return runs
  }

  /** A schedule tick: starts a run unless one of the same target is still going. */
  private trigger(target: T): void {
    if (this.stopping) return
    const current = this.active.get(target.name)
    if (current) {
      const running = seconds(Date.now() - current.startedAt.getTime())
      this.log(`posture watch: skip target=${value(target.name)} scan=${current.scanId ?? '-'} reason="previous run still running (${running})"`)
      return
    }
    void this.execute(target)
  }

  /** Runs one scan of a target, logging its start and end; never rejects. */
  private execute(target: T): Promise<RunOutcome> {
    const run = { target: target.name, startedAt: new Date() } as ActiveRun
    const context: RunContext = {
      started: (scanId) => {
        run.scanId = scanId
        this.log(`posture watch: start target=${value(target.name)} scan=${scanId}`)
      },
    }
    run.done = this.settle(target, run, context).finally(() => this.active.delete(target.name))
    this.active.set(target.name, run)
    return run.done
  }

  /** Awaits the run and logs its end line. */
  private async settle(target: T, run: ActiveRun, context: RunContext): Promise<RunOutcome> {
    let outcome: RunOutcome
    try {
      const summary = await this.options.runOnce(target, context)
      outcome = { ...summary, scanId: summary.scanId ?? run.scanId, target: target.name, durationMs: Date.now() - run.startedAt.getTime() }
    } catch (err) {
      outcome = {
        target: target.name,
        scanId: run.scanId,
        status: 'failed',
        durationMs: Date.now() - run.startedAt.getTime(),
        error: describeError(err),
      }
    }
    const counts = Object.entries(outcome.counts ?? {}).map(([k, n]) => ` ${k}=${n}`)
    const error = outcome.error ? ` error=${JSON.stringify(outcome.error)}` : ''
    this.log(
      `posture watch: end target=${value(target.name)} scan=${outcome.scanId ?? '-'} status=${outcome.status}${counts.join('')} duration=${seconds(outcome.durationMs)}${error}`,
    )
    return outcome
  }
}
