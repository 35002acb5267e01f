import type { Finding } from './finding.js'

/**
 * Why a finding is muted: the suppression that matched, with its accountability fields. Shared by the evaluate
 * stage (which sets it), the report (which shows it) and the store (which keeps it).
 */
export interface MuteInfo {
  suppressionId: string
  reason: string
  owner: string
  /** ISO-8601 end of the suppression, or null when it never expires. */
  expiresAt: string | null
}

/** A finding as evaluated in one scan, with the suppression that mutes it (if any). */
export interface ScanFinding extends Finding {
  fingerprint: string
  muted?: MuteInfo
}

/**
 * A suppression (mutelist entry). Every given scope field must match: `checks` is comma-separated check id globs,
 * `resources` newline-separated resource uid globs (uids may contain commas), `account` and `region` exact values or
 * globs, `tags` key → value glob. Globs use `*` and `?`.
 */
export interface Suppression {
  id: string
  checks: string
  account: string | null
  region: string | null
  resources: string | null
  tags: Record<string, string> | null
  reason: string
  owner: string
  expiresAt: string | null
  createdAt: string
  source: 'cli' | 'config'
  lastMatchedAt: string | null
  matchCount: number
}
