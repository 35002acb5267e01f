import type { ProgressEvent } from '../scan/aws.js'

/** Progress on stderr: a live status line on a terminal, plain lines otherwise. */
export class Progress {
  private readonly active = new Map<string, number>()
  private readonly done = new Map<string, number>()
  private resources = 0
  private errors = 0
  private lastDraw = 0

  constructor(
    private readonly stream: NodeJS.WriteStream,
    private readonly live: boolean,
    private readonly quiet = false,
  ) {}

  /** Handles one collector event. */
  readonly onEvent = (e: ProgressEvent): void => {
    if (this.quiet) return
    const key = e.service
    if (e.phase === 'start') {
      this.active.set(key, (this.active.get(key) ?? 0) + 1)
    } else {
      this.active.set(key, Math.max(0, (this.active.get(key) ?? 1) - 1))
      this.done.set(key, (this.done.get(key) ?? 0) + 1)
      this.resources += e.resources ?? 0
      this.errors += e.errors ?? 0
      if (!this.live) {
        const errs = e.errors ? `, ${e.errors} error(s)` : ''
        this.stream.write(`posture: collected ${e.service} in ${e.region}: ${e.resources ?? 0} resource(s)${errs}\n`)
      }
    }
    if (this.live) this.draw()
  }

  /** A one-off status message (e.g. "Evaluating 70 checks"). */
  note(message: string): void {
    if (this.quiet) return
    if (this.live) this.clear()
    this.stream.write(`posture: ${message}\n`)
  }

  private draw(): void {
    const now = Date.now()
    if (now - this.lastDraw < 80) return
    this.lastDraw = now
    const running = [...this.active.entries()].filter(([, n]) => n > 0).map(([s, n]) => `${s}×${n}`)
    const finished = [...this.done.values()].reduce((a, b) => a + b, 0)
    const line = `collecting… ${finished} unit(s) done, ${this.resources} resources, ${this.errors} error(s)${running.length ? ` | running: ${running.join(' ')}` : ''}`
    const cols = this.stream.columns ?? 100
    this.stream.write(`\r\x1b[K${line.slice(0, cols - 1)}`)
  }

  /** Clears the live line (call before printing the report). */
  clear(): void {
    if (this.live && !this.quiet) this.stream.write('\r\x1b[K')
  }
}
