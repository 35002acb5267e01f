/**
 * Email over SMTP with nodemailer: one message per alert with a plain-text and an HTML part. SMTP replies decide
 * retries as RFC 5321 §4.2.1 does: 4yz is transient, 5yz permanent. The password never appears in a result.
 */
import nodemailer, { type NodemailerError, type SMTPTransportOptions, type Transporter } from 'nodemailer'
import type { Severity } from '../../core/finding.js'
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
import type { Alert, Channel, DeliveryResult, DigestAlert, EmailConfig, FindingAlert, OverflowAlert } from '../types.js'

/** A rendered email. */
export interface EmailMessage {
  subject: string
  text: string
  html: string
}

/** Label → value rows; rows whose value is unset are left out. */
type Rows = [string, string | undefined][]

const COLORS: Record<Severity | 'resolved', string> = {
  critical: '#b00020',
  high: '#d9480f',
  medium: '#e67700',
  low: '#1971c2',
  informational: '#495057',
  resolved: '#2b8a3e',
}
const CELL = 'padding:4px 12px 4px 0;vertical-align:top;text-align:left'
const SUBTLE = 'color:#666;font-size:12px'

/** Escapes text for HTML element content and quoted attribute values (OWASP XSS prevention rule 1 and 2). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

function shown(rows: Rows): [string, string][] {
  return rows.filter((r): r is [string, string] => r[1] !== undefined && r[1] !== '')
}

function findingRows(alert: FindingAlert): Rows {
  return findingFacts(alert)
}

/** The HTML page around a body: inline styles only, since mail clients drop <style> and external CSS. */
function page(title: string, color: string, body: string[], scan: string, link: string | undefined): string {
  // Only http(s) links become anchors, so a configured template can never yield a javascript: URL.
  const anchor = link && /^https?:\/\//i.test(link) ? `<p><a href="${escapeHtml(link)}" style="color:#1971c2">Open in Posture</a></p>` : ''
  return [
    '<!doctype html>',
    '<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#212529">',
    `<h2 style="margin:0 0 12px;color:${color}">${escapeHtml(title)}</h2>`,
    ...body,
    anchor,
    `<p style="${SUBTLE}">${escapeHtml(scan)}</p>`,
    '</body></html>',
  ].join('\n')
}

function htmlTable(rows: Rows): string {
  const trs = shown(rows).map(([k, v]) => `<tr><th style="${CELL}">${escapeHtml(k)}</th><td style="${CELL}">${escapeHtml(v)}</td></tr>`)
  return `<table role="presentation" style="border-collapse:collapse;margin:0 0 12px">${trs.join('')}</table>`
}

function paragraph(text: string): string {
  return `<p style="margin:0 0 12px">${escapeHtml(text)}</p>`
}

function textParts(title: string, blocks: (string | undefined)[], scan: string, link: string | undefined): string {
  return [title, ...blocks.filter((b): b is string => !!b), ...(link ? [`Open in Posture: ${link}`] : []), scan].join('\n\n') + '\n'
}

function findingEmail(alert: FindingAlert): Omit<EmailMessage, 'subject'> {
  const rows = findingRows(alert)
  const fix = fixLines(alert)
  const why = whyLine(alert)
  const whyHtml = why ? [`<h3 style="margin:12px 0 6px">Why it matters</h3>`, paragraph(why)] : []
  const color = alert.event === 'resolved' ? COLORS.resolved : COLORS[alert.finding.severity]
  const fixHtml = fix.length
    ? [`<h3 style="margin:12px 0 6px">How to fix</h3>`, ...fix.map((l) => `<div style="margin:0 0 4px">${escapeHtml(l)}</div>`)]
    : []
  const table = shown(rows).map(([k, v]) => `${k}: ${v}`)
  return {
    text: textParts(
      headline(alert),
      [statusLine(alert), table.join('\n'), why ? `Why it matters:\n${why}` : undefined, fix.length ? `How to fix:\n${fix.join('\n')}` : undefined],
      scanLine(alert),
      alert.link,
    ),
    html: page(headline(alert), color, [paragraph(statusLine(alert)), htmlTable(rows), ...whyHtml, ...fixHtml], scanLine(alert), alert.link),
  }
}

function digestEmail(d: DigestAlert): Omit<EmailMessage, 'subject'> {
  const items = d.top.map(({ event, finding: f }) => ({
    label: eventLabel(event, f.severity),
    line: `${f.title}: ${f.resource.name} (${f.resource.type}), account ${f.resource.account}, region ${f.resource.region}. ${f.message}`,
    color: COLORS[f.severity],
  }))
  const counts = `By severity: ${severityCounts(d.bySeverity)}`
  const more = moreLine(d.more)
  const rows = items.map(
    (i) =>
      `<tr><td style="${CELL};color:${i.color};white-space:nowrap">${escapeHtml(i.label)}</td><td style="${CELL}">${escapeHtml(i.line)}</td></tr>`,
  )
  const urgent = d.bySeverity.critical > 0 ? COLORS.critical : d.bySeverity.high > 0 ? COLORS.high : COLORS.informational
  return {
    text: textParts(digestHeadline(d), [counts, items.map((i) => `- ${i.label}: ${i.line}`).join('\n'), more], scanLine(d), d.link),
    html: page(
      digestHeadline(d),
      urgent,
      [
        paragraph(counts),
        `<table role="presentation" style="border-collapse:collapse;margin:0 0 12px">${rows.join('')}</table>`,
        ...(more ? [paragraph(more)] : []),
      ],
      scanLine(d),
      d.link,
    ),
  }
}

function overflowEmail(o: OverflowAlert): Omit<EmailMessage, 'subject'> {
  const counts = `Held back by severity: ${severityCounts(o.bySeverity)}`
  return {
    text: textParts(overflowHeadline(o), [counts], scanLine(o), o.link),
    html: page(overflowHeadline(o), COLORS.informational, [paragraph(counts)], scanLine(o), o.link),
  }
}

/** Subject, plain text and HTML for any alert kind; every data value in the HTML is escaped. */
export function emailMessage(alert: Alert, config: Pick<EmailConfig, 'subjectPrefix'>): EmailMessage {
  const title = alert.kind === 'finding' ? headline(alert) : alert.kind === 'digest' ? digestHeadline(alert) : overflowHeadline(alert)
  const body = alert.kind === 'finding' ? findingEmail(alert) : alert.kind === 'digest' ? digestEmail(alert) : overflowEmail(alert)
  // Line breaks in a header would end it early; data never needs them in a subject.
  const subject = [config.subjectPrefix, title].filter(Boolean).join(' ').replace(/\s+/g, ' ').trim()
  return { subject, ...body }
}

/** Nodemailer error codes that retrying cannot fix: credentials, addresses and configuration. */
const PERMANENT_CODES = new Set(['EAUTH', 'ENOAUTH', 'EOAUTH2', 'EENVELOPE', 'ECONFIG', 'EMAXRECIPIENTS', 'EREQUIRETLS', 'EFILEACCESS', 'EURLACCESS'])

/**
 * A send failure as a delivery result. The SMTP reply code decides when there is one (4yz transient, 5yz permanent,
 * except 503 "bad sequence", which a fresh connection can pass); otherwise the nodemailer code: bad credentials,
 * addresses or configuration are permanent, network, TLS, timeout and protocol errors are retried.
 */
export function classifySmtpError(err: unknown, secrets: string[] = []): DeliveryResult {
  const e = (err ?? {}) as Partial<NodemailerError>
  const code = e.code ?? 'ERROR'
  let reason = `${code}${e.responseCode ? ` ${e.responseCode}` : ''}: ${e.message ?? String(err)}`
  for (const s of secrets.filter((x) => x.length > 0)) {
    // The password, and its base64 form as AUTH PLAIN/LOGIN send it, must never be logged.
    for (const form of [s, Buffer.from(s).toString('base64')]) reason = reason.split(form).join('***')
  }
  reason = reason.length > 300 ? `${reason.slice(0, 299)}…` : reason
  const rc = e.responseCode
  if (rc !== undefined && rc >= 400 && rc < 600) return { ok: false, retryable: rc < 500 || rc === 503, reason }
  return { ok: false, retryable: !PERMANENT_CODES.has(code), reason }
}

/** Transport options from the channel config; every timeout is the channel's, so a silent server cannot stall dispatch. */
export function transportOptions(config: EmailConfig): SMTPTransportOptions {
  return {
    host: config.host,
    port: config.port,
    secure: config.secure,
    requireTLS: config.requireTls,
    ...(config.user ? { auth: { user: config.user, pass: config.pass ?? '' } } : {}),
    tls: { rejectUnauthorized: config.rejectUnauthorized, ...(config.ca ? { ca: config.ca } : {}) },
    connectionTimeout: config.timeoutMs,
    greetingTimeout: config.timeoutMs,
    socketTimeout: config.timeoutMs,
  }
}

/** What nodemailer's SMTP transport reports for a sent message. */
interface SentInfo {
  messageId?: string
  rejected?: unknown[]
}

/**
 * A sent message as a delivery result. When the relay refused some recipients but took the message for others it is
 * delivered (retrying would send it twice to the rest); the refused addresses are named in `detail`.
 */
function sentResult(info: SentInfo): DeliveryResult {
  const rejected = (info.rejected ?? []).map((r) => (typeof r === 'string' ? r : ((r as { address?: string }).address ?? String(r))))
  return {
    ok: true,
    ...(info.messageId ? { ref: info.messageId } : {}),
    ...(rejected.length ? { detail: `refused recipients: ${rejected.join(', ')}` } : {}),
  }
}

/** An email channel: one transport, created on first use; success carries the Message-ID as ref. */
export function createEmailChannel(config: EmailConfig): Channel {
  let transport: Transporter | undefined
  return {
    name: config.name,
    type: 'email',
    async send(alert, ctx): Promise<DeliveryResult> {
      const { subject, text, html } = emailMessage(alert, config)
      try {
        transport ??= nodemailer.createTransport(transportOptions(config))
        const info = (await transport.sendMail({
          from: config.from,
          to: config.to,
          subject,
          text,
          html,
          headers: { 'X-Posture-Delivery': ctx.deliveryId },
          ...(ctx.signal ? { signal: ctx.signal } : {}),
        })) as SentInfo
        return sentResult(info)
      } catch (err) {
        return classifySmtpError(err, [config.pass ?? ''])
      }
    },
  }
}
