/**
 * A PagerDuty Events API v2 stand-in for channel and integration tests: validates events like
 * https://events.pagerduty.com/v2/enqueue does (https://developer.pagerduty.com/docs/events-api-v2/trigger-events/),
 * answers 202 { status, message, dedup_key } or 400 { status: 'invalid event', message, errors }, and folds triggers and
 * resolves into incidents by dedup_key.
 */
import { startStandIn, type RecordedRequest, type StandIn, type StandInResponse } from './stand-in-server.js'

/** The routing key the stand-in accepts unless told otherwise (32 characters, like a real integration key). */
export const PAGERDUTY_TEST_ROUTING_KEY = 'R0UT1NGKEY0123456789abcdefABCDEF'

/** The path of the enqueue endpoint. */
export const PAGERDUTY_ENQUEUE_PATH = '/v2/enqueue'

/** An event the stand-in accepted. */
export interface PagerDutyStandInEvent {
  routing_key: string
  event_action: 'trigger' | 'acknowledge' | 'resolve'
  dedup_key: string
  payload?: Record<string, unknown>
  links?: { href: string; text?: string }[]
  client?: string
}

/** A running PagerDuty stand-in. */
export interface PagerDutyStandIn {
  /** The full enqueue URL. */
  url: string
  routingKey: string
  standIn: StandIn
  /** Accepted events, in order. */
  events: PagerDutyStandInEvent[]
  /** Incident state by dedup_key. */
  incidents: Map<string, 'triggered' | 'resolved'>
  close(): Promise<void>
}

const SEVERITIES = ['critical', 'error', 'warning', 'info']
const ACTIONS = ['trigger', 'acknowledge', 'resolve']

const invalid = (...errors: string[]): StandInResponse => ({
  status: 400,
  body: { status: 'invalid event', message: 'Event object is invalid', errors },
})

function payloadErrors(payload: unknown): string[] {
  const p = payload as Record<string, unknown> | undefined
  if (!p || typeof p !== 'object') return ["'payload' is missing or blank"]
  const errors: string[] = []
  if (typeof p.summary !== 'string' || !p.summary) errors.push("'payload.summary' is missing or blank")
  else if (p.summary.length > 1024) errors.push("Length of 'payload.summary' is too long (should be at most 1024 characters)")
  if (typeof p.source !== 'string' || !p.source) errors.push("'payload.source' is missing or blank")
  if (!SEVERITIES.includes(p.severity as string)) errors.push("'payload.severity' is invalid (must be one of: critical, error, warning, info)")
  if (p.timestamp !== undefined && (typeof p.timestamp !== 'string' || Number.isNaN(Date.parse(p.timestamp))))
    errors.push("'payload.timestamp' is not a valid ISO 8601 timestamp")
  if (p.custom_details !== undefined && (typeof p.custom_details !== 'object' || p.custom_details === null))
    errors.push("'payload.custom_details' must be an object")
  return errors
}

function eventErrors(e: Record<string, unknown>, routingKey: string): string[] {
  const errors: string[] = []
  if (typeof e.routing_key !== 'string' || e.routing_key.length !== 32) errors.push("Length of 'routing_key' is incorrect (should be 32 characters)")
  else if (e.routing_key !== routingKey) errors.push("'routing_key' is not a valid integration key")
  if (!ACTIONS.includes(e.event_action as string)) errors.push("'event_action' is invalid (must be one of: trigger, acknowledge, resolve)")
  if (typeof e.dedup_key !== 'string' || !e.dedup_key) errors.push("'dedup_key' is missing or blank")
  else if (e.dedup_key.length > 255) errors.push("Length of 'dedup_key' is too long (should be at most 255 characters)")
  if (e.event_action === 'trigger') errors.push(...payloadErrors(e.payload))
  if (e.links !== undefined && (!Array.isArray(e.links) || e.links.some((l: { href?: unknown }) => typeof l?.href !== 'string'))) {
    errors.push("'links' must be a list of objects with an 'href'")
  }
  return errors
}

function handle(
  req: RecordedRequest,
  routingKey: string,
  events: PagerDutyStandInEvent[],
  incidents: Map<string, 'triggered' | 'resolved'>,
): StandInResponse {
  if (req.method !== 'POST' || req.path !== PAGERDUTY_ENQUEUE_PATH) return { status: 404, body: 'not found' }
  if (!String(req.headers['content-type'] ?? '').startsWith('application/json')) return invalid('Content-Type must be application/json')
  const e = req.json as Record<string, unknown> | undefined
  if (!e || typeof e !== 'object' || Array.isArray(e)) return invalid('Event object is not valid JSON')
  const errors = eventErrors(e, routingKey)
  if (errors.length) return invalid(...errors)
  const event = e as unknown as PagerDutyStandInEvent
  events.push(event)
  // A resolve for an unknown key is accepted and does nothing, as PagerDuty does.
  if (event.event_action === 'trigger') incidents.set(event.dedup_key, 'triggered')
  else if (event.event_action === 'resolve' && incidents.has(event.dedup_key)) incidents.set(event.dedup_key, 'resolved')
  return { status: 202, body: { status: 'success', message: 'Event processed', dedup_key: event.dedup_key } }
}

/** Starts a PagerDuty Events API v2 stand-in on 127.0.0.1. */
export async function startPagerDutyStandIn(opts: { routingKey?: string } = {}): Promise<PagerDutyStandIn> {
  const routingKey = opts.routingKey ?? PAGERDUTY_TEST_ROUTING_KEY
  const events: PagerDutyStandInEvent[] = []
  const incidents = new Map<string, 'triggered' | 'resolved'>()
  const standIn = await startStandIn((req) => handle(req, routingKey, events, incidents))
  return { url: `${standIn.url}${PAGERDUTY_ENQUEUE_PATH}`, routingKey, standIn, events, incidents, close: () => standIn.close() }
}
