/** Validation of `alerts.channels`: one parser per channel type, on top of the settings every channel shares. */
import { dirname, resolve } from 'node:path'
import {
  CHANNEL_TYPES,
  PER_FINDING_TYPES,
  type ChannelCommon,
  type ChannelConfig,
  type ChannelType,
  type EmailConfig,
  type JiraConfig,
  type PagerDutyConfig,
  type WebhookConfig,
} from '../notify/types.js'
import type { ConfigContext } from './config.js'
import type { ConfigIssue } from './config-types.js'
import { EntryReader, isEmailAddress, isRecord, parseRateLimit } from './config-alerts-fields.js'

/** Reads a file's text (the email `ca` certificate); throws when it cannot. */
export type ReadFile = (path: string) => string

/** The fields of a channel config beyond the common ones, per type. */
type TypeFields = ChannelConfig extends infer C ? (C extends ChannelConfig ? Omit<C, keyof ChannelCommon> : never) : never

// Channel names appear in rules, in `posture alerts test <name>` and in dotted issue paths: no dots, no spaces.
const NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/
const COMMON_KEYS = ['type', 'mode', 'digestTop', 'cap', 'rateLimit', 'timeout'] as const
const TYPE_KEYS: Record<ChannelType, readonly string[]> = {
  slack: ['url'],
  teams: ['url'],
  webhook: ['url', 'secret', 'headers'],
  email: ['host', 'port', 'secure', 'requireTls', 'rejectUnauthorized', 'ca', 'user', 'pass', 'from', 'to', 'subjectPrefix'],
  jira: ['url', 'email', 'apiToken', 'project', 'issueType', 'per', 'labels', 'resolveTransition', 'reopenTransition'],
  pagerduty: ['routingKey', 'url'],
}
// RFC 9110 §5.1: a field name is a token.
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/
// Jira project keys: an uppercase letter, then uppercase letters, digits or underscores.
const JIRA_KEY = /^[A-Z][A-Z0-9_]+$/
/** PagerDuty's Events API v2 endpoint, used when a pagerduty channel gives no `url`. */
export const PAGERDUTY_EVENTS_URL = 'https://events.pagerduty.com/v2/enqueue'

/** `rateLimit: 30/min`, or `{ count: 30, per: 1m }`; null when absent (unlimited). */
function rateLimit(r: EntryReader): ChannelCommon['rateLimit'] {
  const value = r.value(['rateLimit'])
  if (value === undefined || value === null) return null
  if (isRecord(value)) {
    r.unknownKeys(['count', 'per'], ['rateLimit'])
    const count = r.text(['rateLimit', 'count'])
    const perMs = r.duration(['rateLimit', 'per'], 0)
    if (count !== undefined && /^\d+$/.test(count) && Number(count) >= 1 && perMs > 0) return { count: Number(count), perMs }
    if (!r.isInvalid) r.fail(['rateLimit'], 'rateLimit needs a whole count of at least 1 and a duration, e.g. { count: 30, per: 1m }')
    return null
  }
  const text = r.text(['rateLimit'])
  const parsed = text === undefined ? null : parseRateLimit(text)
  if (parsed) return parsed
  if (text !== undefined)
    r.fail(['rateLimit'], `rateLimit must look like 30/min, 5/s or 100/h, or { count, per } (got ${r.show(['rateLimit'], text)})`)
  return null
}

/** Settings every channel has, with their defaults. */
function commonFields(r: EntryReader, name: string, type: ChannelType): ChannelCommon {
  let mode = r.oneOf('mode', ['immediate', 'digest'], 'immediate')
  if (mode === 'digest' && PER_FINDING_TYPES.includes(type)) {
    r.warn(['mode'], `${type} tracks each finding on its own and cannot send digests; using mode immediate`)
    mode = 'immediate'
  }
  const cap = r.value(['cap']) === 'none' ? null : r.int('cap', 50)
  return { name, mode, digestTop: r.int('digestTop', 10), cap, rateLimit: rateLimit(r), timeoutMs: r.duration(['timeout'], 10_000) }
}

/** Webhook: URL, signing secret and extra headers. */
function webhookFields(r: EntryReader): Omit<WebhookConfig, keyof ChannelCommon> {
  const url = r.url('url') ?? ''
  const secret = r.string('secret', 'at least 16 characters, e.g. ${POSTURE_WEBHOOK_SECRET}') ?? ''
  // Shorter secrets can be guessed; the length itself is not shown.
  if (secret && secret.length < 16) r.fail(['secret'], 'secret must be at least 16 characters')
  const headers = r.stringMap(['headers']) ?? {}
  for (const key of Object.keys(headers).filter((k) => !HEADER_NAME.test(k))) r.fail(['headers', key], `"${key}" is not a valid header name`)
  return { type: 'webhook', url, secret, headers }
}

/** The `ca` file (relative to the config file's directory): PEM text, or undefined after an issue. */
function caFile(r: EntryReader, configFile: string, readFile: ReadFile): string | undefined {
  const path = r.string('ca')
  if (!path) return undefined
  let pem: string
  try {
    pem = readFile(resolve(dirname(configFile), path))
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? (err as Error).message
    r.fail(['ca'], `cannot read the CA file ${r.show(['ca'], path)} (${code}); give a PEM file path relative to the config file`)
    return undefined
  }
  if (!pem.includes('-----BEGIN CERTIFICATE-----')) r.fail(['ca'], `the CA file ${r.show(['ca'], path)} holds no PEM certificate`)
  return pem
}

/** Email: SMTP server, TLS options, credentials and addresses. */
function emailFields(r: EntryReader, configFile: string, readFile: ReadFile): Omit<EmailConfig, keyof ChannelCommon> {
  const host = r.string('host', 'the SMTP server, e.g. smtp.example.com') ?? ''
  const givenSecure = r.bool('secure')
  // Nodemailer: port 465 means TLS from the first byte, other ports upgrade with STARTTLS.
  const port = r.int('port', givenSecure ? 465 : 587, 1, 65_535)
  const secure = givenSecure ?? port === 465
  const ca = caFile(r, configFile, readFile)
  const user = r.string('user')
  const pass = r.string('pass')
  if (pass && !user) r.fail(['pass'], 'pass needs user')
  const from = r.string('from', 'the sender address, e.g. posture@example.com') ?? ''
  if (from && !isEmailAddress(from)) r.fail(['from'], `from ${r.show(['from'], from)} is not an email address`)
  const to = r.strings('to') ?? []
  if (r.value(['to']) == null) r.fail(['to'], 'to is required (one or more addresses)')
  to.forEach((address, i) => {
    const rel = Array.isArray(r.value(['to'])) ? ['to', i] : ['to']
    if (!isEmailAddress(address)) r.fail(rel, `${r.show(rel, address)} is not an email address`)
  })
  const subjectPrefix = r.value(['subjectPrefix']) == null ? '[Posture]' : (r.text(['subjectPrefix']) ?? '')
  const tls = { requireTls: r.bool('requireTls', false), rejectUnauthorized: r.bool('rejectUnauthorized', true) }
  return {
    type: 'email',
    host,
    port,
    secure,
    ...tls,
    ...(ca ? { ca } : {}),
    ...(user ? { user } : {}),
    ...(pass ? { pass } : {}),
    from,
    to,
    subjectPrefix,
  }
}

/** Jira Cloud: site, credentials, project and workflow names. */
function jiraFields(r: EntryReader): Omit<JiraConfig, keyof ChannelCommon> {
  const url = (r.url('url') ?? '').replace(/\/+$/, '')
  const email = r.string('email', 'the Atlassian account the API token belongs to') ?? ''
  if (email && !isEmailAddress(email)) r.fail(['email'], `email ${r.show(['email'], email)} is not an email address`)
  const apiToken = r.string('apiToken', 'an Atlassian API token, e.g. ${JIRA_API_TOKEN}') ?? ''
  const project = r.string('project', 'the project key, e.g. SEC') ?? ''
  if (project && !JIRA_KEY.test(project)) r.fail(['project'], `project ${r.show(['project'], project)} is not a project key (uppercase, e.g. SEC)`)
  const labels = r.strings('labels') ?? []
  // Jira rejects labels containing spaces.
  for (const label of labels.filter((l) => /\s/.test(l))) r.fail(['labels'], `label ${JSON.stringify(label)} contains a space (Jira labels cannot)`)
  return {
    type: 'jira',
    url,
    email,
    apiToken,
    project,
    issueType: r.string('issueType') || 'Task',
    per: r.oneOf('per', ['finding', 'check'], 'finding'),
    labels,
    resolveTransition: r.string('resolveTransition') || 'Done',
    reopenTransition: r.string('reopenTransition') || 'To Do',
  }
}

/** PagerDuty Events API v2: the integration's routing key. */
function pagerDutyFields(r: EntryReader): Omit<PagerDutyConfig, keyof ChannelCommon> {
  const routingKey = r.string('routingKey', 'the 32-character integration key, e.g. ${PAGERDUTY_ROUTING_KEY}') ?? ''
  if (routingKey && !/^[A-Za-z0-9]{32}$/.test(routingKey)) {
    r.fail(['routingKey'], 'routingKey must be the 32-character integration key of an Events API v2 integration')
  }
  return { type: 'pagerduty', routingKey, url: r.url('url', PAGERDUTY_EVENTS_URL) ?? PAGERDUTY_EVENTS_URL }
}

/** The settings specific to a type. */
function typeFields(r: EntryReader, type: ChannelType, ctx: ConfigContext, readFile: ReadFile): TypeFields {
  switch (type) {
    case 'slack':
    case 'teams':
      return { type, url: r.url('url') ?? '' }
    case 'webhook':
      return webhookFields(r)
    case 'email':
      return emailFields(r, ctx.file, readFile)
    case 'jira':
      return jiraFields(r)
    case 'pagerduty':
      return pagerDutyFields(r)
  }
}

/** The channel's type; undefined after an issue. */
function channelType(r: EntryReader): ChannelType | undefined {
  const type = r.text(['type'])
  if (type && (CHANNEL_TYPES as readonly string[]).includes(type)) return type as ChannelType
  if (!r.isInvalid) {
    const known = CHANNEL_TYPES.join(', ')
    r.fail(['type'], type ? `unknown type ${r.show(['type'], type)} (known types: ${known})` : `type is required (one of ${known})`)
  }
  return undefined
}

/** Validates one entry of `alerts.channels`; the channel, or null after recording why it is skipped. */
export function parseChannel(
  name: string,
  value: unknown,
  ctx: ConfigContext,
  env: NodeJS.ProcessEnv,
  readFile: ReadFile,
): { channel: ChannelConfig | null; issues: ConfigIssue[] } {
  const r = new EntryReader(ctx, env, ['alerts', 'channels', name], isRecord(value) ? value : {}, `channel "${name}"`, 'channel skipped')
  if (!NAME_PATTERN.test(name)) r.fail([], 'a channel name must be 1-64 letters, digits, "_" or "-" (starting with a letter or digit)')
  if (!isRecord(value)) {
    r.fail([], 'a channel must be a mapping with type and its settings, e.g. { type: slack, url: ${SLACK_WEBHOOK_URL} }')
    return { channel: null, issues: r.issues }
  }
  const type = channelType(r)
  if (!type) return { channel: null, issues: r.issues }
  r.unknownKeys([...COMMON_KEYS, ...TYPE_KEYS[type]])
  const channel: ChannelConfig = { ...commonFields(r, name, type), ...typeFields(r, type, ctx, readFile) }
  return { channel: r.isInvalid ? null : channel, issues: r.issues }
}
