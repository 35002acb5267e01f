/**
 * "Not collected" is a value of its own, distinct from "absent" (null) and "empty" ([]):
 * a check that meets an Unknown answers ERROR with the reason instead of guessing.
 */

/** A value Posture could not observe, with the reason (e.g. "s3:GetBucketPolicy: AccessDenied"). */
export interface Unknown {
  readonly $unknown: string
}

/** A value that is either known (possibly null = absent) or Unknown. */
export type Maybe<T> = T | Unknown

/** Builds an Unknown marker carrying the reason the value could not be collected. */
export function unknown(reason: string): Unknown {
  return { $unknown: reason }
}

/** True when the value is an Unknown marker. */
export function isUnknown(value: unknown): value is Unknown {
  return typeof value === 'object' && value !== null && typeof (value as { $unknown?: unknown }).$unknown === 'string'
}

/** Thrown by `known()` when a check touches a value that was not collected; the engine turns it into ERROR. */
export class NotCollectedError extends Error {
  override readonly name = 'NotCollectedError'
  constructor(readonly reason: string) {
    super(`not collected: ${reason}`)
  }
}

/** Returns the value, or throws NotCollectedError so the check yields ERROR instead of PASS. */
export function known<T>(value: Maybe<T>, what?: string): T {
  if (isUnknown(value)) throw new NotCollectedError(what ? `${what} (${value.$unknown})` : value.$unknown)
  return value
}
