import type { Finding } from '../core/finding.js'
import { globToRegExp } from '../core/glob.js'
import type { Inventory } from '../core/inventory.js'
import type { MuteInfo, ScanFinding, Suppression } from '../core/suppression.js'

/** The fields of a suppression that decide whether it applies (the rest is bookkeeping). */
export type SuppressionRule = Pick<Suppression, 'id' | 'checks' | 'account' | 'region' | 'resources' | 'tags' | 'reason' | 'owner' | 'expiresAt'>

/** A finding ready to be muted: evaluated and fingerprinted. */
export type FingerprintedFinding = Finding & { fingerprint: string; muted?: MuteInfo }

/** A suppression with its globs compiled once (a scan may test 100,000 findings against each). */
interface CompiledRule {
  rule: SuppressionRule
  checks: RegExp[]
  account: RegExp | null
  region: RegExp | null
  resources: RegExp[] | null
  tags: [string, RegExp][]
}

/** True when the suppression has an expiry and it lies before `now`: expired suppressions stop applying. */
export function isExpired(s: Pick<Suppression, 'expiresAt'>, now: Date): boolean {
  return s.expiresAt !== null && Date.parse(s.expiresAt) < now.getTime()
}

/** Splits the stored `checks` (comma-separated) and `resources` (newline-separated: uids may hold commas) lists. */
export function splitGlobs(value: string, separator: ',' | '\n'): string[] {
  return value
    .split(separator)
    .map((s) => s.trim())
    .filter(Boolean)
}

function compile(rule: SuppressionRule): CompiledRule {
  return {
    rule,
    checks: splitGlobs(rule.checks, ',').map(globToRegExp),
    account: rule.account ? globToRegExp(rule.account) : null,
    region: rule.region ? globToRegExp(rule.region) : null,
    resources: rule.resources ? splitGlobs(rule.resources, '\n').map(globToRegExp) : null,
    tags: Object.entries(rule.tags ?? {}).map(([k, v]) => [k, globToRegExp(v)]),
  }
}

function matchesCompiled(c: CompiledRule, f: Finding, tags: Readonly<Record<string, string>>): boolean {
  const r = f.resource
  return (
    c.checks.some((re) => re.test(f.checkId)) &&
    (!c.account || c.account.test(r.account)) &&
    (!c.region || c.region.test(r.region)) &&
    (!c.resources || c.resources.some((re) => re.test(r.uid))) &&
    // Tag keys are exact (AWS keys are case-sensitive); a missing tag never matches, even against `*`.
    c.tags.every(([key, value]) => tags[key] !== undefined && value.test(tags[key]))
  )
}

/** True when every scope field the suppression gives matches the finding (tags: those of the finding's resource). */
export function matchesSuppression(rule: SuppressionRule, finding: Finding, tags: Readonly<Record<string, string>> = {}): boolean {
  return matchesCompiled(compile(rule), finding, tags)
}

/**
 * Precedence when several suppressions match: the one that keeps the finding muted longest (no expiry first, then the
 * latest expiry), then by id, so the attribution is deterministic and does not flip between scans.
 */
function byPrecedence(a: SuppressionRule, b: SuppressionRule): number {
  const end = (s: SuppressionRule) => (s.expiresAt === null ? Number.POSITIVE_INFINITY : Date.parse(s.expiresAt))
  return end(b) - end(a) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
}

/**
 * Marks fail/error findings matched by an unexpired suppression as muted. Muted findings keep their status (they are
 * still evaluated and stored); passes are never muted (there is nothing to accept). Tags come from the resource in the
 * inventory, so findings on resources outside it (e.g. collection gaps) match only tag-free suppressions.
 */
export function applySuppressions(
  findings: readonly FingerprintedFinding[],
  suppressions: readonly SuppressionRule[],
  inventory: Inventory,
  now: Date,
): ScanFinding[] {
  const active = suppressions
    .filter((s) => !isExpired(s, now))
    .sort(byPrecedence)
    .map(compile)
  return findings.map((f) => {
    // A `muted` carried in from elsewhere (e.g. an earlier run) is recomputed, never trusted.
    const finding: ScanFinding = { ...f }
    delete finding.muted
    if (finding.status === 'pass' || active.length === 0) return finding
    const tags = inventory.get(finding.resource.uid)?.tags ?? {}
    const hit = active.find((c) => matchesCompiled(c, finding, tags))
    if (!hit) return finding
    const { id, reason, owner, expiresAt } = hit.rule
    return { ...finding, muted: { suppressionId: id, reason, owner, expiresAt } }
  })
}
