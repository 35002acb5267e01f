/**
 * Atlassian Document Format (ADF) for Jira issue descriptions and comments: REST v3 takes rich text only as ADF, a
 * `doc` of block nodes holding text nodes (https://developer.atlassian.com/cloud/jira/platform/apis/document/structure/).
 * Jira rejects empty text nodes, so every builder here drops empty strings instead of emitting them.
 */
import { EVENT_LABELS, resourceLine, severityLabel, statusLine, whyLine } from '../message.js'
import type { FindingAlert } from '../types.js'

/** A link mark on a text node (https://developer.atlassian.com/cloud/jira/platform/apis/document/marks/link/). */
export interface AdfLinkMark {
  type: 'link'
  attrs: { href: string }
}

/** A text node: always non-empty. */
export interface AdfText {
  type: 'text'
  text: string
  marks?: AdfLinkMark[]
}

/** A block or inline node other than text. */
export interface AdfNode {
  type: string
  attrs?: Record<string, unknown>
  content?: (AdfNode | AdfText)[]
}

/** The root node Jira expects in `description` and in a comment's `body`. */
export interface AdfDoc {
  type: 'doc'
  version: 1
  content: AdfNode[]
}

/** Inline content: plain strings become text nodes; empty ones vanish. */
export type Inline = string | AdfText

/** A text node linking to `href` (the URL itself when no label is given). */
export function link(href: string, label: string = href): AdfText {
  return { type: 'text', text: label || href, marks: [{ type: 'link', attrs: { href } }] }
}

function inline(parts: Inline[]): AdfText[] {
  return parts.flatMap((p) => (typeof p === 'string' ? (p ? [{ type: 'text' as const, text: p }] : []) : p.text ? [p] : []))
}

/** A paragraph of text and links. */
export function paragraph(...parts: Inline[]): AdfNode {
  return { type: 'paragraph', content: inline(parts) }
}

/** A heading (level 1–6). */
export function heading(level: number, title: string): AdfNode {
  return { type: 'heading', attrs: { level }, content: inline([title]) }
}

function list(type: 'bulletList' | 'orderedList', items: Inline[][]): AdfNode {
  return { type, content: items.map((item) => ({ type: 'listItem', content: [paragraph(...item)] })) }
}

/** A bulleted list, one paragraph per item. */
export function bulletList(items: Inline[][]): AdfNode {
  return list('bulletList', items)
}

/** A numbered list, one paragraph per item. */
export function orderedList(items: Inline[][]): AdfNode {
  return list('orderedList', items)
}

/** A code block; its text node carries no marks, as ADF requires. */
export function codeBlock(code: string, language?: string): AdfNode {
  return { type: 'codeBlock', ...(language ? { attrs: { language } } : {}), content: inline([code]) }
}

/** A document; paragraphs left empty (all their parts were empty) are dropped. */
export function doc(content: AdfNode[]): AdfDoc {
  return { type: 'doc', version: 1, content: content.filter((n) => n.type !== 'paragraph' || (n.content?.length ?? 0) > 0) }
}

/** "scan <id> of <target> at <time>": which scan saw it. */
function scanRef(alert: FindingAlert): string {
  return `scan ${alert.scan.id} of ${alert.scan.target} at ${alert.scan.finishedAt}`
}

function facts(alert: FindingAlert): Inline[][] {
  const f = alert.finding
  return [
    [`Resource: ${f.resource.name} (${f.resource.type})`],
    [`Identifier: ${f.resource.uid}`],
    [`Account: ${f.resource.account}, region: ${f.resource.region}`],
    ...(alert.owner ? [[`Owner: ${alert.owner}`]] : []),
    ...(f.firstSeenAt ? [[`First seen: ${f.firstSeenAt}`]] : []),
    [`Check: ${f.checkId} (${severityLabel(f.severity)})`],
    [`Reported by ${scanRef(alert)}`],
  ]
}

function fixNodes(alert: FindingAlert): AdfNode[] {
  const r = alert.finding.remediation
  if (alert.event === 'resolved' || (r.steps.length === 0 && !r.cli)) return []
  return [heading(3, 'How to fix'), ...(r.steps.length ? [orderedList(r.steps.map((s) => [s]))] : []), ...(r.cli ? [codeBlock(r.cli, 'shell')] : [])]
}

/** The description of a new issue: what was seen, where, how to fix it, references, and how Posture tracks it. */
export function issueDescription(alert: FindingAlert, trackingLabel: string, isPerCheck: boolean): AdfDoc {
  const refs = alert.finding.remediation.references
  return doc([
    paragraph(statusLine(alert)),
    heading(3, 'Where'),
    bulletList(facts(alert)),
    ...(whyLine(alert) ? [heading(3, 'Why it matters'), paragraph(whyLine(alert)!)] : []),
    ...fixNodes(alert),
    ...(refs.length ? [heading(3, 'References'), bulletList(refs.map((href) => [link(href)]))] : []),
    ...(alert.link ? [paragraph('Details in Posture: ', link(alert.link))] : []),
    paragraph(
      isPerCheck ? `This issue tracks every resource failing check ${alert.finding.checkId}; Posture adds further resources as comments. ` : '',
      `Posture finds this issue by its label ${trackingLabel}: keep the label so that Posture can update it.`,
    ),
  ])
}

function resolvedLines(alert: FindingAlert, isPerCheck: boolean): AdfNode[] {
  const first = paragraph(`Resolved: the check passes (${scanRef(alert)}).`)
  if (!isPerCheck) return [first]
  const open = alert.openForCheck
  const rest = open === undefined || open === 0 ? '' : `${open} other finding(s) of this check are still open, so this issue stays open.`
  return [first, paragraph(`Passes now: ${resourceLine(alert.finding)}.`), paragraph(rest)]
}

function openLines(alert: FindingAlert, isPerCheck: boolean): AdfNode[] {
  const first =
    isPerCheck && alert.event === 'new'
      ? paragraph(`New resource failing this check, seen in ${scanRef(alert)}.`)
      : paragraph(`${EVENT_LABELS[alert.event]}: seen again in ${scanRef(alert)}.`)
  return [first, ...(isPerCheck ? [paragraph(`Resource: ${resourceLine(alert.finding)}.`)] : []), paragraph(alert.finding.message)]
}

/** A comment for an event on an existing issue: resolved, seen again, or (per-check issues) a new resource. */
export function eventComment(alert: FindingAlert, isPerCheck: boolean): AdfDoc {
  const lines = alert.event === 'resolved' ? resolvedLines(alert, isPerCheck) : openLines(alert, isPerCheck)
  return doc([...lines, ...(alert.link ? [paragraph('Details in Posture: ', link(alert.link))] : [])])
}
