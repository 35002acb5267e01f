/**
 * The static part of the HTML report: scan facts, totals, charts, framework scores and collection errors, rendered
 * to escaped HTML at build time so they show (and print) without waiting for the embedded findings to decode.
 */
import type { Severity } from '../../core/finding.js'
import { SEVERITIES } from '../../core/finding.js'
import type { FrameworkResult, ScoreSummary } from '../../score/types.js'
import type { RenderInput } from '../render-input.js'
import { barChart, formatCount, scoreChart, trendChart, type BarRow } from './charts.js'
import { escapeHtml, safeHref } from './escape.js'
import { serviceOf } from './pack.js'

/** Unmuted counts per status plus muted findings: the four ways the report tallies a finding. */
export interface StatusCounts {
  pass: number
  fail: number
  error: number
  muted: number
}

/** The tallies the charts draw, from one pass over the findings. */
export interface Tallies {
  bySeverity: Record<Severity, StatusCounts>
  /** Unmuted failures per service. */
  failuresByService: Map<string, number>
  byAccount: Map<string, StatusCounts>
}

const zero = (): StatusCounts => ({ pass: 0, fail: 0, error: 0, muted: 0 })

/** Counts findings by severity, service (failures) and account; muted findings count as `muted`, not as their status. */
export function tally(input: RenderInput): Tallies {
  const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, zero()])) as Record<Severity, StatusCounts>
  const failuresByService = new Map<string, number>()
  const byAccount = new Map<string, StatusCounts>(input.report.scan.accounts.map((a) => [a, zero()]))
  for (const f of input.report.findings) {
    const key = f.muted ? 'muted' : f.status
    bySeverity[f.severity][key]++
    let acct = byAccount.get(f.resource.account)
    if (!acct) byAccount.set(f.resource.account, (acct = zero()))
    acct[key]++
    if (key === 'fail') {
      const service = serviceOf(f.checkId, input.checks.get(f.checkId))
      failuresByService.set(service, (failuresByService.get(service) ?? 0) + 1)
    }
  }
  return { bySeverity, failuresByService, byAccount }
}

/** `2026-11-20T10:04:00.000Z` → `2026-11-20 10:04:00 UTC` (fixed format: the report must not depend on the viewer's locale). */
export function formatTime(iso: string): string {
  const d = new Date(iso)
  return Number.isNaN(d.getTime()) ? iso : `${d.toISOString().slice(0, 19).replace('T', ' ')} UTC`
}

function formatDuration(ms: number): string {
  const s = Math.round(ms / 1000)
  return s < 60 ? `${s} s` : s < 3600 ? `${Math.floor(s / 60)} min ${s % 60} s` : `${Math.floor(s / 3600)} h ${Math.floor((s % 3600) / 60)} min`
}

const STATUS_LEGEND = [
  { key: 'fail', label: 'fail' },
  { key: 'error', label: 'error' },
  { key: 'muted', label: 'muted' },
  { key: 'pass', label: 'pass' },
] as const

function statusSegments(c: StatusCounts): BarRow['segments'] {
  return STATUS_LEGEND.map(({ key, label }) => ({ key, label, value: c[key] }))
}

/** Lists at most `max` items, then says how many were left out. */
function someOf(items: readonly string[], max: number): string {
  const shown = items.slice(0, max).map(escapeHtml).join(', ')
  return items.length > max ? `${shown} <span class="muted-text">and ${formatCount(items.length - max)} more</span>` : shown || '—'
}

/** A framework's name as the report shows it. */
export function frameworkLabel(fw: FrameworkResult): string {
  return `${fw.framework.name} ${fw.framework.version}`
}

/** "1 passed · 5 failed · 1 undetermined · 50 no data": the counts a score stands on. */
export function scoreDetail(s: ScoreSummary): string {
  return `${formatCount(s.passed)} passed · ${formatCount(s.failed)} failed · ${formatCount(s.undetermined)} undetermined · ${formatCount(s.noData)} no data`
}

function card(key: string, label: string, value: string, note = ''): string {
  return `<div class="card card-${escapeHtml(key)}" data-total="${escapeHtml(key)}"><div class="value">${escapeHtml(value)}</div><div class="label">${escapeHtml(label)}</div>${note ? `<div class="note">${escapeHtml(note)}</div>` : ''}</div>`
}

const MAX_ACCOUNT_BARS = 20
const MAX_SERVICE_BARS = 15
const MAX_ERRORS = 500

/** The summary section's inner HTML. */
export function renderSummary(input: RenderInput): string {
  const { report, compliance } = input
  const { scan, summary } = report
  const t = tally(input)
  const posture = compliance?.posture.score
  const duration = scan.stats?.durationMs ?? Date.parse(scan.finishedAt) - Date.parse(scan.startedAt)

  const facts = [
    ['Scan id', `<code>${escapeHtml(scan.id)}</code>`],
    ['Provider', escapeHtml(scan.provider.toUpperCase())],
    ['Started', escapeHtml(formatTime(scan.startedAt))],
    [
      'Finished',
      `${escapeHtml(formatTime(scan.finishedAt))}${Number.isFinite(duration) && duration >= 0 ? ` (${escapeHtml(formatDuration(duration))})` : ''}`,
    ],
    [`Accounts (${formatCount(scan.accounts.length)})`, someOf(scan.accounts, 20)],
    [`Regions (${formatCount(scan.regions.length)})`, someOf(scan.regions, 30)],
    ...(scan.stats ? [['API calls', `${formatCount(scan.stats.apiCalls)} (${formatCount(scan.stats.failedCalls)} failed)`]] : []),
    ['Tool', `posture ${escapeHtml(report.tool.version)}, report format ${escapeHtml(report.schemaVersion)}`],
  ]
  const cards = [
    card(
      'score',
      'Posture score',
      posture === undefined ? 'n/a' : posture === null ? '—' : `${posture}%`,
      compliance ? 'severity-weighted, unmuted findings' : 'not computed for this report',
    ),
    card('total', 'Findings', formatCount(summary.total)),
    card('fail', 'Failed', formatCount(summary.byStatus.fail), 'open (unmuted)'),
    card('error', 'Errors', formatCount(summary.byStatus.error), 'could not be decided'),
    card('muted', 'Muted', formatCount(summary.muted), 'accepted by a suppression'),
    card('pass', 'Passed', formatCount(summary.byStatus.pass)),
    card('resources', 'Resources', formatCount(summary.resources)),
    card('checks', 'Checks', formatCount(summary.checks)),
    card('errors', 'Collection errors', formatCount(summary.collectionErrors)),
  ]

  const severityRows: BarRow[] = SEVERITIES.map((s) => ({
    label: s,
    segments: statusSegments(t.bySeverity[s]),
    filter: { severity: s },
  }))
  const services = [...t.failuresByService].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
  const serviceRows: BarRow[] = services
    .slice(0, MAX_SERVICE_BARS)
    .map(([service, n]) => ({ label: service, segments: [{ key: 'fail', label: 'failed', value: n }], filter: { service, status: 'fail' } }))
  const accounts = [...t.byAccount].sort((a, b) => b[1].fail - a[1].fail || a[0].localeCompare(b[0]))
  const accountRows: BarRow[] = accounts.slice(0, MAX_ACCOUNT_BARS).map(([account, c]) => ({
    label: account,
    segments: statusSegments(c),
    note: `${formatCount(c.fail)} failed`,
    filter: { account },
  }))
  const frameworks = compliance?.frameworks ?? []

  const more = (shown: number, all: number, what: string) =>
    all > shown ? `<p class="muted-text">Top ${shown} of ${formatCount(all)} ${what}; the Findings view filters the rest.</p>` : ''

  return [
    `<h2>Summary</h2>`,
    `<dl class="facts">${facts.map(([k, v]) => `<div><dt>${k}</dt><dd>${v}</dd></div>`).join('')}</dl>`,
    `<div class="cards">${cards.join('')}</div>`,
    `<div class="charts">`,
    `<figure class="chart-box"><figcaption>Status by severity</figcaption>${barChart('chart-severity', 'Findings by severity and status', severityRows, STATUS_LEGEND)}</figure>`,
    `<figure class="chart-box"><figcaption>Failures by service (top ${MAX_SERVICE_BARS})</figcaption>${barChart('chart-services', 'Unmuted failures by service', serviceRows)}${more(serviceRows.length, services.length, 'services')}</figure>`,
    `<figure class="chart-box"><figcaption>Status by account</figcaption>${barChart('chart-accounts', 'Findings by account and status', accountRows, STATUS_LEGEND)}${more(accountRows.length, accounts.length, 'accounts')}</figure>`,
    `<figure class="chart-box"><figcaption>Framework scores</figcaption>${scoreChart(
      'chart-frameworks',
      'Compliance score per framework',
      frameworks.map((fw) => ({ label: frameworkLabel(fw), score: fw.summary.score, detail: scoreDetail(fw.summary) })),
    )}</figure>`,
    `</div>`,
    renderFrameworkTable(frameworks),
    renderTrend(input),
    renderErrors(input),
  ].join('\n')
}

/** Scores over recorded scans (reports of stored scans only): posture score chart, then a table per scan. */
function renderTrend(input: RenderInput): string {
  const trend = input.trend ?? []
  if (trend.length === 0) return ''
  const ids = [...new Set(trend.flatMap((p) => Object.keys(p.frameworks)))]
  const label = (p: (typeof trend)[number]) => `#${p.scanSeq} ${p.finishedAt.slice(0, 10)}`
  const pct = (n: number | null | undefined) => (n === null || n === undefined ? '—' : `${n}%`)
  const rows = trend
    .map(
      (p) =>
        `<tr><td>${escapeHtml(label(p))}</td><td class="num score">${escapeHtml(pct(p.posture))}</td>${ids.map((id) => `<td class="num">${escapeHtml(pct(p.frameworks[id]))}</td>`).join('')}</tr>`,
    )
    .join('')
  return (
    `<h3>Score trend</h3><p class="muted-text">Scores of the last ${formatCount(trend.length)} recorded scan(s) up to this one, oldest first.</p>` +
    `<figure class="chart-box"><figcaption>Posture score over scans</figcaption>${trendChart(
      'chart-trend',
      'Posture score over scans',
      trend.map((p) => ({ label: label(p), score: p.posture })),
    )}</figure>` +
    `<table class="grid" id="score-trend"><thead><tr><th>Scan</th><th class="num">Posture</th>${ids.map((id) => `<th class="num">${escapeHtml(id)}</th>`).join('')}</tr></thead><tbody>${rows}</tbody></table>`
  )
}

function renderFrameworkTable(frameworks: readonly FrameworkResult[]): string {
  if (frameworks.length === 0) return `<h3>Framework scores</h3><p class="empty">Compliance was not scored for this report.</p>`
  const rows = frameworks.map((fw) => {
    const s = fw.summary
    const href = safeHref(fw.framework.source)
    const name = href
      ? `<a href="${escapeHtml(href)}" rel="noopener noreferrer" target="_blank">${escapeHtml(fw.framework.name)}</a>`
      : escapeHtml(fw.framework.name)
    const cells = [s.passed, s.failed, s.undetermined, s.noData, s.manual, s.unmapped, s.total]
      .map((n) => `<td class="num">${formatCount(n)}</td>`)
      .join('')
    return `<tr data-framework="${escapeHtml(fw.framework.id)}"><td>${name}</td><td>${escapeHtml(fw.framework.version)}</td><td class="num score">${s.score === null ? '—' : `${s.score}%`}</td>${cells}</tr>`
  })
  return (
    `<h3>Framework scores</h3><p class="muted-text">Score = passed ÷ (passed + failed) requirements; undetermined, no-data, manual and unmapped requirements are never counted as passed.</p>` +
    `<table class="grid" id="framework-scores"><thead><tr><th>Framework</th><th>Version</th><th class="num">Score</th><th class="num">Passed</th><th class="num">Failed</th>` +
    `<th class="num">Undetermined</th><th class="num">No data</th><th class="num">Manual</th><th class="num">Unmapped</th><th class="num">Total</th></tr></thead><tbody>${rows.join('')}</tbody></table>`
  )
}

function renderErrors(input: RenderInput): string {
  const errors = input.report.errors
  if (errors.length === 0) return `<h3>Collection errors</h3><p class="empty">None: every listing the scan attempted succeeded.</p>`
  const rows = errors
    .slice(0, MAX_ERRORS)
    .map(
      (e) =>
        `<tr><td>${escapeHtml(e.account)}</td><td>${escapeHtml(e.service)}</td><td>${escapeHtml(e.region)}</td><td><code>${escapeHtml(e.api)}</code></td><td>${escapeHtml(e.reason)}</td><td class="mono">${escapeHtml(e.resource ?? '')}</td></tr>`,
    )
  return (
    `<h3>Collection errors (${formatCount(errors.length)})</h3><p class="muted-text">Data the scan could not read: checks that need it report <strong>error</strong>, never pass.</p>` +
    `<table class="grid" id="collection-errors"><thead><tr><th>Account</th><th>Service</th><th>Region</th><th>API</th><th>Reason</th><th>Resource</th></tr></thead><tbody>${rows.join('')}</tbody></table>` +
    (errors.length > MAX_ERRORS
      ? `<p class="muted-text">First ${MAX_ERRORS} of ${formatCount(errors.length)}; the JSON report lists them all.</p>`
      : '')
  )
}
