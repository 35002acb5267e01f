/**
 * Microsoft Teams through a Workflows webhook (Power Automate "When a Teams webhook request is received"): one Adaptive
 * Card per alert (https://adaptivecards.io/explorer/). The webhook URL carries its signature (`sig=`) and is a secret.
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
import type { Alert, Channel, DeliveryResult, DigestAlert, FindingAlert, OverflowAlert, TeamsConfig } from '../types.js'
import { request, toDelivery } from './http.js'

/** The Adaptive Card elements Posture sends. */
export type CardElement =
  | {
      type: 'TextBlock'
      text: string
      wrap: true
      weight?: 'Bolder'
      size?: 'Small' | 'Medium'
      color?: 'Attention' | 'Good'
      isSubtle?: boolean
      spacing?: 'Medium'
    }
  | { type: 'FactSet'; facts: { title: string; value: string }[] }

/** The body a Workflows webhook accepts: a message with one Adaptive Card attachment. */
export interface TeamsMessage {
  type: 'message'
  attachments: {
    contentType: 'application/vnd.microsoft.card.adaptive'
    contentUrl: null
    content: {
      $schema: 'http://adaptivecards.io/schemas/adaptive-card.json'
      type: 'AdaptiveCard'
      // 1.4 is the newest version every Teams client renders (https://learn.microsoft.com/adaptive-cards/resources/partners).
      version: '1.4'
      body: CardElement[]
      actions?: { type: 'Action.OpenUrl'; title: string; url: string }[]
    }
  }[]
}

// Teams rejects messages over about 28 KB; a digest line never needs more than this.
const ITEM_MAX = 1000

/**
 * Neutralises Markdown links in data. TextBlock and Fact values render a Markdown subset whose only active construct is
 * `[text](url)` (HTML is not rendered: https://learn.microsoft.com/microsoftteams/platform/task-modules-and-cards/cards/cards-format),
 * and backslash escapes are not reliably honoured, so a zero-width space between `]` and `(` breaks the link invisibly.
 */
export function escapeCardText(text: string): string {
  return text.replace(/\]\(/g, ']\u200B(')
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`
}

function text(value: string, extra: Omit<Extract<CardElement, { type: 'TextBlock' }>, 'type' | 'text' | 'wrap'> = {}): CardElement {
  return { type: 'TextBlock', text: escapeCardText(value), wrap: true, ...extra }
}

function title(value: string, color?: 'Attention' | 'Good'): CardElement {
  return text(value, { weight: 'Bolder', size: 'Medium', ...(color ? { color } : {}) })
}

function facts(pairs: [string, string | undefined][]): CardElement {
  const shown = pairs.filter((p): p is [string, string] => p[1] !== undefined && p[1] !== '')
  return { type: 'FactSet', facts: shown.map(([t, v]) => ({ title: t, value: escapeCardText(v) })) }
}

function findingBody(alert: FindingAlert): CardElement[] {
  const f = alert.finding
  // Red for urgent problems; green when one is fixed, since a resolved critical finding is good news.
  const color = alert.event === 'resolved' ? 'Good' : f.severity === 'critical' || f.severity === 'high' ? 'Attention' : undefined
  const fix = fixLines(alert)
  return [
    title(headline(alert), color),
    facts(findingFacts(alert)),
    text(statusLine(alert)),
    ...(whyLine(alert) ? [text('Why it matters', { weight: 'Bolder', spacing: 'Medium' }), text(whyLine(alert)!)] : []),
    ...(fix.length ? [text('How to fix', { weight: 'Bolder', spacing: 'Medium' }), ...fix.map((l) => text(l))] : []),
    text(scanLine(alert), { isSubtle: true, size: 'Small' }),
  ]
}

function digestBody(d: DigestAlert): CardElement[] {
  const urgent = d.bySeverity.critical + d.bySeverity.high > 0
  const more = moreLine(d.more)
  return [
    title(digestHeadline(d), urgent ? 'Attention' : undefined),
    facts([['By severity', severityCounts(d.bySeverity)]]),
    ...d.top.map(({ event, finding: f }) =>
      text(
        clip(
          `**${eventLabel(event, f.severity)}**: ${f.title} — ${f.resource.name} (${f.resource.type}), ${f.resource.account}, ${f.resource.region}. ${f.message}`,
          ITEM_MAX,
        ),
      ),
    ),
    ...(more ? [text(more)] : []),
    text(scanLine(d), { isSubtle: true, size: 'Small' }),
  ]
}

function overflowBody(o: OverflowAlert): CardElement[] {
  return [
    title(overflowHeadline(o)),
    facts([['Held back by severity', severityCounts(o.bySeverity)]]),
    text(scanLine(o), { isSubtle: true, size: 'Small' }),
  ]
}

/** The Workflows webhook body for any alert kind. */
export function teamsMessage(alert: Alert): TeamsMessage {
  const body = alert.kind === 'finding' ? findingBody(alert) : alert.kind === 'digest' ? digestBody(alert) : overflowBody(alert)
  return {
    type: 'message',
    attachments: [
      {
        contentType: 'application/vnd.microsoft.card.adaptive',
        contentUrl: null,
        content: {
          $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
          type: 'AdaptiveCard',
          version: '1.4',
          body,
          ...(alert.link ? { actions: [{ type: 'Action.OpenUrl' as const, title: 'Open in Posture', url: alert.link }] } : {}),
        },
      },
    ],
  }
}

/**
 * A Teams channel. The workflow answers 202 Accepted (200 from some tenants) once it has queued the card; 4xx is a
 * permanent rejection, 429 and 5xx are retried (classified by http.ts).
 */
export function createTeamsChannel(config: TeamsConfig): Channel {
  return {
    name: config.name,
    type: 'teams',
    async send(alert, ctx): Promise<DeliveryResult> {
      // Config validation rejects bad URLs at start-up; this keeps send() from throwing (and from echoing the URL).
      if (!URL.canParse(config.url)) return { ok: false, retryable: false, reason: 'invalid webhook URL' }
      return toDelivery(await request(config.url, { body: teamsMessage(alert), timeoutMs: config.timeoutMs, signal: ctx.signal }))
    },
  }
}
