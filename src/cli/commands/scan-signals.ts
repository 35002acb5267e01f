import type { ScanRecord, Store } from '../../store/types.js'

/** Exit codes of a process ended by a signal (128 + signal number), as shells report them. */
const SIGNAL_EXIT: Record<'SIGINT' | 'SIGTERM', number> = { SIGINT: 130, SIGTERM: 143 }

/**
 * Runs `work` so that SIGINT/SIGTERM during it marks the running scan interrupted ("interrupted by signal") before the
 * process exits, instead of leaving it 'running' until the next scan's recovery. A second signal exits at once.
 * `work` receives the callback to call once the scan is recorded as running.
 */
export async function withScanSignals<T>(store: Store | undefined, work: (onScanStarted: (scan: ScanRecord) => void) => Promise<T>): Promise<T> {
  let running: ScanRecord | undefined
  let stopping = false
  const onSignal = (signal: 'SIGINT' | 'SIGTERM'): void => {
    if (stopping) process.exit(SIGNAL_EXIT[signal])
    stopping = true
    process.stderr.write(`\nposture: ${signal} received: ${running ? `marking scan ${running.id} as interrupted` : 'stopping'}\n`)
    const mark = running && store ? store.failScan(running.seq, 'interrupted by signal', new Date().toISOString(), 'interrupted') : Promise.resolve()
    void mark
      .catch((err: unknown) => process.stderr.write(`posture: could not mark the scan: ${String(err)}\n`))
      .then(() => store?.close())
      .catch(() => undefined)
      .finally(() => process.exit(SIGNAL_EXIT[signal]))
  }
  process.on('SIGINT', onSignal).on('SIGTERM', onSignal)
  try {
    return await work((scan) => (running = scan))
  } finally {
    process.off('SIGINT', onSignal).off('SIGTERM', onSignal)
  }
}
