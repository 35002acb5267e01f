/**
 * PagerDuty channel (Events API v2, https://developer.pagerduty.com/docs/events-api-v2/trigger-events/): a failing
 * finding triggers an alert whose `dedup_key` is the finding's fingerprint, so repeated triggers fold into one incident
 * and the resolve event (https://developer.pagerduty.com/docs/events-api-v2/resolve-events/) closes exactly that one.
 */
import type { Severity } from '../../core/finding.js'
import { headline } from '../message.js'
import type { Channel, DeliveryResult, FindingAlert, PagerDutyConfig } from '../types.js'
import { request, type HttpOutcome } from './http.js'

/** PagerDuty's limit on `payload.summary` (characters). */
export const PAGERDUTY_SUMMARY_MAX = 1024

/** The severities PagerDuty accepts. */
export type PagerDutySeverity = 'critical' | 'error' | 'warning' | 'info'

/** Posture severity → PagerDuty severity (PagerDuty has four levels; low and informational both become info). */
export const PAGERDUTY_SEVERITY: Record<Severity, PagerDutySeverity> = {
  critical: 'critical',
  high: 'error',
  medium: 'warning',
  low: 'info',
  informational: 'info',
}

/** An Events API v2 event as Posture sends it. */
export interface PagerDutyEvent {
  routing_key: string
  event_action: 'trigger' | 'resolve'
  dedup_key: string
  payload?: {
    summary: string
    source: string
    severity: PagerDutySeverity
    timestamp: string
    component: string
    group: string
    class: string
    custom_details: Record<string, unknown>
  }
  links?: { href: string; text: string }[]
  client?: string
}

function summary(alert: FindingAlert): string {
  const line = `${headline(alert)} — ${alert.finding.resource.name}`.replace(/\s+/g, ' ').trim()
  return line.length > PAGERDUTY_SUMMARY_MAX ? `${line.slice(0, PAGERDUTY_SUMMARY_MAX - 1)}…` : line
}

/** What responders see under "custom details": the finding's context and its fix, without empty entries. */
function customDetails(alert: FindingAlert): Record<string, unknown> {
  const f = alert.finding
  const details: Record<string, unknown> = {
    event: alert.event,
    message: f.message,
    why_it_matters: f.rationale,
    account: f.resource.account,
    region: f.resource.region,
    resource: `${f.resource.name} (${f.resource.type})`,
    fix_steps: f.remediation.steps,
    cli: f.remediation.cli,
    owner: alert.owner,
    scan_id: alert.scan.id,
  }
  return Object.fromEntries(Object.entries(details).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0)))
}

/** The event for a finding alert: resolve for a resolved finding, else trigger (new, reopened, unmuted). */
export function pagerDutyEvent(alert: FindingAlert, routingKey: string): PagerDutyEvent {
  // A resolve event needs only the key (https://developer.pagerduty.com/docs/events-api-v2/resolve-events/).
  if (alert.event === 'resolved') return { routing_key: routingKey, event_action: 'resolve', dedup_key: alert.finding.fingerprint }
  const f = alert.finding
  return {
    routing_key: routingKey,
    event_action: 'trigger',
    dedup_key: f.fingerprint,
    payload: {
      summary: summary(alert),
      source: f.resource.uid,
      severity: PAGERDUTY_SEVERITY[f.severity],
      timestamp: alert.scan.finishedAt,
      component: f.resource.type,
      group: f.resource.account,
      class: f.checkId,
      custom_details: customDetails(alert),
    },
    ...(alert.link ? { links: [{ href: alert.link, text: 'Finding in Posture' }] } : {}),
    client: 'Posture',
  }
}

/** PagerDuty's `errors` list from a 400 answer ({ status, message, errors }). */
function pagerDutyErrors(text: string | undefined): string {
  try {
    const body = JSON.parse(text ?? '') as { message?: unknown; errors?: unknown }
    const errors = Array.isArray(body.errors) ? body.errors.map(String) : []
    return errors.length ? errors.join('; ') : typeof body.message === 'string' ? body.message : ''
  } catch {
    return ''
  }
}

/** A failed exchange as a delivery result; the routing key (a secret) is never part of the reason. */
function failure(outcome: Extract<HttpOutcome, { ok: false }>, routingKey: string): DeliveryResult {
  const after = outcome.retryAfterMs !== undefined ? { retryAfterMs: outcome.retryAfterMs } : {}
  let reason: string
  if (outcome.status === undefined) reason = `PagerDuty: ${outcome.reason}`
  else if (outcome.status === 400) reason = `PagerDuty rejected the event (HTTP 400): ${pagerDutyErrors(outcome.text) || 'invalid event'}`
  else if (outcome.status === 429) reason = 'PagerDuty: rate limited (HTTP 429)'
  else reason = `PagerDuty: HTTP ${outcome.status}`
  if (routingKey.length >= 4) reason = reason.split(routingKey).join('***')
  return { ok: false, retryable: outcome.retryable, reason, ...after }
}

/** The dedup key PagerDuty answered with (202 { status: 'success', message, dedup_key }). */
function acceptedKey(text: string, fallback: string): string {
  try {
    const body = JSON.parse(text) as { dedup_key?: unknown }
    return typeof body.dedup_key === 'string' ? body.dedup_key : fallback
  } catch {
    return fallback
  }
}

/** A PagerDuty channel: triggers and resolves one alert per finding. Digest and overflow alerts are refused. */
export function createPagerDutyChannel(config: PagerDutyConfig): Channel {
  return {
    name: config.name,
    type: 'pagerduty',
    async send(alert, ctx) {
      if (alert.kind !== 'finding') {
        return {
          ok: false,
          retryable: false,
          reason: `PagerDuty channel "${config.name}" alerts on findings one by one; ${alert.kind} alerts are not supported`,
        }
      }
      const event = pagerDutyEvent(alert, config.routingKey)
      const outcome = await request(config.url, {
        method: 'POST',
        headers: { accept: 'application/json' },
        body: event,
        timeoutMs: config.timeoutMs,
        signal: ctx.signal,
      })
      if (!outcome.ok) return failure(outcome, config.routingKey)
      return { ok: true, ref: acceptedKey(outcome.text, event.dedup_key), detail: event.event_action === 'resolve' ? 'resolved' : 'triggered' }
    },
  }
}
