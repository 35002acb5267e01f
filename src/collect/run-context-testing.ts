/** Test helper for collectors: a fresh run state (two calls at a time, one region) to build a CollectContext on. */
import { LimiterPool } from './limiter.js'
import type { RunState } from './run-context.js'

/** An empty run state whose calls time out after `callTimeoutMs`; its `errors` collect what failed. */
export function testRunState(callTimeoutMs = 1_000): RunState {
  return { limiters: new LimiterPool(2), callTimeoutMs, errors: [], stats: { calls: 0, failedCalls: 0 }, regions: ['us-east-1'] }
}
