/**
 * Alerts benchmark (`npx tsx bench/alerts.ts`, also part of `npm run bench`): what alerting adds to recording the first
 * scan of a large estate (every failure is new, the worst case), and how fast the outbox drains to a webhook on
 * loopback. Runs in its own process; writes its section of docs/benchmarks.md.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { fingerprint } from '../src/core/fingerprint.js'
import type { Resource } from '../src/core/resource.js'
import { loadChecks } from '../src/checks/registry.js'
import { createChannel } from '../src/notify/channels/index.js'
import { deliverDue } from '../src/notify/dispatch.js'
import { alertPlanner } from '../src/notify/plan.js'
import { sampleFindingAlert } from '../src/notify/sample.js'
import { DEFAULT_RETRY, type AlertsConfig, type ChannelConfig } from '../src/notify/types.js'
import { syntheticRenderInput } from '../src/report/render-testing.js'
import { openStore } from '../src/store/open.js'
import type { AlertPlanner, ScanFinding, ScanResult } from '../src/store/types.js'
import { machineLine, writeDocSection } from './machine.js'

const START = '<!-- bench/alerts.ts: start -->'
const END = '<!-- bench/alerts.ts: end -->'
const FINDINGS = 100_000
const DELIVERIES = 2_000

/** What the alerts phase measured. */
export interface AlertFigures {
  findings: number
  failures: number
  recordMs: number
  recordWithAlertsMs: number
  outboxRows: number
  deliveries: number
  deliverMs: number
  peakRssMiB: number
}

const common = { digestTop: 10, rateLimit: null, timeoutMs: 10_000 }
/** A chat channel capped at 50 per scan, a digest channel, and an uncapped ticket channel for critical findings. */
function benchConfig(url: string): AlertsConfig {
  const channels: ChannelConfig[] = [
    { ...common, name: 'chat', type: 'slack', url, mode: 'immediate', cap: 50 },
    { ...common, name: 'digest', type: 'teams', url, mode: 'digest', cap: null },
    { ...common, name: 'hook', type: 'webhook', url, secret: 'bench-secret-0123456789', headers: {}, mode: 'immediate', cap: null },
  ]
  return {
    channels,
    rules: [
      { name: 'all', on: ['new', 'reopened', 'unmuted', 'resolved'], minSeverity: 'informational', filters: {}, channels: ['chat', 'digest'] },
      { name: 'critical', on: ['new', 'reopened', 'unmuted', 'resolved'], minSeverity: 'critical', filters: {}, channels: ['hook'] },
    ],
    retry: DEFAULT_RETRY,
  }
}

/** A first scan of `n` synthetic findings as the store records it. */
async function syntheticScan(n: number): Promise<ScanResult> {
  const { report } = await syntheticRenderInput(n)
  const findings: ScanFinding[] = report.findings.map((f) => ({ ...f, fingerprint: fingerprint(f.checkId, f.resource.uid) }))
  const resources = new Map<string, Resource>()
  for (const f of findings) {
    resources.set(f.resource.uid, {
      ...f.resource,
      tags: { owner: `team-${f.resource.account.slice(-1)}` },
      attributes: {},
      relations: [],
      source: { kind: 'live' },
    })
  }
  return {
    status: 'complete',
    finishedAt: report.scan.finishedAt,
    accounts: report.scan.accounts,
    regions: report.scan.regions,
    stats: null,
    resources: [...resources.values()],
    collectionErrors: [],
    findings,
  }
}

/** Records the scan into a new SQLite store, with or without a planner; returns the time finishScan took. */
async function record(dir: string, name: string, result: ScanResult, planner?: AlertPlanner): Promise<{ ms: number; outbox: number }> {
  const store = await openStore(join(dir, `${name}.db`))
  try {
    const scan = await store.beginScan({ id: name, provider: 'aws', target: 'bench', startedAt: result.finishedAt, regions: result.regions })
    const t = performance.now()
    await store.finishScan(scan.seq, result, { provider: 'aws', accounts: result.accounts, regions: result.regions }, planner)
    const ms = performance.now() - t
    return { ms, outbox: (await store.listAlerts({ limit: 1_000_000 })).length }
  } finally {
    await store.close()
  }
}

/** Drains `n` queued webhook alerts to a loopback receiver; returns the time. */
async function drain(dir: string, url: string, n: number): Promise<number> {
  const store = await openStore(join(dir, 'drain.db'))
  try {
    const entries = Array.from({ length: n }, (_, i) => ({
      key: `bench:${i}`,
      channel: 'hook',
      kind: 'finding' as const,
      event: 'new',
      fingerprint: String(i),
      checkId: 'bench',
      scanSeq: 1,
      severity: 'high' as const,
      payload: sampleFindingAlert('new'),
    }))
    await store.enqueueAlerts(entries, new Date().toISOString())
    const config = benchConfig(url)
    const hook = config.channels.find((c) => c.name === 'hook')!
    const t = performance.now()
    const sum = await deliverDue({
      store,
      channels: new Map([['hook', createChannel(hook)]]),
      configs: new Map([['hook', hook]]),
      retry: DEFAULT_RETRY,
    })
    if (sum.delivered !== n) throw new Error(`delivered ${sum.delivered} of ${n}`)
    return performance.now() - t
  } finally {
    await store.close()
  }
}

/** Runs the alerts phase. */
export async function phaseAlerts(n = FINDINGS, deliveries = DELIVERIES): Promise<AlertFigures> {
  const server = createServer((req, res) => req.resume().on('end', () => res.writeHead(204).end()))
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`
  const dir = mkdtempSync(join(tmpdir(), 'posture-bench-alerts-'))
  try {
    const result = await syntheticScan(n)
    const checks = new Map((await loadChecks()).map((c) => [c.id, c]))
    // A first recording warms up the code paths both measured recordings share; it is not counted.
    await record(dir, 'warm-up', result)
    const plain = await record(dir, 'plain', result)
    const planner = alertPlanner(benchConfig(url), { findings: result.findings, resources: result.resources, checks })
    const alerted = await record(dir, 'alerted', result, planner)
    const deliverMs = await drain(dir, url, deliveries)
    return {
      findings: n,
      failures: result.findings.filter((f) => f.status === 'fail' && !f.muted).length,
      recordMs: plain.ms,
      recordWithAlertsMs: alerted.ms,
      outboxRows: alerted.outbox,
      deliveries,
      deliverMs,
      peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
    }
  } finally {
    server.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`

/** The alerts section of docs/benchmarks.md. */
export function alertsSection(r: AlertFigures): string {
  return [
    START,
    '## Alerts: planning in the scan transaction, and draining the outbox',
    '',
    `Produced by \`npx tsx bench/alerts.ts\` (also part of \`npm run bench\`). Machine: ${machineLine()}.`,
    '',
    `The first recorded scan of ${r.findings.toLocaleString('en')} synthetic findings (${r.failures.toLocaleString('en')} unmuted failures, all \`new\`: the worst case) on SQLite, with three channels: chat capped at 50 per scan, a digest, and a webhook for critical findings.`,
    '',
    '| Measure | Result |',
    '| --- | --- |',
    `| Recording the scan without alerts | ${s(r.recordMs)} |`,
    `| Recording it with alerts planned and queued in the same transaction | ${s(r.recordWithAlertsMs)} (${(r.recordWithAlertsMs / r.recordMs).toFixed(2)}×) |`,
    `| Outbox rows queued | ${r.outboxRows.toLocaleString('en')} (50 + "and N more" for chat, 1 digest, one per critical failure for the webhook) |`,
    `| Delivering ${r.deliveries.toLocaleString('en')} signed webhook alerts to a receiver on 127.0.0.1 | ${s(r.deliverMs)} (${Math.round(r.deliveries / (r.deliverMs / 1000)).toLocaleString('en')} per second, one at a time per channel) |`,
    `| Peak RSS of the phase | ${r.peakRssMiB} MiB |`,
    '',
    'Caps and digests keep the outbox small even on a first scan: the cost is writing one subject row per (chat channel, finding), so a later resolution reaches the channels that heard of it. Delivery is sequential per channel to keep order, and channels run in parallel.',
    END,
  ].join('\n')
}

if (process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url) {
  phaseAlerts().then(
    (r) => {
      const section = alertsSection(r)
      writeDocSection(START, END, section)
      console.log(`${section}\nwritten to docs/benchmarks.md`)
      process.exit(0)
    },
    (err: unknown) => {
      console.error(`bench/alerts: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`)
      process.exit(1)
    },
  )
}
