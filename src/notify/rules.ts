/** Which rules select a finding, and which channels they route it to (direct, or by an owner tag with a fallback). */
import { isAtLeast } from '../core/finding.js'
import { globToRegExp } from '../core/glob.js'
import type { AlertFilters, AlertFinding, AlertRule, RuleEvent } from './types.js'

/** The service part of a resource type: 's3' of 'aws.s3.bucket', 'storage' of 'azure.storage.account'. */
export function serviceOf(type: string): string {
  return type.split('.')[1] ?? type
}

/** True when `value` matches one of the globs (case-insensitive, like suppressions). */
function anyGlob(value: string, globs: readonly string[]): boolean {
  return globs.some((g) => globToRegExp(g).test(value))
}

/** True when the finding passes every filter given (an absent filter matches everything). */
export function matchesFilters(f: AlertFinding, filters: AlertFilters): boolean {
  const r = f.resource
  if (filters.providers && !filters.providers.includes(r.provider)) return false
  if (filters.accounts && !anyGlob(r.account, filters.accounts)) return false
  if (filters.regions && !anyGlob(r.region, filters.regions)) return false
  if (filters.services && !anyGlob(serviceOf(r.type), filters.services)) return false
  if (filters.checks && !anyGlob(f.checkId, filters.checks)) return false
  if (filters.frameworks && !f.compliance.some((c) => filters.frameworks!.includes(c.framework))) return false
  if (filters.tags) {
    for (const [key, glob] of Object.entries(filters.tags)) {
      const value = f.tags[key]
      if (value === undefined || !globToRegExp(glob).test(value)) return false
    }
  }
  return true
}

/** True when the rule selects this event of this finding (event, minimum severity, filters). */
export function ruleSelects(rule: AlertRule, event: RuleEvent, f: AlertFinding): boolean {
  return rule.on.includes(event) && isAtLeast(f.severity, rule.minSeverity) && matchesFilters(f, rule.filters)
}

/** The owner a rule reads from the finding's resource tags: the first routing tag present. */
export function ownerOf(rule: AlertRule, f: AlertFinding): string | undefined {
  for (const tag of rule.owner?.tags ?? []) {
    const value = f.tags[tag]
    if (value !== undefined && value !== '') return value
  }
  return undefined
}

/** Where a rule sends a finding: its direct channels plus the owner's channel (or the fallback when no owner matches). */
export function routeOf(rule: AlertRule, f: AlertFinding): { channels: string[]; owner?: string } {
  const channels = [...rule.channels]
  const owner = ownerOf(rule, f)
  if (rule.owner) {
    const routed = owner !== undefined ? rule.owner.channels[owner] : undefined
    const target = routed ?? rule.owner.fallback
    if (target) channels.push(target)
  }
  return { channels: [...new Set(channels)], ...(owner !== undefined ? { owner } : {}) }
}

/** Every channel a rule can send to (direct, owner channels, fallback): where its resolved notices may go. */
export function ruleTargets(rule: AlertRule): Set<string> {
  return new Set([...rule.channels, ...Object.values(rule.owner?.channels ?? {}), ...(rule.owner?.fallback ? [rule.owner.fallback] : [])])
}
