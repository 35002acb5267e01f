/**
 * The config file's `alerts:` section: channels (where alerts go, with secrets from environment variables), rules
 * (which lifecycle events of which findings go where), the retry policy and a link template. Every problem becomes a
 * ConfigIssue naming file, line and field; only the invalid channel or rule is skipped, the rest applies.
 */
import { readFileSync } from 'node:fs'
import { DEFAULT_RETRY, type AlertsConfig, type ChannelConfig, type RetryPolicy } from '../notify/types.js'
import type { ConfigContext } from './config.js'
import type { ConfigIssue } from './config-types.js'
import { parseChannel, type ReadFile } from './config-alerts-channels.js'
import { EntryReader, isRecord } from './config-alerts-fields.js'
import { parseRules } from './config-alerts-rules.js'

const SECTION_KEYS = ['link', 'retry', 'channels', 'rules'] as const
const RETRY_KEYS = ['base', 'max', 'giveUpAfter'] as const
const LINK_PLACEHOLDERS = ['scan', 'fingerprint', 'check']

/** An issue about a part of the section as a whole. */
function issueAt(ctx: ConfigContext, key: string | null, message: string): ConfigIssue {
  const path = key ? ['alerts', key] : ['alerts']
  return { file: ctx.file, line: ctx.lineOf(path) ?? ctx.lineOf(['alerts']), path: path.join('.'), message }
}

/** `retry: { base, max, giveUpAfter }`: each invalid field is reported and falls back to its default. */
function parseRetry(value: unknown, ctx: ConfigContext, env: NodeJS.ProcessEnv): { retry: RetryPolicy; issues: ConfigIssue[] } {
  if (value === undefined || value === null) return { retry: { ...DEFAULT_RETRY }, issues: [] }
  if (!isRecord(value))
    return {
      retry: { ...DEFAULT_RETRY },
      issues: [issueAt(ctx, 'retry', 'retry must be a mapping { base: 30s, max: 15m, giveUpAfter: 24h }; defaults used')],
    }
  const r = new EntryReader(ctx, env, ['alerts', 'retry'], value, 'retry', 'default used')
  r.unknownKeys(RETRY_KEYS)
  const retry = {
    baseMs: r.duration(['base'], DEFAULT_RETRY.baseMs),
    maxMs: r.duration(['max'], DEFAULT_RETRY.maxMs),
    maxAgeMs: r.duration(['giveUpAfter'], DEFAULT_RETRY.maxAgeMs),
  }
  if (retry.baseMs > retry.maxMs) {
    r.warn(['max'], 'max is shorter than base; using base for both')
    retry.maxMs = retry.baseMs
  }
  return { retry, issues: r.issues }
}

/** `link:` an http(s) URL template whose only placeholders are {scan}, {fingerprint} and {check}; ignored when invalid. */
function parseLink(section: Record<string, unknown>, ctx: ConfigContext, env: NodeJS.ProcessEnv): { link?: string; issues: ConfigIssue[] } {
  const r = new EntryReader(ctx, env, ['alerts'], section, 'link', 'link ignored')
  const link = r.text(['link'])
  if (!link) return { issues: r.issues }
  const unknown = [...link.matchAll(/\{([^}]*)\}/g)].map((m) => m[1]!).filter((p) => !LINK_PLACEHOLDERS.includes(p))
  if (unknown.length > 0) r.fail(['link'], `unknown placeholder {${unknown[0]}} (known: {scan}, {fingerprint}, {check})`)
  else if (!/^https?:\/\/[^/\s]+/.test(link) || !URL.canParse(link.replace(/\{\w+\}/g, 'x'))) {
    r.fail(['link'], 'link must be an http(s) URL, e.g. https://posture.example.com/findings/{fingerprint}')
  }
  return r.isInvalid ? { issues: r.issues } : { link, issues: r.issues }
}

/** `channels:` a mapping of channel name → settings; the valid ones by name, and the names of the invalid ones. */
function parseChannels(value: unknown, ctx: ConfigContext, env: NodeJS.ProcessEnv, readFile: ReadFile) {
  const valid = new Map<string, ChannelConfig>()
  const invalid = new Set<string>()
  const issues: ConfigIssue[] = []
  if (value === undefined || value === null) return { valid, invalid, issues }
  if (!isRecord(value)) {
    issues.push(
      issueAt(ctx, 'channels', 'alerts.channels must be a mapping of channel name → settings (e.g. secops: { type: slack, url: ... }); none applied'),
    )
    return { valid, invalid, issues }
  }
  for (const [name, settings] of Object.entries(value)) {
    const result = parseChannel(name, settings, ctx, env, readFile)
    issues.push(...result.issues)
    if (result.channel) valid.set(name, result.channel)
    else invalid.add(name)
  }
  return { valid, invalid, issues }
}

/**
 * Validates the config file's `alerts:` section (the parsed YAML). Absent or null gives null. Shape:
 *
 * ```yaml
 * alerts:
 *   link: https://posture.example.com/findings/{fingerprint}   # optional; placeholders {scan} {fingerprint} {check}
 *   retry: { base: 30s, max: 15m, giveUpAfter: 24h }              # optional (DEFAULT_RETRY)
 *   channels:                                                     # channel name → settings
 *     secops-slack:
 *       type: slack                # slack | teams | webhook | email | jira | pagerduty
 *       url: ${SLACK_WEBHOOK_URL}  # ${NAME} is read from the environment; $${ is a literal ${
 *       mode: digest               # immediate (default) | digest (not for jira, pagerduty)
 *       digestTop: 10              # findings listed in a digest (default 10)
 *       cap: 20                    # immediate: finding messages per scan, then "and N more" (default 50; none: no cap)
 *       rateLimit: 30/min          # N/s, N/min, N/h or { count, per: 1m } (default: unlimited)
 *       timeout: 10s               # per request (default 10s)
 *     team-teams: { type: teams, url: '${TEAMS_WEBHOOK_URL}' }
 *     siem: { type: webhook, url: https://siem.example.com/hook, secret: '${POSTURE_WEBHOOK_SECRET}', headers: { X-Env: prod } }
 *     mail: { type: email, host: smtp.example.com, port: 587, secure: false, requireTls: true, rejectUnauthorized: true,
 *             ca: ./ca.pem, user: posture, pass: '${SMTP_PASSWORD}', from: posture@example.com, to: [secops@example.com],
 *             subjectPrefix: '[Posture]' }
 *     jira: { type: jira, url: https://example.atlassian.net, email: bot@example.com, apiToken: '${JIRA_API_TOKEN}',
 *             project: SEC, issueType: Task, per: finding, labels: [cspm], resolveTransition: Done, reopenTransition: To Do }
 *     oncall: { type: pagerduty, routingKey: '${PAGERDUTY_ROUTING_KEY}' }   # url defaults to the Events API v2 endpoint
 *   rules:
 *     - name: critical-now                   # default "rule <n>"
 *       on: [new, reopened, resolved]        # default; also unmuted, open (digest channels only)
 *       minSeverity: high                    # default informational
 *       providers: [aws]                     # also accounts, regions, services, checks (globs), frameworks, tags: { env: prod }
 *       channels: [secops-slack, oncall]
 *     - name: by-owner
 *       owner: { tag: owner, channels: { payments: team-teams, platform: mail }, fallback: secops-slack }   # tag: key or list
 * ```
 *
 * Inside a flow mapping `{ ... }` a `${NAME}` value must be quoted: YAML reads an unquoted `{` there as a nested mapping.
 * Email `port` defaults to 465 when `secure`, else 587; `secure` defaults to true on port 465. `ca` is a PEM file path
 * relative to the config file. No message ever shows a value that came from the environment or a URL or secret field.
 */
export function parseAlertsConfig(
  value: unknown,
  ctx: ConfigContext,
  env: NodeJS.ProcessEnv = process.env,
  readFile: ReadFile = (p) => readFileSync(p, 'utf8'),
): { alerts: AlertsConfig | null; issues: ConfigIssue[] } {
  if (value === undefined || value === null) return { alerts: null, issues: [] }
  if (!isRecord(value)) return { alerts: null, issues: [issueAt(ctx, null, 'alerts must be a mapping with channels and rules; alerts disabled')] }
  const section = new EntryReader(ctx, env, ['alerts'], value, 'alerts', 'ignored')
  section.unknownKeys(SECTION_KEYS)
  const link = parseLink(value, ctx, env)
  const retry = parseRetry(value.retry, ctx, env)
  const channels = parseChannels(value.channels, ctx, env, readFile)
  const rules = parseRules(value.rules, ctx, env, channels)
  const issues = [...section.issues, ...link.issues, ...retry.issues, ...channels.issues, ...rules.issues]
  if (channels.valid.size > 0 && rules.rules.length === 0) {
    issues.push(issueAt(ctx, 'rules', 'no rule routes to any channel, so no alert will be sent (add rules: with channels:)'))
  }
  const alerts: AlertsConfig = {
    channels: [...channels.valid.values()],
    rules: rules.rules,
    ...(link.link ? { link: link.link } : {}),
    retry: retry.retry,
  }
  return { alerts, issues }
}
