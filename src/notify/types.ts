/**
 * Alerts: what is sent (Alert), where (Channel and its config), and on which findings (AlertRule). Alerts are planned
 * from a scan's lifecycle events, queued in the store's outbox in the scan's own transaction, and delivered from there
 * with retries (dispatch.ts), so nothing is lost when a channel is down.
 */
import type { Severity } from '../core/finding.js'
import type { Provider } from '../core/resource.js'
import type { ReportFinding } from '../report/model.js'

/** Lifecycle events that can alert (muted findings never do; `unmuted` is a finding back in view after a suppression ended). */
export const ALERT_EVENTS = ['new', 'reopened', 'resolved', 'unmuted'] as const
/** A lifecycle event that can alert. */
export type AlertEvent = (typeof ALERT_EVENTS)[number]
/** What a rule can select: lifecycle events, or `open` (digest channels only: every scan's whole open set). */
export type RuleEvent = AlertEvent | 'open'

/** The scan an alert comes from. */
export interface AlertScan {
  id: string
  seq: number
  target: string
  provider: Provider
  finishedAt: string
}

/** A finding in an alert: the report's finding shape, its fingerprint, and what routing looked at. */
export interface AlertFinding extends ReportFinding {
  fingerprint: string
  /** Resource tags (owner routing and tag filters read them; shown as context). */
  tags: Record<string, string>
  /** When the finding was first seen (ISO-8601), when known. */
  firstSeenAt?: string
  /** Why the check matters (its rationale), when known. */
  rationale?: string
}

/** One finding's lifecycle event, for one channel. */
export interface FindingAlert {
  kind: 'finding'
  event: AlertEvent
  scan: AlertScan
  finding: AlertFinding
  /** Owner taken from the routing tag, when the rule routes by owner. */
  owner?: string
  /** Where to read more (config `alerts.link` with {scan}, {fingerprint}, {check} filled in), if configured. */
  link?: string
  /** Jira per-check issues: findings of this check still open on this channel after this event. */
  openForCheck?: number
  /** True for `posture alerts test` samples. */
  test?: boolean
}

/** One message per scan for a digest channel: counts and the top findings. */
export interface DigestAlert {
  kind: 'digest'
  scan: AlertScan
  /** Events of this scan routed to the channel; `open` is the whole open set when a rule asked for it, else null. */
  counts: Record<AlertEvent, number> & { open: number | null }
  /** New, reopened and unmuted findings (and the open set when counted) by severity. */
  bySeverity: Record<Severity, number>
  /** The most severe items, at most the channel's `digestTop`. */
  top: { event: AlertEvent | 'open'; finding: AlertFinding }[]
  /** Items not in `top`. */
  more: number
  link?: string
  test?: boolean
}

/** Sent after a channel's per-scan cap: "and N more". */
export interface OverflowAlert {
  kind: 'overflow'
  scan: AlertScan
  /** Alerts sent one by one this scan (the cap). */
  shown: number
  /** Alerts held back. */
  more: number
  bySeverity: Record<Severity, number>
  link?: string
}

/** Anything a channel sends. Stored as JSON in the outbox, so it must stay plain data. */
export type Alert = FindingAlert | DigestAlert | OverflowAlert

/**
 * The outcome of one delivery attempt. Expected failures are values, never exceptions: `retryable` for network errors,
 * timeouts, 5xx and 429 (with the server's Retry-After when given); not retryable for a rejected request (4xx).
 */
export type DeliveryResult = { ok: true; ref?: string; detail?: string } | { ok: false; retryable: boolean; reason: string; retryAfterMs?: number }

/** What a channel gets besides the alert. */
export interface DeliveryContext {
  /** Outbox key: unique per (alert, channel); receivers may use it for idempotency. */
  deliveryId: string
  /** 1 for the first attempt. */
  attempt: number
  signal?: AbortSignal
  now(): Date
}

/** The channel types, each a module in notify/channels/. */
export const CHANNEL_TYPES = ['slack', 'teams', 'webhook', 'email', 'jira', 'pagerduty'] as const
/** A channel type. */
export type ChannelType = (typeof CHANNEL_TYPES)[number]
/** Types that can only carry one finding per message (they track each finding as an issue or incident). */
export const PER_FINDING_TYPES: readonly ChannelType[] = ['jira', 'pagerduty']

/** A configured destination. `send` never throws for delivery failures: it returns them. */
export interface Channel {
  readonly name: string
  readonly type: ChannelType
  send(alert: Alert, ctx: DeliveryContext): Promise<DeliveryResult>
}

/** Settings every channel has. */
export interface ChannelCommon {
  name: string
  /** immediate: one message per finding event (up to `cap` per scan); digest: one message per scan. */
  mode: 'immediate' | 'digest'
  /** Findings listed in a digest (default 10). */
  digestTop: number
  /** Immediate mode: at most this many finding messages per scan, then one "and N more" (null: no cap). */
  cap: number | null
  /** At most `count` deliveries per `perMs` (null: unlimited); the rest wait, never dropped. */
  rateLimit: { count: number; perMs: number } | null
  /** Per-request timeout (default 10 s). */
  timeoutMs: number
}

/** Slack incoming webhook. */
export interface SlackConfig extends ChannelCommon {
  type: 'slack'
  url: string
}

/** Microsoft Teams Workflows webhook (Adaptive Card). */
export interface TeamsConfig extends ChannelCommon {
  type: 'teams'
  url: string
}

/** Generic JSON webhook, signed with HMAC-SHA256 over `${timestamp}.${body}`. */
export interface WebhookConfig extends ChannelCommon {
  type: 'webhook'
  url: string
  secret: string
  headers: Record<string, string>
}

/** Email over SMTP (nodemailer). */
export interface EmailConfig extends ChannelCommon {
  type: 'email'
  host: string
  port: number
  /** TLS from the first byte (port 465). */
  secure: boolean
  /** Refuse to send unless STARTTLS succeeds. */
  requireTls: boolean
  /** Verify the server certificate (default true). */
  rejectUnauthorized: boolean
  /** Extra CA certificate(s), PEM text read from the configured file. */
  ca?: string
  user?: string
  pass?: string
  from: string
  to: string[]
  subjectPrefix: string
}

/** Jira Cloud REST v3. */
export interface JiraConfig extends ChannelCommon {
  type: 'jira'
  /** Site URL, e.g. https://example.atlassian.net */
  url: string
  email: string
  apiToken: string
  project: string
  issueType: string
  /** One issue per finding (default) or one per check. */
  per: 'finding' | 'check'
  /** Extra labels on created issues. */
  labels: string[]
  /** Transition names to apply on resolve and on reopen. */
  resolveTransition: string
  reopenTransition: string
}

/** PagerDuty Events API v2. */
export interface PagerDutyConfig extends ChannelCommon {
  type: 'pagerduty'
  routingKey: string
  /** Events endpoint (default https://events.pagerduty.com/v2/enqueue). */
  url: string
}

/** A validated channel configuration. */
export type ChannelConfig = SlackConfig | TeamsConfig | WebhookConfig | EmailConfig | JiraConfig | PagerDutyConfig

/** Which findings a rule selects. Every given field must match; lists match any of their entries; globs use * and ?. */
export interface AlertFilters {
  providers?: Provider[]
  accounts?: string[]
  regions?: string[]
  /** Service part of the resource type ('s3' of 'aws.s3.bucket'). */
  services?: string[]
  /** Check id globs. */
  checks?: string[]
  /** Framework ids (a finding matches when its check maps to one). */
  frameworks?: string[]
  /** Tag key → value glob. */
  tags?: Record<string, string>
}

/** A routing rule: which events of which findings go to which channels. */
export interface AlertRule {
  name: string
  on: RuleEvent[]
  minSeverity: Severity
  filters: AlertFilters
  channels: string[]
  /** Route by a resource tag: the first tag present picks the channel from `channels`; `fallback` when none matches. */
  owner?: { tags: string[]; channels: Record<string, string>; fallback?: string }
}

/** Delivery retry policy: exponential backoff from `baseMs` to `maxMs`; an alert undelivered after `maxAgeMs` fails. */
export interface RetryPolicy {
  baseMs: number
  maxMs: number
  maxAgeMs: number
}

/** The config file's `alerts:` section, validated. */
export interface AlertsConfig {
  channels: ChannelConfig[]
  rules: AlertRule[]
  /** Link template with {scan}, {fingerprint}, {check}. */
  link?: string
  retry: RetryPolicy
}

/** Defaults: retry for a day, backing off from 30 s to 15 min, so an hour-long outage loses nothing. */
export const DEFAULT_RETRY: RetryPolicy = { baseMs: 30_000, maxMs: 15 * 60_000, maxAgeMs: 24 * 3_600_000 }
