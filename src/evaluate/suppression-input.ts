import { contentHash } from '../core/fingerprint.js'
import type { SuppressionRule } from './suppressions.js'

/** Suppression fields as the config file or `posture mute add` give them, before validation. */
export interface SuppressionInput {
  id?: string
  /** One glob or several (a list, or comma-separated). */
  checks?: string | string[]
  account?: string
  region?: string
  /** One resource uid glob or a list of them. */
  resources?: string | string[]
  /** `key=value` strings, or a key → value map. */
  tags?: string[] | Record<string, string>
  reason?: string
  owner?: string
  /** YYYY-MM-DD (the end of that day, UTC) or an ISO-8601 date-time with a zone. */
  expires?: string
}

/** One problem with one field; `path` is relative to the entry, e.g. ['tags', 1] or ['reason']. */
export interface SuppressionProblem {
  path: (string | number)[]
  message: string
}

/** A validated suppression; `id` only when the input named one. */
export type SuppressionDraft = Omit<SuppressionRule, 'id'> & { id?: string }

/** Reasons must say why: "accepted" or "todo" is not an accountable reason (issue 4: at least 10 characters). */
export const MIN_REASON_LENGTH = 10
const CHECK_GLOB = /^[A-Za-z0-9*?-]+$/
const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/

function toList(v: string | string[] | undefined, separator: RegExp): string[] | undefined {
  if (v === undefined) return undefined
  return (Array.isArray(v) ? v : v.split(separator)).map((s) => s.trim())
}

function validDay(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d))
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d
}

/**
 * Parses an expiry: a date alone means the end of that day in UTC ("until 2026-12-31" includes the 31st); a date-time
 * needs an explicit zone so that the same file means the same instant on every machine. Null when invalid.
 */
export function parseExpiry(value: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/.exec(value.trim())
  if (!m || !validDay(Number(m[1]), Number(m[2]), Number(m[3]))) return null
  if (m[4] === undefined) return `${m[1]}-${m[2]}-${m[3]}T23:59:59.999Z`
  if (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6] ?? 0) > 59) return null
  const t = Date.parse(value.trim())
  return Number.isNaN(t) ? null : new Date(t).toISOString()
}

/** Parses tags given as `key=value` strings or a map; reports each malformed item by index. */
function parseTags(input: SuppressionInput['tags'], problems: SuppressionProblem[]): Record<string, string> | null {
  if (input === undefined) return null
  const tags: Record<string, string> = {}
  if (!Array.isArray(input)) {
    for (const [k, v] of Object.entries(input)) {
      if (!k.trim()) problems.push({ path: ['tags'], message: 'tag keys must not be empty' })
      else tags[k.trim()] = v
    }
  } else {
    input.forEach((item, i) => {
      const eq = item.indexOf('=')
      if (eq <= 0) problems.push({ path: ['tags', i], message: `"${item}" is not key=value` })
      else tags[item.slice(0, eq).trim()] = item.slice(eq + 1).trim()
    })
  }
  return Object.keys(tags).length > 0 ? tags : null
}

function requireText(value: string | undefined, field: string, problems: SuppressionProblem[]): string | null {
  const v = value?.trim()
  if (!v) problems.push({ path: [field], message: `${field} is required` })
  return v || null
}

function checkGlobs(input: SuppressionInput, problems: SuppressionProblem[]): string {
  const checks = toList(input.checks, /,/)
  if (!checks || checks.every((c) => !c)) {
    problems.push({ path: ['checks'], message: 'checks is required (a check id or glob, e.g. "aws-s3-*")' })
    return ''
  }
  checks.forEach((c, i) => {
    if (!CHECK_GLOB.test(c)) {
      const path = Array.isArray(input.checks) ? ['checks', i] : ['checks']
      problems.push({ path, message: `"${c}" is not a check id glob (letters, digits, "-", "*", "?")` })
    }
  })
  return checks.filter(Boolean).join(',')
}

/** Validates one suppression; returns the draft only when there is no problem (an invalid entry never half-applies). */
export function validateSuppression(input: SuppressionInput): { draft?: SuppressionDraft; problems: SuppressionProblem[] } {
  const problems: SuppressionProblem[] = []
  if (input.id !== undefined && !ID_PATTERN.test(input.id))
    problems.push({ path: ['id'], message: `"${input.id}" is not a valid id (letters, digits, ".", "_", ":", "-"; at most 64)` })
  const checks = checkGlobs(input, problems)
  const resources = toList(input.resources, /\n/)
  resources?.forEach((r, i) => {
    if (!r) problems.push({ path: Array.isArray(input.resources) ? ['resources', i] : ['resources'], message: 'resource globs must not be empty' })
  })
  const tags = parseTags(input.tags, problems)
  const reason = requireText(input.reason, 'reason', problems)
  if (reason !== null && reason.length < MIN_REASON_LENGTH)
    problems.push({ path: ['reason'], message: `reason must say why in at least ${MIN_REASON_LENGTH} characters (got ${reason.length})` })
  const owner = requireText(input.owner, 'owner', problems)
  const expiresAt = input.expires === undefined ? null : parseExpiry(input.expires)
  if (input.expires !== undefined && expiresAt === null)
    problems.push({ path: ['expires'], message: `"${input.expires}" is not a date (use YYYY-MM-DD or an ISO-8601 date-time with a zone)` })
  for (const field of ['account', 'region'] as const)
    if (input[field] !== undefined && !input[field].trim()) problems.push({ path: [field], message: `${field} must not be empty when given` })
  if (problems.length > 0) return { problems }
  const draft: SuppressionDraft = {
    checks,
    account: input.account?.trim() || null,
    region: input.region?.trim() || null,
    resources: resources ? resources.join('\n') : null,
    tags,
    reason: reason!,
    owner: owner!,
    expiresAt,
  }
  return { draft: input.id ? { ...draft, id: input.id } : draft, problems }
}

/**
 * A stable id for a suppression that was given none: a hash of its scope, so the same entry keeps its id (and its
 * match statistics) across runs while its reason, owner or expiry are edited.
 */
export function scopeId(prefix: string, d: Pick<SuppressionDraft, 'checks' | 'account' | 'region' | 'resources' | 'tags'>): string {
  const scope = { checks: d.checks, account: d.account, region: d.region, resources: d.resources, tags: d.tags }
  return `${prefix}-${contentHash(scope).slice(0, 12)}`
}
