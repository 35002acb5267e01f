import { afterEach, describe, expect, it } from 'vitest'
import { Scheduler, type RunContext, type RunSummary, type ScheduledTarget } from './scheduler.js'

// Real croner timers on a seconds schedule: every test waits a few seconds at most, and every wait is bounded.
const EVERY_SECOND = '* * * * * *'

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** Polls `cond` every 20 ms; fails after `timeoutMs` instead of hanging. */
async function waitFor(cond: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!cond()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`)
    await sleep(20)
  }
}

/** A promise resolved from outside. */
function gate(): { promise: Promise<void>; open: () => void } {
  let open: () => void = () => undefined
  const promise = new Promise<void>((r) => (open = r))
  return { promise, open }
}

let scheduler: Scheduler<ScheduledTarget> | undefined
afterEach(async () => {
  // Never leave a ticking job behind, whatever the test did.
  await scheduler?.stop(0)
  scheduler = undefined
})

function make(
  runOnce: (t: ScheduledTarget, run: RunContext) => Promise<RunSummary>,
  targets: ScheduledTarget[] = [{ name: 'prod', schedule: EVERY_SECOND }],
) {
  const lines: string[] = []
  scheduler = new Scheduler({ targets, runOnce, log: (l) => lines.push(l) })
  return { scheduler, lines }
}

describe('Scheduler', () => {
  it('never runs the same target twice at once, and logs the skipped ticks', async () => {
    let concurrent = 0
    let maxConcurrent = 0
    let runs = 0
    const { scheduler, lines } = make(async (_t, run) => {
      runs++
      concurrent++
      maxConcurrent = Math.max(maxConcurrent, concurrent)
      run.started(`scan-${runs}`)
      await sleep(2_300)
      concurrent--
      return { status: 'complete', counts: { resources: 3, fail: 1 } }
    })
    scheduler.start()
    await waitFor(() => lines.some((l) => l.includes(' skip ')), 4_000, 'a skipped tick')
    expect(maxConcurrent).toBe(1)
    expect(runs).toBe(1)
    expect(lines.find((l) => l.includes(' skip '))).toMatch(/skip target=prod scan=scan-1 reason="previous run still running/)
    await waitFor(() => lines.some((l) => l.includes(' end ')), 4_000, 'the end of the first run')
    expect(lines.find((l) => l.includes(' end '))).toMatch(
      /^posture watch: end target=prod scan=scan-1 status=complete resources=3 fail=1 duration=\d+\.\ds$/,
    )
  })

  it('logs a failing run and keeps the schedule going', async () => {
    let calls = 0
    const { scheduler, lines } = make(() => {
      calls++
      if (calls === 1) return Promise.reject(new Error('credentials expired'))
      return Promise.resolve({ scanId: `scan-${calls}`, status: 'partial' })
    })
    scheduler.start()
    await waitFor(() => calls >= 2 && lines.filter((l) => l.includes(' end ')).length >= 2, 4_000, 'two runs')
    const ends = lines.filter((l) => l.includes(' end '))
    expect(ends[0]).toMatch(/end target=prod scan=- status=failed duration=\d+\.\ds error="credentials expired"$/)
    expect(ends[1]).toMatch(/end target=prod scan=scan-2 status=partial duration=/)
  })

  it('stop() stops ticking and waits for the running scan to finish', async () => {
    const release = gate()
    let calls = 0
    let finished = false
    const { scheduler } = make(async (_t, run) => {
      calls++
      run.started('scan-1')
      await release.promise
      finished = true
      return { status: 'complete' }
    })
    scheduler.start()
    await waitFor(() => scheduler.isRunning('prod'), 2_500, 'the first run')
    const stopped = scheduler.stop(5_000)
    let resolved = false
    void stopped.then(() => (resolved = true))
    await sleep(1_200)
    expect(resolved).toBe(false)
    release.open()
    expect(await stopped).toEqual([])
    expect(finished).toBe(true)
    await sleep(1_100)
    expect(calls).toBe(1)
  })

  it('stop() gives up after the grace period and reports the run as interrupted', async () => {
    const { scheduler, lines } = make((_t, run) => {
      run.started('scan-hung')
      return new Promise<RunSummary>(() => undefined)
    })
    scheduler.start()
    await waitFor(() => scheduler.isRunning('prod'), 2_500, 'the first run')
    const t0 = Date.now()
    const interrupted = await scheduler.stop(300)
    expect(Date.now() - t0).toBeLessThan(1_500)
    expect(interrupted).toEqual([{ target: 'prod', scanId: 'scan-hung', startedAt: expect.any(Date) as Date }])
    expect(lines.at(-1)).toMatch(/^posture watch: interrupted target=prod scan=scan-hung running=\d+\.\ds$/)
  })

  it('a second stop() call shortens the wait (a second signal)', async () => {
    const { scheduler } = make(() => new Promise<RunSummary>(() => undefined))
    scheduler.start()
    await waitFor(() => scheduler.isRunning('prod'), 2_500, 'the first run')
    const first = scheduler.stop(60_000)
    const t0 = Date.now()
    const second = scheduler.stop(0)
    expect(second).toBe(first)
    expect(await first).toHaveLength(1)
    expect(Date.now() - t0).toBeLessThan(500)
  })

  it('stop() with nothing running resolves at once', async () => {
    const { scheduler } = make(() => Promise.resolve({ status: 'complete' }), [{ name: 'nightly', schedule: '0 3 * * *' }])
    scheduler.start()
    expect(scheduler.nextRuns()[0]?.next).toBeInstanceOf(Date)
    expect(await scheduler.stop(10_000)).toEqual([])
  })

  it('runs targets independently: a slow target does not block another', async () => {
    const seen: string[] = []
    const { scheduler } = make(
      async (t) => {
        seen.push(t.name)
        if (t.name === 'slow') await sleep(3_000)
        return { status: 'complete' }
      },
      [
        { name: 'slow', schedule: EVERY_SECOND },
        { name: 'fast', schedule: EVERY_SECOND },
      ],
    )
    scheduler.start()
    await waitFor(() => seen.filter((n) => n === 'fast').length >= 2, 3_500, 'two runs of the fast target')
    expect(seen.filter((n) => n === 'slow')).toHaveLength(1)
  })

  it('runAll() runs each target once in order and reports failures without stopping', async () => {
    const order: string[] = []
    const { scheduler, lines } = make(
      (t) => {
        order.push(t.name)
        return t.name === 'b' ? Promise.reject(new Error('boom')) : Promise.resolve({ scanId: `id-${t.name}`, status: 'complete' })
      },
      ['a', 'b', 'c'].map((name) => ({ name, schedule: '0 3 * * *' })),
    )
    const outcomes = await scheduler.runAll()
    expect(order).toEqual(['a', 'b', 'c'])
    expect(outcomes.map((o) => [o.target, o.status, o.error])).toEqual([
      ['a', 'complete', undefined],
      ['b', 'failed', 'boom'],
      ['c', 'complete', undefined],
    ])
    expect(lines).toHaveLength(3)
  })

  it('runAll() stops before the next target once stop() is called', async () => {
    const order: string[] = []
    const { scheduler } = make(
      async (t) => {
        order.push(t.name)
        await sleep(100)
        return { status: 'complete' }
      },
      ['a', 'b'].map((name) => ({ name, schedule: '0 3 * * *' })),
    )
    const all = scheduler.runAll()
    await waitFor(() => scheduler.isRunning('a'), 1_000, 'target a')
    expect(await scheduler.stop(5_000)).toEqual([])
    expect((await all).map((o) => o.target)).toEqual(['a'])
    expect(order).toEqual(['a'])
  })
})
