/**
 * Jira Cloud channel (REST v3, https://developer.atlassian.com/cloud/jira/platform/rest/v3/): one issue per finding (or
 * per check), found again by a stable label rather than by a key kept in our store, so that a lost response, a retry or a
 * wiped store never creates a duplicate. Resolved findings get a comment and the resolve transition; returning ones get
 * the reopen transition and a comment.
 */
import { headline } from '../message.js'
import type { AlertFinding, Channel, DeliveryContext, DeliveryResult, FindingAlert, JiraConfig } from '../types.js'
import { request } from './http.js'
import { eventComment, issueDescription, type AdfDoc } from './jira-adf.js'

/** Jira's limit on an issue summary (characters). */
export const JIRA_SUMMARY_MAX = 255

type Failure = Extract<DeliveryResult, { ok: false }>
type Step<T> = { ok: true; value: T } | Failure
/** One REST call: the parsed JSON answer (undefined when empty), or why it failed. */
type JiraApi = (what: string, method: 'GET' | 'POST', path: string, body?: unknown) => Promise<Step<unknown>>

/** The tracked issue as the search returns it. */
interface FoundIssue {
  key: string
  /** Status category `done` (https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-workflow-status-categories/). */
  isDone: boolean
}

/** The label that finds a finding's issue again: `posture-fp-<fingerprint>`, or `posture-check-<checkId>` per check. */
export function trackingLabel(config: Pick<JiraConfig, 'per'>, finding: Pick<AlertFinding, 'fingerprint' | 'checkId'>): string {
  return config.per === 'check' ? `posture-check-${finding.checkId}` : `posture-fp-${finding.fingerprint}`
}

/** A JQL string literal: quotes and backslashes escaped (https://support.atlassian.com/jira-software-cloud/docs/use-advanced-search-with-jira-query-language-jql/). */
function jqlString(s: string): string {
  return `"${s.replace(/[\\"]/g, (c) => `\\${c}`)}"`
}

/** The body of the enhanced search (POST /rest/api/3/search/jql; the old /search is removed) for a tracked issue. */
export function issueSearch(project: string, label: string): { jql: string; fields: string[]; maxResults: number } {
  return {
    jql: `project = ${jqlString(project)} AND labels = ${jqlString(label)} ORDER BY created DESC`,
    fields: ['status', 'summary'],
    maxResults: 1,
  }
}

/** The issue summary: one line, at most 255 characters. */
export function issueSummary(alert: FindingAlert, isPerCheck: boolean): string {
  const subject = isPerCheck ? alert.finding.checkId : alert.finding.resource.name
  const line = `${headline(alert)} — ${subject}`.replace(/\s+/g, ' ').trim()
  return line.length > JIRA_SUMMARY_MAX ? `${line.slice(0, JIRA_SUMMARY_MAX - 1)}…` : line
}

function parseJson(text: string): unknown {
  try {
    return text ? (JSON.parse(text) as unknown) : undefined
  } catch {
    return undefined
  }
}

/** Jira's own words from an error body: `errorMessages` and field `errors` (https://developer.atlassian.com/cloud/jira/platform/rest/v3/intro/#status-codes). */
function jiraErrors(text: string): string {
  const body = parseJson(text) as { errorMessages?: unknown; errors?: unknown } | undefined
  if (!body || typeof body !== 'object') return text.length <= 200 && !text.includes('\n') ? text.trim() : ''
  const messages = Array.isArray(body.errorMessages) ? body.errorMessages.map(String) : []
  const fields = body.errors && typeof body.errors === 'object' ? Object.entries(body.errors).map(([k, v]) => `${k}: ${String(v)}`) : []
  return [...messages, ...fields].join('; ')
}

/** Removes the API token (raw or inside the Basic credentials) from a message, should a server ever echo it. */
function redact(message: string, config: JiraConfig): string {
  const secrets = [config.apiToken, basicCredentials(config)].filter((s) => s.length >= 4)
  return secrets.reduce((m, s) => m.split(s).join('***'), message)
}

function basicCredentials(config: JiraConfig): string {
  return Buffer.from(`${config.email}:${config.apiToken}`).toString('base64')
}

/** Why a status failed, in words an operator can act on; the token is never part of it. */
function statusReason(what: string, status: number, detail: string): string {
  const said = detail ? ` (${detail})` : ''
  if (status === 401 || status === 403) return `Jira ${what}: HTTP ${status}, check email and apiToken (and the account's permissions)${said}`
  if (status === 404) return `Jira ${what}: HTTP 404, check url and project, or the issue was deleted${said}`
  return `Jira ${what}: HTTP ${status}${detail ? `: ${detail}` : ''}`
}

/** Jira REST calls with Basic auth (email + API token: https://developer.atlassian.com/cloud/jira/platform/basic-auth-for-rest-apis/). */
function jiraApi(config: JiraConfig, ctx: DeliveryContext): JiraApi {
  const base = config.url.replace(/\/+$/, '')
  const headers = { authorization: `Basic ${basicCredentials(config)}`, accept: 'application/json' }
  return async (what, method, path, body) => {
    const outcome = await request(`${base}${path}`, { method, headers, body, timeoutMs: config.timeoutMs, signal: ctx.signal })
    if (outcome.ok) return { ok: true, value: parseJson(outcome.text) }
    // 401/403/400/404 are not retryable; 429 and 5xx are, with Retry-After (http.ts classifies them).
    const reason =
      outcome.status === undefined ? `Jira ${what}: ${outcome.reason}` : statusReason(what, outcome.status, jiraErrors(outcome.text ?? ''))
    const after = outcome.retryAfterMs !== undefined ? { retryAfterMs: outcome.retryAfterMs } : {}
    return { ok: false, retryable: outcome.retryable, reason: redact(reason, config), ...after }
  }
}

function unexpected(what: string): Failure {
  return { ok: false, retryable: false, reason: `Jira ${what}: unexpected answer (is url a Jira Cloud site?)` }
}

/** The newest issue of the project carrying the label, if any. */
async function findIssue(api: JiraApi, project: string, label: string): Promise<Step<FoundIssue | undefined>> {
  const res = await api('search', 'POST', '/rest/api/3/search/jql', issueSearch(project, label))
  if (!res.ok) return res
  const issues = (res.value as { issues?: unknown } | undefined)?.issues
  if (!Array.isArray(issues)) return unexpected('search')
  const first = issues[0] as { key?: unknown; fields?: { status?: { statusCategory?: { key?: unknown } } } } | undefined
  if (first === undefined) return { ok: true, value: undefined }
  if (typeof first.key !== 'string') return unexpected('search')
  return { ok: true, value: { key: first.key, isDone: first.fields?.status?.statusCategory?.key === 'done' } }
}

function issuePath(key: string, tail = ''): string {
  return `/rest/api/3/issue/${encodeURIComponent(key)}${tail}`
}

interface Transition {
  id: string
  name: string
  to: string
}

/** A transition lookup: the id to apply, or none needed because the issue is already where the transition leads. */
type Lookup = { id: string } | { isAlready: true }

async function listTransitions(api: JiraApi, key: string): Promise<Step<Transition[]>> {
  const what = `transitions of ${key}`
  const res = await api(what, 'GET', issuePath(key, '/transitions'))
  if (!res.ok) return res
  const list = (res.value as { transitions?: unknown } | undefined)?.transitions
  if (!Array.isArray(list)) return unexpected(what)
  const text = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '')
  const all = list as { id?: unknown; name?: unknown; to?: { name?: unknown } }[]
  return { ok: true, value: all.map((t) => ({ id: text(t.id), name: text(t.name), to: text(t.to?.name) })) }
}

/** Whether the issue is done now, read from the issue itself (read-after-write consistent, unlike search). */
async function isDoneNow(api: JiraApi, key: string): Promise<Step<boolean>> {
  const res = await api(`status of ${key}`, 'GET', issuePath(key, '?fields=status'))
  if (!res.ok) return res
  const category = (res.value as { fields?: { status?: { statusCategory?: { key?: unknown } } } } | undefined)?.fields?.status?.statusCategory?.key
  return typeof category === 'string' ? { ok: true, value: category === 'done' } : unexpected(`status of ${key}`)
}

/**
 * The transition named `wanted` (by its name, else by its target status, case-insensitively) that leads to done (`toDone`)
 * or away from it. When it is not available, the issue may already be there: search is eventually consistent
 * (https://developer.atlassian.com/cloud/jira/platform/search-and-reconcile/), so the issue's own status decides.
 */
async function findTransition(api: JiraApi, key: string, wanted: string, toDone: boolean): Promise<Step<Lookup>> {
  const all = await listTransitions(api, key)
  if (!all.ok) return all
  const w = wanted.toLowerCase()
  const hit = all.value.find((t) => t.name.toLowerCase() === w) ?? all.value.find((t) => t.to.toLowerCase() === w)
  if (hit?.id) return { ok: true, value: { id: hit.id } }
  const done = await isDoneNow(api, key)
  if (!done.ok) return done
  if (done.value === toDone) return { ok: true, value: { isAlready: true } }
  const names = all.value.map((t) => `"${t.name}"${t.to ? ` (to ${t.to})` : ''}`).join(', ')
  // A workflow without the configured transition needs a config change, not a retry.
  return { ok: false, retryable: false, reason: `Jira issue ${key} has no transition "${wanted}" now; available: ${names || 'none'}` }
}

async function applyTransition(api: JiraApi, key: string, id: string): Promise<Step<unknown>> {
  return api(`transition ${key}`, 'POST', issuePath(key, '/transitions'), { transition: { id } })
}

async function addComment(api: JiraApi, key: string, body: AdfDoc): Promise<Step<unknown>> {
  return api(`comment on ${key}`, 'POST', issuePath(key, '/comment'), { body })
}

async function createIssue(api: JiraApi, config: JiraConfig, alert: FindingAlert, label: string): Promise<DeliveryResult> {
  const isPerCheck = config.per === 'check'
  const fields = {
    project: { key: config.project },
    issuetype: { name: config.issueType },
    summary: issueSummary(alert, isPerCheck),
    description: issueDescription(alert, label, isPerCheck),
    labels: [...new Set(['posture', label, ...config.labels])],
  }
  const res = await api('create issue', 'POST', '/rest/api/3/issue', { fields })
  if (!res.ok) return res
  const key = (res.value as { key?: unknown } | undefined)?.key
  return typeof key === 'string' ? { ok: true, ref: key, detail: 'created' } : unexpected('create issue')
}

/** New, reopened or unmuted with the issue already there: reopen it when done, then say it was seen again. */
async function updateIssue(api: JiraApi, config: JiraConfig, alert: FindingAlert, issue: FoundIssue): Promise<DeliveryResult> {
  const isPerCheck = config.per === 'check'
  // A retry after a lost 201 finds the issue it created: nothing more to say, which keeps retries idempotent.
  if (!issue.isDone && alert.event === 'new' && !isPerCheck) return { ok: true, ref: issue.key, detail: 'already open' }
  let isReopened = false
  if (issue.isDone) {
    const t = await findTransition(api, issue.key, config.reopenTransition, false)
    if (!t.ok) return t
    if ('id' in t.value) {
      const moved = await applyTransition(api, issue.key, t.value.id)
      if (!moved.ok) return moved
      isReopened = true
    }
  }
  // Commenting after reopening: a workflow may make done issues read-only (jira.issue.editable = false).
  const commented = await addComment(api, issue.key, eventComment(alert, isPerCheck))
  if (!commented.ok) return commented
  return { ok: true, ref: issue.key, detail: isReopened ? 'reopened' : 'commented' }
}

/** Resolved: comment, then close with the resolve transition (per check: only once no finding of the check is open). */
async function resolveIssue(api: JiraApi, config: JiraConfig, alert: FindingAlert, issue: FoundIssue | undefined): Promise<DeliveryResult> {
  if (!issue) return { ok: true, detail: 'no issue to resolve' }
  if (issue.isDone) return { ok: true, ref: issue.key, detail: 'already resolved' }
  const isPerCheck = config.per === 'check'
  // Per check, an unknown count keeps the issue open: closing it while resources still fail would hide them.
  const closes = !isPerCheck || alert.openForCheck === 0
  // Looked up before commenting, so a missing transition leaves no comment behind that a retry would repeat.
  const t = closes ? await findTransition(api, issue.key, config.resolveTransition, true) : undefined
  if (t && !t.ok) return t
  const id = t?.ok && 'id' in t.value ? t.value.id : undefined
  if (closes && id === undefined) return { ok: true, ref: issue.key, detail: 'already resolved' }
  // Commenting before closing, while the issue is still editable.
  const commented = await addComment(api, issue.key, eventComment(alert, isPerCheck))
  if (!commented.ok) return commented
  if (id === undefined) return { ok: true, ref: issue.key, detail: 'commented; other findings of the check are still open' }
  const moved = await applyTransition(api, issue.key, id)
  return moved.ok ? { ok: true, ref: issue.key, detail: 'resolved' } : moved
}

async function deliver(config: JiraConfig, alert: FindingAlert, ctx: DeliveryContext): Promise<DeliveryResult> {
  const api = jiraApi(config, ctx)
  const label = trackingLabel(config, alert.finding)
  const found = await findIssue(api, config.project, label)
  if (!found.ok) return found
  if (alert.event === 'resolved') return resolveIssue(api, config, alert, found.value)
  return found.value ? updateIssue(api, config, alert, found.value) : createIssue(api, config, alert, label)
}

/** A Jira Cloud channel: tracks each finding (or check) as an issue. Digest and overflow alerts are refused. */
export function createJiraChannel(config: JiraConfig): Channel {
  return {
    name: config.name,
    type: 'jira',
    async send(alert, ctx) {
      if (alert.kind !== 'finding') {
        return {
          ok: false,
          retryable: false,
          reason: `Jira channel "${config.name}" tracks findings one by one; ${alert.kind} alerts are not supported`,
        }
      }
      return deliver(config, alert, ctx)
    },
  }
}
