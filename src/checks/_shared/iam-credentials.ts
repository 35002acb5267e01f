/** Date arithmetic and credential-age logic shared by the IAM user and root-user checks. */
import { isUnknown } from '../../core/unknown.js'
import type { AccessKey, IamUserAttributes } from '../../normalize/aws/types.js'

/** Milliseconds in a day. */
export const DAY_MS = 86_400_000

/** Whole days elapsed from an ISO date to `now` (floored); throws on an unparsable date so the check reports ERROR. */
export function daysSince(isoDate: string, now: Date): number {
  const t = Date.parse(isoDate)
  if (Number.isNaN(t)) throw new Error(`not a valid date: "${isoDate}"`)
  return Math.floor((now.getTime() - t) / DAY_MS)
}

/** The calendar day (YYYY-MM-DD) of an ISO date, for messages. */
export function day(isoDate: string): string {
  return isoDate.slice(0, 10)
}

/** Active access keys only: an Inactive key cannot sign requests. */
export function activeKeys(keys: readonly AccessKey[]): AccessKey[] {
  return keys.filter((k) => k.status === 'Active')
}

/** Credentials found unused, and the reasons some could not be judged (values not collected). */
export interface UnusedCredentials {
  /** e.g. 'console password (last used 2026-01-02, 150 days ago)'. */
  unused: string[]
  /** Reasons a credential could not be judged. */
  unknown: string[]
}

/** Describes a credential's idle time: last use, or (never used) its age; undefined when it is recent enough. */
function idle(label: string, lastUsed: string | null, created: string, now: Date, days: number): string | undefined {
  if (lastUsed !== null) {
    const d = daysSince(lastUsed, now)
    return d >= days ? `${label} (last used ${day(lastUsed)}, ${d} days ago)` : undefined
  }
  const age = daysSince(created, now)
  return age >= days ? `${label} (never used, created ${age} days ago)` : undefined
}

/**
 * A user's enabled credentials not used for `days` days or more: the console password (never used and the user
 * created that long ago; IAM does not expose the password's own creation date outside the credential report)
 * and Active access keys (never used and created that long ago). Unknown values are listed, not guessed.
 */
export function unusedCredentials(user: IamUserAttributes, now: Date, days: number): UnusedCredentials {
  const out: UnusedCredentials = { unused: [], unknown: [] }
  if (isUnknown(user.passwordEnabled)) out.unknown.push(`console password status (${user.passwordEnabled.$unknown})`)
  else if (user.passwordEnabled) {
    if (isUnknown(user.passwordLastUsed)) out.unknown.push(`console password last use (${user.passwordLastUsed.$unknown})`)
    else {
      const hit = idle('console password', user.passwordLastUsed, user.createDate, now, days)
      if (hit) out.unused.push(hit)
    }
  }
  if (isUnknown(user.accessKeys)) out.unknown.push(`access keys (${user.accessKeys.$unknown})`)
  else {
    for (const key of activeKeys(user.accessKeys)) {
      if (isUnknown(key.lastUsedDate)) out.unknown.push(`last use of access key ${key.id} (${key.lastUsedDate.$unknown})`)
      else {
        const hit = idle(`access key ${key.id}`, key.lastUsedDate, key.createDate, now, days)
        if (hit) out.unused.push(hit)
      }
    }
  }
  return out
}
