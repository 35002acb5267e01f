/** A counting semaphore: bounds how many calls run at once for one key (service × region). */
export class Limiter {
  private active = 0
  private readonly waiting: (() => void)[] = []

  constructor(readonly max: number) {}

  /** Runs `fn` once a slot is free. */
  async run<T>(fn: () => Promise<T>): Promise<T> {
    if (this.active >= this.max) await new Promise<void>((resolve) => this.waiting.push(resolve))
    this.active++
    try {
      return await fn()
    } finally {
      this.active--
      this.waiting.shift()?.()
    }
  }
}

/** One Limiter per key, created on first use. */
export class LimiterPool {
  private readonly pool = new Map<string, Limiter>()
  constructor(readonly max: number) {}

  /** The limiter for a key (created with `max` calls in flight, default the pool's). */
  get(key: string, max = this.max): Limiter {
    let l = this.pool.get(key)
    if (!l) this.pool.set(key, (l = new Limiter(max)))
    return l
  }
}

/** Runs `fn` over `items` with at most `max` in flight, keeping result order. */
export async function mapLimit<T, R>(items: readonly T[], max: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length)
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++
      out[i] = await fn(items[i] as T, i)
    }
  }
  await Promise.all(Array.from({ length: Math.min(max, items.length) }, worker))
  return out
}
