/** Validation of `alerts.rules`: events, minimum severity, filters, and the channels (direct or by owner tag) they route to. */
import { SEVERITIES } from '../core/finding.js'
import type { Provider } from '../core/resource.js'
import { ALERT_EVENTS, type AlertFilters, type AlertRule, type ChannelConfig, type RuleEvent } from '../notify/types.js'
import type { ConfigContext } from './config.js'
import type { ConfigIssue } from './config-types.js'
import { EntryReader, isRecord, type Path } from './config-alerts-fields.js'

const FILTER_KEYS = ['providers', 'accounts', 'regions', 'services', 'checks', 'frameworks', 'tags'] as const
const RULE_KEYS = ['name', 'on', 'minSeverity', ...FILTER_KEYS, 'channels', 'owner'] as const
const OWNER_KEYS = ['tag', 'channels', 'fallback'] as const
const RULE_EVENTS: readonly RuleEvent[] = [...ALERT_EVENTS, 'open']
const PROVIDERS: readonly Provider[] = ['aws', 'azure', 'gcp']
/** Events a rule selects when it gives no `on`. */
export const DEFAULT_RULE_EVENTS: RuleEvent[] = ['new', 'reopened', 'unmuted', 'resolved']

/** The channels configured: valid ones by name, and the names of those skipped as invalid (for a precise message). */
export interface KnownChannels {
  valid: ReadonlyMap<string, ChannelConfig>
  invalid: ReadonlySet<string>
}

/** A list of allowed words (`on`, `providers`); undefined when absent. */
function words<T extends string>(r: EntryReader, key: string, allowed: readonly T[]): T[] | undefined {
  const list = r.strings(key)
  const isList = Array.isArray(r.value([key]))
  const rawList = isList ? (r.value([key]) as unknown[]) : []
  list?.forEach((word) => {
    if ((allowed as readonly string[]).includes(word)) return
    const i = rawList.findIndex((v) => typeof v === 'string' && v.trim() === word)
    const rel: Path = isList && i >= 0 ? [key, i] : [key]
    r.fail(rel, `${key}: ${r.show(rel, word)} is not one of ${allowed.join(', ')}`)
  })
  return list as T[] | undefined
}

/** The filters of a rule; only the fields given. */
function filters(r: EntryReader): AlertFilters {
  const out: AlertFilters = {}
  const providers = words(r, 'providers', PROVIDERS)
  if (providers) out.providers = providers
  for (const key of ['accounts', 'regions', 'services', 'checks', 'frameworks'] as const) {
    const list = r.strings(key)
    if (list) out[key] = list
  }
  const tags = r.stringMap(['tags'])
  if (tags) out.tags = tags
  return out
}

/** A channel reference: kept when it names a valid channel, else reported and dropped (the rest of the rule applies). */
function channelRef(r: EntryReader, rel: Path, name: string | undefined, known: KnownChannels): string | undefined {
  if (name === undefined || name === '') return undefined
  if (known.valid.has(name)) return name
  const why = known.invalid.has(name)
    ? `channel ${r.show(rel, name)} is invalid (see its own issue)`
    : `unknown channel ${r.show(rel, name)} (configured: ${[...known.valid.keys()].join(', ') || 'none'})`
  r.warn(rel, `${why}; dropped from this rule`)
  return undefined
}

/** The rule's direct channels that name valid channels. */
function directChannels(r: EntryReader, known: KnownChannels): string[] {
  const value = r.value(['channels'])
  if (value === undefined || value === null) return []
  if (!Array.isArray(value)) return [channelRef(r, ['channels'], r.text(['channels']), known)].filter((c) => c !== undefined)
  const names = value.map((_, i) => channelRef(r, ['channels', i], r.text(['channels', i]), known))
  return [...new Set(names.filter((c) => c !== undefined))]
}

/** Owner routing: tag(s) to read, tag value → channel, fallback; undefined when absent or left without any channel. */
function ownerRouting(r: EntryReader, known: KnownChannels): AlertRule['owner'] {
  const value = r.value(['owner'])
  if (value === undefined || value === null) return undefined
  if (!isRecord(value)) {
    r.fail(['owner'], 'owner must be a mapping: { tag: owner, channels: { <tag value>: <channel> }, fallback: <channel> }')
    return undefined
  }
  r.unknownKeys(OWNER_KEYS, ['owner'])
  const tagValue = r.value(['owner', 'tag'])
  const tags = Array.isArray(tagValue) ? tagValue.map((_, i) => r.text(['owner', 'tag', i])) : [r.text(['owner', 'tag'])]
  const tagList = [...new Set(tags.filter((t): t is string => t !== undefined && t !== ''))]
  if (tagList.length === 0 && !r.isInvalid) r.fail(['owner', 'tag'], 'owner.tag is required (the tag key, or a list of keys, e.g. owner)')
  const routes = r.stringMap(['owner', 'channels']) ?? {}
  const channels: Record<string, string> = {}
  for (const [owner, channel] of Object.entries(routes)) {
    const ref = channelRef(r, ['owner', 'channels', owner], channel, known)
    if (ref) channels[owner] = ref
  }
  const fallback = channelRef(r, ['owner', 'fallback'], r.text(['owner', 'fallback']), known)
  if (Object.keys(channels).length === 0 && !fallback) {
    r.warn(['owner'], 'owner routing names no valid channel; ignored')
    return undefined
  }
  return { tags: tagList, channels, ...(fallback ? { fallback } : {}) }
}

/** Drops `open` when none of the rule's channels is a digest channel (the whole open set is only sent as a digest). */
function openEvent(r: EntryReader, on: RuleEvent[], targets: string[], known: KnownChannels): RuleEvent[] {
  if (!on.includes('open') || targets.length === 0 || targets.some((name) => known.valid.get(name)?.mode === 'digest')) return on
  const why = '"open" (every scan\'s open set) is sent to digest channels only, and none of this rule\'s channels is in mode digest'
  const rest = on.filter((e) => e !== 'open')
  if (rest.length > 0) r.warn(['on'], `${why}; ignored`)
  else r.fail(['on'], `${why}, so nothing is left to alert on`)
  return rest
}

/** Validates one rule; the rule, or null after recording why it is skipped. */
function parseRule(value: unknown, index: number, ctx: ConfigContext, env: NodeJS.ProcessEnv, known: KnownChannels) {
  const named = isRecord(value) && typeof value.name === 'string' && value.name.trim() !== ''
  const label = named ? `rule "${(value.name as string).trim()}"` : `rule ${index + 1}`
  const r = new EntryReader(ctx, env, ['alerts', 'rules', index], isRecord(value) ? value : {}, label, 'rule skipped')
  if (!isRecord(value)) {
    r.fail([], 'a rule must be a mapping with on, minSeverity, filters and channels (or owner)')
    return { rule: null, issues: r.issues }
  }
  r.unknownKeys(RULE_KEYS)
  const name = r.string('name') || `rule ${index + 1}`
  const given = words(r, 'on', RULE_EVENTS)
  const minSeverity = r.oneOf('minSeverity', SEVERITIES, 'informational')
  const ruleFilters = filters(r)
  const channels = directChannels(r, known)
  const owner = ownerRouting(r, known)
  if (r.value(['channels']) == null && r.value(['owner']) == null) r.fail([], 'channels (or owner) is required: where should it alert?')
  else if (channels.length === 0 && !owner && !r.isInvalid) r.fail([], 'no valid channel left to send to')
  const targets = [...channels, ...Object.values(owner?.channels ?? {}), ...(owner?.fallback ? [owner.fallback] : [])]
  const on = openEvent(r, [...new Set(given ?? DEFAULT_RULE_EVENTS)], targets, known)
  if (r.isInvalid) return { rule: null, issues: r.issues }
  const rule: AlertRule = { name, on, minSeverity, filters: ruleFilters, channels, ...(owner ? { owner } : {}) }
  return { rule, issues: r.issues }
}

/** Validates `alerts.rules`: each invalid rule is reported (file, line, field) and skipped; the others are returned. */
export function parseRules(
  value: unknown,
  ctx: ConfigContext,
  env: NodeJS.ProcessEnv,
  known: KnownChannels,
): { rules: AlertRule[]; issues: ConfigIssue[] } {
  if (value === undefined || value === null) return { rules: [], issues: [] }
  if (!Array.isArray(value)) {
    const issue = {
      file: ctx.file,
      line: ctx.lineOf(['alerts', 'rules']),
      path: 'alerts.rules',
      message: 'alerts.rules must be a list of rules; none applied',
    }
    return { rules: [], issues: [issue] }
  }
  const rules: AlertRule[] = []
  const issues: ConfigIssue[] = []
  value.forEach((entry, index) => {
    const result = parseRule(entry, index, ctx, env, known)
    issues.push(...result.issues)
    if (result.rule) rules.push(result.rule)
  })
  return { rules, issues }
}
