/**
 * Slack incoming webhook (https://api.slack.com/messaging/webhooks): one Block Kit message per alert
 * (https://api.slack.com/reference/block-kit). The webhook URL is a secret: it never appears in a result.
 */
import {
  digestHeadline,
  eventLabel,
  findingFacts,
  fixLines,
  headline,
  moreLine,
  overflowHeadline,
  scanLine,
  severityCounts,
  statusLine,
  whyLine,
} from '../message.js'
import type { Alert, Channel, DeliveryResult, DigestAlert, FindingAlert, OverflowAlert, SlackConfig } from '../types.js'
import { request, toDelivery } from './http.js'

/** A Block Kit text object. */
export interface SlackText {
  type: 'plain_text' | 'mrkdwn'
  text: string
  emoji?: boolean
}

/** The Block Kit blocks Posture sends. */
export type SlackBlock =
  | { type: 'header'; text: SlackText }
  | { type: 'section'; text?: SlackText; fields?: SlackText[] }
  | { type: 'context'; elements: SlackText[] }
  | { type: 'actions'; elements: { type: 'button'; text: SlackText; url: string; action_id: string }[] }

/** The JSON body of an incoming-webhook message: `text` is the notification fallback, `blocks` the layout. */
export interface SlackMessage {
  text: string
  blocks: SlackBlock[]
}

// Block Kit limits (https://api.slack.com/reference/block-kit/blocks): a message holds at most 50 blocks, a header
// 150 characters, a section text 3000, a section field 2000 (at most 10 fields), a button label 75.
const MAX_BLOCKS = 50
const HEADER_MAX = 150
const SECTION_MAX = 3000
const FIELD_MAX = 2000
// Slack truncates `text` beyond 40,000 characters; a notification line needs far less.
const FALLBACK_MAX = 3000

/**
 * Escapes text for mrkdwn: &, < and > are control characters there, so a resource named `<!channel>` or
 * `<https://evil|click>` would otherwise notify everyone or render a link
 * (https://api.slack.com/reference/surfaces/formatting#escaping).
 */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/** Shortens text to `max` characters with an ellipsis, never cutting an entity such as `&amp;` or a surrogate pair. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text
  const cut = text
    .slice(0, max - 1)
    .replace(/&[a-z]*$/, '')
    .replace(/[\uD800-\uDBFF]$/, '')
  return `${cut}…`
}

function header(text: string): SlackBlock {
  return { type: 'header', text: { type: 'plain_text', text: clip(text, HEADER_MAX), emoji: true } }
}

/** A mrkdwn section from data: escaped, then clipped; `label` (ours, not data) is set in bold above it. */
function section(text: string, label?: string): SlackBlock {
  const body = escapeMrkdwn(text)
  return { type: 'section', text: { type: 'mrkdwn', text: clip(label ? `*${label}*\n${body}` : body, SECTION_MAX) } }
}

function context(...lines: string[]): SlackBlock {
  return { type: 'context', elements: lines.map((l) => ({ type: 'mrkdwn', text: clip(escapeMrkdwn(l), SECTION_MAX) })) }
}

/** A link button, only when a link is configured. */
function linkBlocks(link: string | undefined): SlackBlock[] {
  if (!link) return []
  return [
    { type: 'actions', elements: [{ type: 'button', text: { type: 'plain_text', text: 'Open in Posture' }, url: link, action_id: 'posture-open' }] },
  ]
}

/** Label → value pairs shown as section fields (labels are ours, values are data and get escaped). */
function fields(pairs: [string, string | undefined][]): SlackBlock {
  const shown = pairs.filter((p): p is [string, string] => p[1] !== undefined && p[1] !== '')
  return { type: 'section', fields: shown.map(([label, value]) => ({ type: 'mrkdwn', text: clip(`*${label}*\n${escapeMrkdwn(value)}`, FIELD_MAX) })) }
}

function findingBlocks(alert: FindingAlert): SlackBlock[] {
  const fix = fixLines(alert)
  return [
    header(headline(alert)),
    section(statusLine(alert)),
    fields(findingFacts(alert)),
    ...(whyLine(alert) ? [section(whyLine(alert)!, 'Why it matters')] : []),
    ...(fix.length ? [section(fix.join('\n'), 'How to fix')] : []),
    context(scanLine(alert)),
    ...linkBlocks(alert.link),
  ]
}

function digestBlocks(d: DigestAlert): SlackBlock[] {
  // Fixed blocks: header, severity counts, "more", scan line, link; the rest of the 50 go to listed findings.
  const room = MAX_BLOCKS - 5
  const listed = d.top.slice(0, room)
  const more = moreLine(d.more + (d.top.length - listed.length))
  return [
    header(digestHeadline(d)),
    section(`By severity: ${severityCounts(d.bySeverity)}`),
    ...listed.map(({ event, finding: f }) =>
      section(
        `${eventLabel(event, f.severity)}: ${f.title}\n${f.resource.name} (${f.resource.type}), ${f.resource.account}, ${f.resource.region}\n${f.message}`,
      ),
    ),
    ...(more ? [context(more)] : []),
    context(scanLine(d)),
    ...linkBlocks(d.link),
  ]
}

function overflowBlocks(o: OverflowAlert): SlackBlock[] {
  return [header(overflowHeadline(o)), section(`Held back by severity: ${severityCounts(o.bySeverity)}`), context(scanLine(o)), ...linkBlocks(o.link)]
}

/** The incoming-webhook body for any alert kind. */
export function slackMessage(alert: Alert): SlackMessage {
  switch (alert.kind) {
    case 'finding':
      return { text: clip(escapeMrkdwn(headline(alert)), FALLBACK_MAX), blocks: findingBlocks(alert) }
    case 'digest':
      return { text: clip(escapeMrkdwn(digestHeadline(alert)), FALLBACK_MAX), blocks: digestBlocks(alert) }
    case 'overflow':
      return { text: clip(escapeMrkdwn(overflowHeadline(alert)), FALLBACK_MAX), blocks: overflowBlocks(alert) }
  }
}

/**
 * A Slack channel. Slack answers 200 "ok" on success; 400 invalid_payload, 403, 404 no_service or channel_not_found and
 * 410 channel_is_archived are permanent, 429 (with Retry-After) and 5xx are worth retrying (classified by http.ts).
 */
export function createSlackChannel(config: SlackConfig): Channel {
  return {
    name: config.name,
    type: 'slack',
    async send(alert, ctx): Promise<DeliveryResult> {
      // Config validation rejects bad URLs at start-up; this keeps send() from throwing (and from echoing the URL).
      if (!URL.canParse(config.url)) return { ok: false, retryable: false, reason: 'invalid webhook URL' }
      const outcome = await request(config.url, { body: slackMessage(alert), timeoutMs: config.timeoutMs, signal: ctx.signal })
      if (outcome.ok && outcome.text.trim() !== 'ok') {
        // A 200 without "ok" is not Slack (e.g. a proxy's login page): retrying the same URL will not help.
        return { ok: false, retryable: false, reason: `HTTP ${outcome.status}: unexpected response (not Slack's "ok")` }
      }
      return toDelivery(outcome)
    },
  }
}
