/**
 * The self-contained HTML report: one file that opens offline. The summary is static HTML; findings and compliance
 * are embedded packed (pack.ts) and rendered in the browser a page at a time, so 100,000 findings stay usable.
 */
import { createHash } from 'node:crypto'
import type { RenderInput } from '../render-input.js'
import { formatCount } from './charts.js'
import { CLIENT_JS } from './client.js'
import { escapeHtml, isScriptSafe } from './escape.js'
import { encodePacked, packFindings } from './pack.js'
import { CSS } from './styles.js'
import { formatTime, renderSummary } from './summary.js'

const sha256 = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`

/**
 * The page's Content-Security-Policy: nothing may load (no network, no fonts, no frames), and only our own <style>
 * and <script> run, pinned by hash, so even markup that slipped past escaping could not execute.
 */
export function contentSecurityPolicy(): string {
  return [
    "default-src 'none'",
    `style-src ${sha256(CSS)}`,
    `script-src ${sha256(CLIENT_JS)}`,
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ')
}

const SORTABLE: readonly [key: string, label: string, col: string][] = [
  ['status', 'Status', 'c-status'],
  ['severity', 'Severity', 'c-sev'],
  ['check', 'Check', 'c-check'],
  ['resource', 'Resource', 'c-res'],
  ['account', 'Account', 'c-acct'],
  ['region', 'Region', 'c-region'],
]

function select(id: string, label: string): string {
  return `<label for="${id}">${label}<select id="${id}"><option value="">all</option></select></label>`
}

function findingsView(total: number): string {
  const cols = SORTABLE.map(([, , c]) => `<col class="${c}">`).join('') + '<col class="c-msg">'
  const heads =
    SORTABLE.map(([key, label]) => `<th scope="col" aria-sort="none"><button type="button" data-sort="${key}">${label}</button></th>`).join('') +
    '<th scope="col">Message</th>'
  return `<h2>Findings</h2>
<p id="findings-loading" class="muted-text">Loading ${formatCount(total)} findings…</p>
<div id="findings-ui" hidden>
<div class="filters" role="search">
${select('f-status', 'Status')}${select('f-severity', 'Severity')}${select('f-service', 'Service')}${select('f-account', 'Account')}${select('f-region', 'Region')}${select('f-framework', 'Framework')}
<label for="f-q">Search (check, title, resource, message)<input id="f-q" type="search" autocomplete="off" placeholder="e.g. s3, sg-0a1, public"></label>
<button type="button" id="f-reset">Reset</button>
</div>
<p id="findings-count" class="status-line" aria-live="polite"></p>
<table class="grid" id="findings-table"><colgroup>${cols}</colgroup><thead><tr>${heads}</tr></thead><tbody id="findings-body"></tbody></table>
<div class="pager">
<button type="button" id="pg-first">« First</button><button type="button" id="pg-prev">‹ Previous</button>
<span id="pg-label"></span>
<button type="button" id="pg-next">Next ›</button><button type="button" id="pg-last">Last »</button>
<label for="pg-size">Rows per page <select id="pg-size"><option>50</option><option selected>100</option><option>250</option><option>500</option></select></label>
</div>
</div>`
}

function frameworksView(): string {
  return `<h2>Frameworks</h2>
<p id="fw-loading" class="muted-text">Loading…</p>
<div id="fw-ui" hidden><label for="fw-select">Framework <select id="fw-select"></select></label></div>
<div id="fw-body"></div>`
}

/** Renders the report as one self-contained HTML document (UTF-8); the same input always gives the same bytes. */
export function renderHtml(input: RenderInput): string {
  const { report } = input
  const data = encodePacked(packFindings(input))
  // Defence in depth: base64 cannot contain '<', and our own code must not either end its element early.
  for (const text of [data, CLIENT_JS]) if (!isScriptSafe(text)) throw new Error('script content would end its <script> element')
  if (CSS.includes('</style')) throw new Error('stylesheet would end its <style> element')
  const title = `Posture report — ${report.scan.provider.toUpperCase()} scan ${report.scan.id}`
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy())}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="posture ${escapeHtml(report.tool.version)}">
<title>${escapeHtml(title)}</title>
<style>${CSS}</style>
</head>
<body data-state="loading">
<header class="top">
<h1>Posture report</h1>
<p class="meta">${escapeHtml(report.scan.provider.toUpperCase())} scan <code>${escapeHtml(report.scan.id)}</code> · finished ${escapeHtml(formatTime(report.scan.finishedAt))}</p>
<nav class="tabs" role="tablist" aria-label="Report views">
<button type="button" role="tab" id="tab-summary" aria-controls="summary" aria-selected="true">Summary</button>
<button type="button" role="tab" id="tab-findings" aria-controls="findings" aria-selected="false">Findings (${formatCount(report.findings.length)})</button>
<button type="button" role="tab" id="tab-frameworks" aria-controls="frameworks" aria-selected="false">Frameworks</button>
</nav>
</header>
<main>
<noscript><p class="empty">JavaScript is off: the summary below is complete; the findings browser and framework view need scripts (nothing is loaded from the network).</p></noscript>
<section id="summary" class="view" role="tabpanel" aria-labelledby="tab-summary">
${renderSummary(input)}
</section>
<section id="findings" class="view" role="tabpanel" aria-labelledby="tab-findings" hidden>
${findingsView(report.findings.length)}
</section>
<section id="frameworks" class="view" role="tabpanel" aria-labelledby="tab-frameworks" hidden>
${frameworksView()}
</section>
<section id="print-failures" class="print-only"><p class="muted-text">Open failures: not listed, the page had not decoded its data when it was printed.</p></section>
</main>
<aside id="detail" class="detail" role="dialog" aria-labelledby="detail-title" hidden>
<button type="button" class="close" id="detail-close" aria-label="Close details">×</button>
<div id="detail-body"></div>
</aside>
<script type="application/octet-stream" id="posture-data">${data}</script>
<script>${CLIENT_JS}</script>
</body>
</html>
`
}
