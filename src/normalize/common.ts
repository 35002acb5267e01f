/** Helpers every provider's normalizers share. */
import type { CallResult } from '../collect/collector.js'
import { unknown, type Maybe } from '../core/unknown.js'

/** ISO string of an SDK date, or null. */
export function iso(d: Date | string | undefined | null): string | null {
  if (!d) return null
  return d instanceof Date ? d.toISOString() : new Date(d).toISOString()
}

/** A call result as a Maybe: the value, or Unknown carrying the failure reason. */
export function maybe<T>(r: CallResult<T>, api: string): Maybe<T> {
  return r.ok ? r.value : unknown(`${api}: ${r.reason}`)
}
