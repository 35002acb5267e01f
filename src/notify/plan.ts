/**
 * Plans a scan's alerts from its lifecycle events: which channels hear about which finding events, digests for digest
 * channels, a cap with "and N more" for immediate ones. Runs inside the store's finishScan transaction (AlertPlanner),
 * so it is pure and synchronous: everything it needs is handed to it.
 */
import { severityRank } from '../core/finding.js'
import type { Resource } from '../core/resource.js'
import type { CheckMeta } from '../evaluate/define-check.js'
import type {
  AlertPlan,
  AlertPlanInput,
  AlertPlanner,
  AlertSubject,
  FindingEvent,
  FindingRecord,
  NewOutboxEntry,
  ScanFinding,
} from '../store/types.js'
import { zeroBySeverity } from './message.js'
import { routeOf, ruleSelects, ruleTargets } from './rules.js'
import {
  ALERT_EVENTS,
  PER_FINDING_TYPES,
  type AlertEvent,
  type AlertFinding,
  type AlertScan,
  type AlertsConfig,
  type ChannelConfig,
  type DigestAlert,
  type FindingAlert,
} from './types.js'

/** What the planner knows about the scan besides its events. */
export interface PlanSources {
  /** This scan's evaluated findings (passes included). */
  findings: readonly ScanFinding[]
  /** This scan's resources (for tags). */
  resources: readonly Resource[]
  /** Check metadata by id (titles and fixes of findings whose resource is gone). */
  checks: ReadonlyMap<string, CheckMeta>
}

/** One routed finding event for one channel. */
interface Routed {
  event: AlertEvent | 'open'
  finding: AlertFinding
  owner?: string
}

const EVENT_ORDER: Record<AlertEvent | 'open', number> = { new: 0, reopened: 1, unmuted: 2, open: 3, resolved: 4 }

/** Most severe first, then new before reopened before resolved, then check and resource for a stable order. */
function compareRouted(a: Routed, b: Routed): number {
  return (
    severityRank(a.finding.severity) - severityRank(b.finding.severity) ||
    EVENT_ORDER[a.event] - EVENT_ORDER[b.event] ||
    a.finding.checkId.localeCompare(b.finding.checkId) ||
    a.finding.resource.uid.localeCompare(b.finding.resource.uid)
  )
}

/** Fills the link template's placeholders. */
export function linkFor(template: string | undefined, scanId: string, f?: AlertFinding): string | undefined {
  if (!template) return undefined
  return template
    .replaceAll('{scan}', encodeURIComponent(scanId))
    .replaceAll('{fingerprint}', encodeURIComponent(f?.fingerprint ?? ''))
    .replaceAll('{check}', encodeURIComponent(f?.checkId ?? ''))
}

/** Builds the alert's view of a finding: this scan's result, else (resource removed) its lifecycle row and the check. */
function alertFinding(
  event: FindingEvent,
  sources: PlanSources,
  byFingerprint: ReadonlyMap<string, ScanFinding>,
  tags: ReadonlyMap<string, Record<string, string>>,
  record: FindingRecord | undefined,
  scan: AlertScan,
): AlertFinding | undefined {
  const found = byFingerprint.get(event.fingerprint)
  const meta = sources.checks.get(event.checkId)
  const common = {
    fingerprint: event.fingerprint,
    firstSeenAt: record?.firstSeenAt,
    rationale: meta?.rationale,
    tags: tags.get(event.resourceUid) ?? {},
  }
  // A resolved finding is announced with the failure it had, not the pass message.
  if (found) return { ...found, ...common, ...(event.kind === 'resolved' && record ? { message: record.message } : {}) }
  if (!meta || !record) return undefined
  const name = event.resourceUid.split(/[/:]/).pop() ?? event.resourceUid
  return {
    ...common,
    checkId: event.checkId,
    title: meta.title,
    status: 'pass',
    severity: event.severity,
    resource: { uid: event.resourceUid, type: record.resourceType, provider: scan.provider, account: record.account, region: record.region, name },
    message: record.message,
    remediation: meta.remediation,
    compliance: [],
  }
}

/** Routes one event to channels: lifecycle rules for new/reopened/unmuted; resolved only where it was announced. */
function route(
  config: AlertsConfig,
  item: Routed,
  subjects: readonly AlertSubject[],
  channels: ReadonlyMap<string, ChannelConfig>,
): Map<string, Routed> {
  const out = new Map<string, Routed>()
  for (const rule of config.rules) {
    if (item.event === 'resolved') {
      if (!rule.on.includes('resolved')) continue
      const targets = ruleTargets(rule)
      for (const s of subjects) if (s.state === 'open' && targets.has(s.channel) && !out.has(s.channel)) out.set(s.channel, item)
      // Digest channels count resolutions of findings the rule selects (they keep no per-finding subjects).
      if (ruleSelects(rule, 'resolved', item.finding)) {
        for (const c of routeOf(rule, item.finding).channels) if (channels.get(c)?.mode === 'digest' && !out.has(c)) out.set(c, item)
      }
      continue
    }
    if (!ruleSelects(rule, item.event, item.finding)) continue
    const { channels: targets, owner } = routeOf(rule, item.finding)
    for (const c of targets) if (!out.has(c)) out.set(c, owner !== undefined ? { ...item, owner } : item)
  }
  return out
}

/** The open set for digest channels whose rules ask for `open`: every unmuted failure of the scan they select. */
function openSet(
  config: AlertsConfig,
  sources: PlanSources,
  tags: ReadonlyMap<string, Record<string, string>>,
  channels: ReadonlyMap<string, ChannelConfig>,
) {
  const byChannel = new Map<string, Routed[]>()
  const rules = config.rules.filter((r) => r.on.includes('open'))
  if (rules.length === 0) return byChannel
  for (const f of sources.findings) {
    if (f.status !== 'fail' || f.muted) continue
    const finding: AlertFinding = { ...f, tags: tags.get(f.resource.uid) ?? {}, rationale: sources.checks.get(f.checkId)?.rationale }
    const seen = new Set<string>()
    for (const rule of rules) {
      if (!ruleSelects(rule, 'open', finding)) continue
      for (const c of routeOf(rule, finding).channels) {
        if (channels.get(c)?.mode !== 'digest' || seen.has(c)) continue
        seen.add(c)
        const list = byChannel.get(c)
        if (list) list.push({ event: 'open', finding })
        else byChannel.set(c, [{ event: 'open', finding }])
      }
    }
  }
  return byChannel
}

/** The digest entry of one channel. */
function digestEntry(channel: ChannelConfig, scan: AlertScan, items: Routed[], open: Routed[] | undefined, link?: string): NewOutboxEntry {
  const counts = { ...(Object.fromEntries(ALERT_EVENTS.map((e) => [e, 0])) as Record<AlertEvent, number>), open: open ? open.length : null }
  const bySeverity = zeroBySeverity()
  for (const i of items) if (i.event !== 'open') counts[i.event]++
  const listed = [...items.filter((i) => i.event !== 'resolved'), ...(open ?? [])]
  for (const i of listed) bySeverity[i.finding.severity]++
  // An open finding that is also new this scan is listed once, as new.
  const unique = [...new Map([...listed, ...items.filter((i) => i.event === 'resolved')].map((i) => [i.finding.fingerprint, i])).values()]
  // Problems first (most severe first), resolutions after them.
  const top = unique
    .sort((a, b) => Number(a.event === 'resolved') - Number(b.event === 'resolved') || compareRouted(a, b))
    .slice(0, channel.digestTop)
  const alert: DigestAlert = {
    kind: 'digest',
    scan,
    counts,
    bySeverity,
    top: top.map((i) => ({ event: i.event, finding: i.finding })),
    more: unique.length - top.length,
    ...(link ? { link } : {}),
  }
  return {
    key: `${channel.name}:scan:${scan.seq}:digest`,
    channel: channel.name,
    kind: 'digest',
    event: 'digest',
    fingerprint: null,
    checkId: null,
    scanSeq: scan.seq,
    severity: null,
    payload: alert,
  }
}

/** A finding entry of one immediate channel. */
function findingEntry(
  channel: string,
  scan: AlertScan,
  item: Routed & { event: AlertEvent },
  link: string | undefined,
  openForCheck?: number,
): NewOutboxEntry {
  const alert: FindingAlert = {
    kind: 'finding',
    event: item.event,
    scan,
    finding: item.finding,
    ...(item.owner !== undefined ? { owner: item.owner } : {}),
    ...(link ? { link } : {}),
    ...(openForCheck !== undefined ? { openForCheck } : {}),
  }
  return {
    key: `${channel}:scan:${scan.seq}:${item.event}:${item.finding.fingerprint}`,
    channel,
    kind: 'finding',
    event: item.event,
    fingerprint: item.finding.fingerprint,
    checkId: item.finding.checkId,
    scanSeq: scan.seq,
    severity: item.finding.severity,
    payload: alert,
  }
}

/** Entries and subject changes of one immediate channel; chat channels stop at `cap` and add one "and N more". */
function immediateEntries(
  channel: ChannelConfig,
  scan: AlertScan,
  items: Routed[],
  input: AlertPlanInput,
  link: string | undefined,
  plan: AlertPlan,
): void {
  const sorted = items.sort(compareRouted) as (Routed & { event: AlertEvent })[]
  const capped = channel.cap !== null && !PER_FINDING_TYPES.includes(channel.type) && sorted.length > channel.cap
  const shown = capped ? sorted.slice(0, channel.cap!) : sorted
  // Open findings per check after this scan, for per-check issues (Jira) that close only when none is left.
  const openCount = new Map<string, number>()
  for (const i of sorted) {
    const key = `${channel.name}\u0000${i.finding.checkId}`
    const delta = i.event === 'resolved' ? -1 : 1
    openCount.set(i.finding.checkId, (openCount.get(i.finding.checkId) ?? input.openByCheck.get(key) ?? 0) + delta)
  }
  for (const i of shown) {
    const open = channel.type === 'jira' ? Math.max(0, openCount.get(i.finding.checkId) ?? 0) : undefined
    plan.entries.push(findingEntry(channel.name, scan, i, linkFor(link, scan.id, i.finding), open))
  }
  for (const i of sorted) {
    plan.subjects.push({
      channel: channel.name,
      fingerprint: i.finding.fingerprint,
      checkId: i.finding.checkId,
      state: i.event === 'resolved' ? 'resolved' : 'open',
    })
  }
  if (capped) {
    const rest = sorted.slice(channel.cap!)
    const bySeverity = zeroBySeverity()
    for (const i of rest) bySeverity[i.finding.severity]++
    plan.entries.push({
      key: `${channel.name}:scan:${scan.seq}:overflow`,
      channel: channel.name,
      kind: 'overflow',
      event: 'overflow',
      fingerprint: null,
      checkId: null,
      scanSeq: scan.seq,
      severity: null,
      payload: { kind: 'overflow', scan, shown: shown.length, more: rest.length, bySeverity, ...(link ? { link: linkFor(link, scan.id) } : {}) },
    })
  }
}

/** Subjects of channels that were told about a finding that is now muted: no message, but no resolved notice later. */
function mutedSubjects(events: readonly FindingEvent[], input: AlertPlanInput): Omit<AlertSubject, 'seq'>[] {
  return events
    .filter((e) => e.kind === 'muted')
    .flatMap((e) => (input.subjects.get(e.fingerprint) ?? []).filter((s) => s.state === 'open').map((s) => ({ ...s, state: 'muted' as const })))
}

/**
 * The planner for one scan. Muted findings never alert; each (event, finding) reaches a channel once whatever the number
 * of rules selecting it; resolved notices go only to channels told about the finding (digest channels: counted).
 */
export function alertPlanner(config: AlertsConfig, sources: PlanSources): AlertPlanner {
  return (input) => {
    const scan: AlertScan = {
      id: input.scan.id,
      seq: input.scan.seq,
      target: input.scan.target,
      provider: input.scan.provider,
      finishedAt: input.scan.finishedAt ?? new Date().toISOString(),
    }
    const channels = new Map(config.channels.map((c) => [c.name, c]))
    const byFingerprint = new Map(sources.findings.map((f) => [f.fingerprint, f]))
    const tags = new Map(sources.resources.map((r) => [r.uid, r.tags]))
    const perChannel = new Map<string, Routed[]>()
    for (const event of input.events) {
      if (!(ALERT_EVENTS as readonly string[]).includes(event.kind)) continue
      const finding = alertFinding(event, sources, byFingerprint, tags, input.records.get(event.fingerprint), scan)
      if (!finding || finding.muted) continue
      const routed = route(config, { event: event.kind as AlertEvent, finding }, input.subjects.get(event.fingerprint) ?? [], channels)
      for (const [c, item] of routed) {
        if (!channels.has(c)) continue
        const list = perChannel.get(c)
        if (list) list.push(item)
        else perChannel.set(c, [item])
      }
    }
    const open = openSet(config, sources, tags, channels)
    const plan: AlertPlan = { entries: [], subjects: mutedSubjects(input.events, input) }
    for (const channel of config.channels) {
      const items = perChannel.get(channel.name) ?? []
      if (channel.mode === 'digest') {
        const openItems = open.get(channel.name)
        const asksOpen = config.rules.some((r) => r.on.includes('open') && ruleTargets(r).has(channel.name))
        if (items.length > 0 || asksOpen)
          plan.entries.push(digestEntry(channel, scan, items, asksOpen ? (openItems ?? []) : undefined, linkFor(config.link, scan.id)))
      } else if (items.length > 0) immediateEntries(channel, scan, items, input, config.link, plan)
    }
    return plan
  }
}
