/** Wording shared by every channel, so Slack, Teams, email and Jira say the same thing about an alert. */
import { SEVERITIES, type Severity } from '../core/finding.js'
import type { AlertEvent, AlertFinding, DigestAlert, FindingAlert, OverflowAlert } from './types.js'

/** How each lifecycle event is announced. */
export const EVENT_LABELS: Record<AlertEvent | 'open', string> = {
  new: 'New',
  reopened: 'Reopened',
  resolved: 'Resolved',
  unmuted: 'No longer muted',
  open: 'Open',
}

/** Severity as shown in messages. */
export function severityLabel(s: Severity): string {
  return s.toUpperCase()
}

/**
 * One line naming the event, severity and check title: "New HIGH failure: S3 bucket blocks public access". Titles state
 * the desired state, so a problem says "failure" lest it read as good news; a resolved one reads as the title.
 */
export function headline(alert: FindingAlert): string {
  return `${alert.test ? '[TEST] ' : ''}${eventLabel(alert.event, alert.finding.severity)}: ${alert.finding.title}`
}

/** "New HIGH failure", "Open LOW failure", "Resolved HIGH": how a finding's event is named in headlines and lists. */
export function eventLabel(event: AlertEvent | 'open', severity: Severity): string {
  return `${EVENT_LABELS[event]} ${severityLabel(severity)}${event === 'resolved' ? '' : ' failure'}`
}

/** Where the resource is: "name (type) in account 123456789012, region eu-west-1". */
export function resourceLine(f: AlertFinding): string {
  return `${f.resource.name} (${f.resource.type}) in account ${f.resource.account}, region ${f.resource.region}`
}

/** What was seen, or for a resolved finding that it now passes. */
export function statusLine(alert: FindingAlert): string {
  return alert.event === 'resolved' ? `Fixed: the check passes now (was: ${alert.finding.message})` : alert.finding.message
}

/** Label → value facts about a finding alert, in the order every channel shows them (undefined: not shown). */
export function findingFacts(alert: FindingAlert): [string, string | undefined][] {
  const f = alert.finding
  return [
    ['Severity', severityLabel(f.severity)],
    ['Resource', f.resource.name],
    ['Type', f.resource.type],
    ['UID', f.resource.uid],
    ['Account', f.resource.account],
    ['Region', f.resource.region],
    ['Check', f.checkId],
    ['Owner', alert.owner],
    ['First seen', f.firstSeenAt],
  ]
}

/** Why the check matters (its rationale), for problems only: a resolved alert needs no persuading. */
export function whyLine(alert: FindingAlert): string | undefined {
  return alert.event === 'resolved' ? undefined : alert.finding.rationale || undefined
}

/** The fix as plain text lines: numbered steps, then the CLI command. Empty for resolved alerts. */
export function fixLines(alert: FindingAlert): string[] {
  if (alert.event === 'resolved') return []
  const r = alert.finding.remediation
  return [...r.steps.map((s, i) => `${i + 1}. ${s}`), ...(r.cli ? [`CLI: ${r.cli}`] : [])]
}

/** "Scan <id> of target <t> at <time>". */
export function scanLine(alert: { scan: FindingAlert['scan'] }): string {
  return `Scan ${alert.scan.id} of ${alert.scan.target} at ${alert.scan.finishedAt}`
}

/** Digest title: "Posture digest for production: 3 new, 1 resolved". */
export function digestHeadline(d: DigestAlert): string {
  const c = d.counts
  const parts = [
    `${c.new} new`,
    ...(c.reopened ? [`${c.reopened} reopened`] : []),
    ...(c.unmuted ? [`${c.unmuted} no longer muted`] : []),
    `${c.resolved} resolved`,
    ...(c.open !== null ? [`${c.open} open`] : []),
  ]
  return `${d.test ? '[TEST] ' : ''}Posture digest for ${d.scan.target}: ${parts.join(', ')}`
}

/** Counts by severity, all zero (digests and "and N more" messages fill them in). */
export function zeroBySeverity(): Record<Severity, number> {
  return Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>
}

/** "critical 1, high 3" (severities with a count only). */
export function severityCounts(counts: Record<Severity, number>): string {
  const parts = SEVERITIES.filter((s) => counts[s] > 0).map((s) => `${s} ${counts[s]}`)
  return parts.length ? parts.join(', ') : 'none'
}

/** The "and N more" line of a digest or overflow message. */
export function moreLine(more: number): string | undefined {
  return more > 0 ? `…and ${more} more` : undefined
}

/** Overflow title: "Posture: 25 alerts sent for production, and 40 more (critical 2, high 38)". */
export function overflowHeadline(o: OverflowAlert): string {
  return `Posture: ${o.shown} alerts sent for ${o.scan.target}, and ${o.more} more (${severityCounts(o.bySeverity)})`
}
