/** `posture alerts test|status|send`: try a channel, see the delivery history, and deliver what is due now. */
import { EXIT, PostureError } from '../../core/errors.js'
import { sampleDigest, sampleFindingAlert, sampleOverflow } from '../../notify/sample.js'
import { unreachableChannels } from '../../notify/preflight.js'
import type { Alert } from '../../notify/types.js'
import { openStore } from '../../store/open.js'
import type { OutboxEntry, Store } from '../../store/types.js'
import { alertingFrom, deliver, deliveryLine, type Alerting } from '../alerting.js'
import { databaseUrl, loadConfig, warnConfigIssues, type PostureConfig } from '../config.js'
import { choiceOption } from '../options.js'

/** Flags shared by the alerts commands. */
export interface AlertsFlags {
  config?: string
  database?: string
  format?: string
  limit?: string
  kind?: string
}

/** What `alerts test --kind` can send. */
export const TEST_KINDS = ['new', 'resolved', 'digest', 'overflow'] as const

/** Loads the config, prints its warnings, and builds alerting; no usable channel is a config error. */
async function loadAlerting(flags: AlertsFlags): Promise<{ config: PostureConfig; alerting: Alerting }> {
  const config = await loadConfig(flags.config)
  warnConfigIssues(config.issues)
  const alerting = alertingFrom(config.alerts)
  if (!alerting) {
    throw new PostureError(
      'POSTURE_ERR_CONFIG',
      `No usable alert channel in ${config.file ?? 'the config (no config file found)'}`,
      'Add an `alerts:` section with channels and rules (see docs/alerts.md), or fix the warnings above.',
    )
  }
  return { config, alerting }
}

/** The sample alert of a kind. */
function sampleOf(kind: (typeof TEST_KINDS)[number]): Alert {
  if (kind === 'digest') return sampleDigest()
  if (kind === 'overflow') return sampleOverflow()
  return sampleFindingAlert(kind)
}

/** `posture alerts test <channel>`: sends one sample alert directly (not through the outbox) and reports the outcome. */
export async function alertsTest(name: string, flags: AlertsFlags): Promise<number> {
  const kind = choiceOption('--kind', flags.kind, TEST_KINDS, 'new')
  const { config, alerting } = await loadAlerting(flags)
  const channel = alerting.channels.get(name)
  if (!channel) {
    const broken = config.issues.some((i) => i.path.startsWith(`alerts.channels.${name}.`) || i.path === `alerts.channels.${name}`)
    throw new PostureError(
      'POSTURE_ERR_CONFIG',
      broken ? `Alert channel "${name}" is not usable: see the warnings above` : `Unknown alert channel "${name}"`,
      `Configured channels: ${[...alerting.channels.keys()].join(', ')}.`,
    )
  }
  const [unreachable] = await unreachableChannels([alerting.configs.get(name)!])
  if (unreachable) {
    process.stderr.write(`posture: error: ${config.file ?? 'config'}: alerts.channels.${name}.${unreachable.field}: ${unreachable.reason}\n`)
    process.stderr.write('posture: hint: check the host and port, DNS and any proxy or firewall between here and it.\n')
    return EXIT.CANNOT_RUN
  }
  const result = await channel.send(sampleOf(kind), { deliveryId: `test:${Date.now()}`, attempt: 1, now: () => new Date() })
  if (!result.ok) {
    process.stderr.write(`posture: error: alerts test: channel ${name} (${channel.type}): ${result.reason}\n`)
    process.stderr.write(
      `posture: hint: ${result.retryable ? 'a temporary failure: try again later' : 'the channel rejected the message: check its settings'}.\n`,
    )
    return EXIT.CANNOT_RUN
  }
  process.stdout.write(`sent a test ${kind} alert to ${name} (${channel.type})${result.ref ? `: ${result.ref}` : ''}\n`)
  return EXIT.OK
}

/** Opens the store the alerts commands read (flag, environment, then the config's `database:`). */
function storeOf(flags: AlertsFlags, config: PostureConfig): Promise<Store> {
  return openStore(databaseUrl(flags.database, config))
}

/** `posture alerts send`: one delivery pass now, whatever is due (backoff and Retry-After still apply). */
export async function alertsSend(flags: AlertsFlags): Promise<number> {
  const { alerting, config } = await loadAlerting(flags)
  const store = await storeOf(flags, config)
  try {
    const summary = await deliver(store, alerting, undefined, (l) => void process.stderr.write(`posture: ${l}\n`))
    process.stdout.write(`${deliveryLine(summary) ?? 'alerts: nothing due'}\n`)
    return EXIT.OK
  } finally {
    await store.close()
  }
}

/** What an outbox entry is about, in a few words. */
export function subjectOf(e: OutboxEntry): string {
  const p = e.payload as Alert
  if (p.kind === 'digest') return `digest of scan #${p.scan.seq} (${p.top.length + p.more} item(s))`
  if (p.kind === 'overflow') return `and ${p.more} more (scan #${p.scan.seq})`
  const f = p.finding
  return `${f.checkId} on ${f.resource.name}`
}

/** Status data: per-channel counts, entries waiting or failed, and recent deliveries. */
async function statusData(store: Store, alerting: Alerting | undefined, limit: number) {
  const open = await store.listAlerts({ statuses: ['pending', 'sending', 'failed'], limit: 100_000 })
  const recent = await store.listAlerts({ statuses: ['delivered'], limit })
  const since = new Date(Date.now() - 86_400_000).toISOString()
  const names = [...new Set([...(alerting?.configs.keys() ?? []), ...open.map((e) => e.channel)])].sort()
  const channels = await Promise.all(
    names.map(async (name) => ({
      name,
      type: alerting?.configs.get(name)?.type ?? null,
      configured: alerting?.configs.has(name) ?? false,
      pending: open.filter((e) => e.channel === name && e.status !== 'failed').length,
      failed: open.filter((e) => e.channel === name && e.status === 'failed').length,
      delivered24h: await store.countDelivered(name, since),
    })),
  )
  const waiting = open.filter((e) => e.status !== 'failed').reverse()
  return { channels, waiting, failed: open.filter((e) => e.status === 'failed').slice(0, limit), recent }
}

/** One table row per entry. */
function entryRows(entries: readonly OutboxEntry[], time: (e: OutboxEntry) => string, extra: (e: OutboxEntry) => string): string {
  return entries
    .map(
      (e) => `  ${time(e).padEnd(24)} ${e.channel.padEnd(16)} ${e.event.padEnd(9)} ${(e.severity ?? '-').padEnd(8)} ${subjectOf(e)}  ${extra(e)}\n`,
    )
    .join('')
}

/** `posture alerts status`: channels, pending and failed deliveries, and recent history. */
export async function alertsStatus(flags: AlertsFlags): Promise<number> {
  const format = choiceOption('--format', flags.format, ['table', 'json'] as const, 'table')
  const limit = flags.limit ? Number(flags.limit) : 20
  if (!Number.isInteger(limit) || limit < 1)
    throw new PostureError('POSTURE_ERR_USAGE', `Invalid --limit "${flags.limit}"`, 'Give a positive integer.')
  const config = await loadConfig(flags.config)
  warnConfigIssues(config.issues)
  const alerting = alertingFrom(config.alerts)
  const store = await storeOf(flags, config)
  try {
    const data = await statusData(store, alerting, limit)
    if (format === 'json') {
      process.stdout.write(`${JSON.stringify(data, null, 2)}\n`)
      return EXIT.OK
    }
    let out = 'Channels\n'
    for (const c of data.channels) {
      const type = c.configured ? c.type! : 'not configured: entries kept until it is'
      out += `  ${c.name.padEnd(16)} ${type.padEnd(10)} pending ${c.pending}, failed ${c.failed}, delivered in 24 h ${c.delivered24h}\n`
    }
    if (data.channels.length === 0) out += '  (none: add an alerts: section to the config file)\n'
    out += `\nWaiting (${data.waiting.length})\n`
    out += entryRows(
      data.waiting.slice(0, limit),
      (e) => `next ${e.nextAttemptAt}`,
      (e) => (e.lastError ? `attempts ${e.attempts}, last error: ${e.lastError}` : ''),
    )
    out += `\nFailed (${data.failed.length} shown)\n`
    out += entryRows(
      data.failed,
      (e) => e.createdAt,
      (e) => `attempts ${e.attempts}: ${e.lastError ?? ''}`,
    )
    out += `\nRecently delivered (${data.recent.length} shown)\n`
    out += entryRows(
      data.recent,
      (e) => e.deliveredAt ?? '',
      (e) => (e.ref ? `ref ${e.ref}` : ''),
    )
    process.stdout.write(out)
    return EXIT.OK
  } finally {
    await store.close()
  }
}
