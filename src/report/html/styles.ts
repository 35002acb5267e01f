/** The report's stylesheet, inlined in one <style> element whose hash the CSP allows (no inline style attributes anywhere). */
export const CSS = `
:root {
  --fg: #1f2328; --muted: #59636e; --bg: #ffffff; --panel: #f6f8fa; --line: #d1d9e0; --accent: #0969da;
  --fail: #cf222e; --error: #9a6700; --muted-c: #818b98; --pass: #1a7f37;
  --critical: #82071e; --high: #cf222e; --medium: #bc4c00; --low: #0969da; --informational: #59636e;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  color: var(--fg); background: var(--bg); font-size: 14px; line-height: 1.45;
}
* { box-sizing: border-box; }
body { margin: 0; }
code, pre, .mono { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace; font-size: 12.5px; }
pre { background: var(--panel); border: 1px solid var(--line); border-radius: 6px; padding: 8px 10px; white-space: pre-wrap; word-break: break-word; margin: 4px 0 10px; }
a { color: var(--accent); }
h1 { font-size: 20px; margin: 0; }
h2 { font-size: 18px; margin: 18px 0 10px; }
h3 { font-size: 15px; margin: 22px 0 8px; }
header.top { display: flex; flex-wrap: wrap; align-items: baseline; gap: 6px 18px; padding: 12px 20px 0; border-bottom: 1px solid var(--line); background: var(--panel); }
header.top .meta { color: var(--muted); margin: 0; }
nav.tabs { display: flex; gap: 2px; width: 100%; margin-top: 6px; }
nav.tabs button { font: inherit; border: 1px solid transparent; border-bottom: none; background: none; padding: 7px 14px; cursor: pointer; border-radius: 6px 6px 0 0; color: var(--muted); }
nav.tabs button[aria-selected="true"] { background: var(--bg); border-color: var(--line); color: var(--fg); font-weight: 600; margin-bottom: -1px; }
main { padding: 0 20px 40px; max-width: 1500px; }
.view[hidden] { display: none; }
.muted-text, .empty { color: var(--muted); }
.facts { display: grid; grid-template-columns: repeat(auto-fill, minmax(260px, 1fr)); gap: 6px 20px; margin: 0 0 14px; }
.facts div { display: flex; gap: 8px; }
.facts dt { color: var(--muted); min-width: 110px; }
.facts dd { margin: 0; word-break: break-word; }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(130px, 1fr)); gap: 10px; margin-bottom: 16px; }
.card { border: 1px solid var(--line); border-radius: 8px; padding: 10px 12px; background: var(--bg); }
.card .value { font-size: 24px; font-weight: 650; }
.card .label { font-weight: 600; }
.card .note { color: var(--muted); font-size: 12px; }
.card-fail .value { color: var(--fail); } .card-error .value { color: var(--error); } .card-pass .value { color: var(--pass); }
.card-muted .value { color: var(--muted-c); } .card-score { border-color: var(--accent); }
.charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(560px, 1fr)); gap: 14px; }
.chart-box { margin: 0; border: 1px solid var(--line); border-radius: 8px; padding: 10px 12px; }
.chart-box figcaption { font-weight: 600; margin-bottom: 6px; }
svg.chart { width: 100%; max-width: 640px; height: auto; display: block; font-size: 12px; }
svg.chart text { fill: var(--fg); } svg.chart text.sub { fill: var(--muted); font-size: 11px; } svg.chart text.strong { font-weight: 650; }
svg.chart .track { fill: var(--panel); }
svg.chart .trend-line { fill: none; stroke: var(--fg); stroke-width: 2; } svg.chart .trend-dot { fill: var(--fg); } svg.chart .grid-line { stroke: var(--panel); }
.seg-fail { fill: var(--fail); } .seg-error { fill: var(--error); } .seg-muted { fill: var(--muted-c); } .seg-pass { fill: var(--pass); }
.score-good { fill: var(--pass); } .score-fair { fill: var(--error); } .score-poor { fill: var(--fail); }
svg.chart .clickable { cursor: pointer; } svg.chart .clickable:hover text.label { text-decoration: underline; }
table.grid { border-collapse: collapse; width: 100%; }
table.grid th, table.grid td { border-bottom: 1px solid var(--line); padding: 5px 8px; text-align: left; vertical-align: top; }
table.grid th { background: var(--panel); font-weight: 600; position: sticky; top: 0; }
.num { text-align: right !important; font-variant-numeric: tabular-nums; }
.badge { display: inline-block; border-radius: 10px; padding: 0 8px; font-size: 12px; font-weight: 600; color: #fff; white-space: nowrap; }
.st-fail { background: var(--fail); } .st-error { background: var(--error); } .st-muted { background: var(--muted-c); } .st-pass { background: var(--pass); }
.st-undetermined { background: var(--error); } .st-no-data, .st-manual, .st-unmapped { background: var(--panel); color: var(--fg); border: 1px solid var(--line); }
.sev { font-weight: 600; text-transform: capitalize; }
.sev-critical { color: var(--critical); } .sev-high { color: var(--high); } .sev-medium { color: var(--medium); } .sev-low { color: var(--low); } .sev-informational { color: var(--informational); }
.filters { display: flex; flex-wrap: wrap; gap: 8px 14px; align-items: end; margin: 14px 0 8px; }
.filters label { display: flex; flex-direction: column; font-size: 12px; color: var(--muted); gap: 2px; }
.filters select, .filters input, .pager select, .pager button, .fw-head select, button.link { font: inherit; font-size: 13px; }
.filters select { max-width: 260px; }
.filters input[type="search"] { min-width: 280px; padding: 3px 6px; }
.status-line { color: var(--muted); margin: 6px 0; }
#findings-table { table-layout: fixed; }
#findings-table th button { font: inherit; font-weight: 600; background: none; border: none; padding: 0; cursor: pointer; color: inherit; }
#findings-table th button[aria-sort]::after { content: " ↕"; color: var(--muted); }
#findings-table th button[data-dir="asc"]::after { content: " ▲"; color: var(--fg); }
#findings-table th button[data-dir="desc"]::after { content: " ▼"; color: var(--fg); }
#findings-table col.c-status { width: 92px; } #findings-table col.c-sev { width: 96px; } #findings-table col.c-check { width: 26%; }
#findings-table col.c-res { width: 24%; } #findings-table col.c-acct { width: 120px; } #findings-table col.c-region { width: 110px; }
tr.finding { cursor: pointer; } tr.finding:hover, tr.finding:focus { background: #eef4fb; outline: none; }
tr.finding.selected { background: #ddeeff; }
td .sub { color: var(--muted); font-size: 12px; overflow-wrap: anywhere; }
td .sub.mono { word-break: break-all; }
td .msg { overflow: hidden; display: -webkit-box; -webkit-line-clamp: 3; -webkit-box-orient: vertical; white-space: pre-wrap; word-break: break-word; }
.pager { display: flex; gap: 8px; align-items: center; margin: 10px 0; flex-wrap: wrap; }
.detail { position: fixed; top: 0; right: 0; bottom: 0; width: min(600px, 100vw); background: var(--bg); border-left: 1px solid var(--line);
  box-shadow: -6px 0 18px rgba(0,0,0,.12); overflow: auto; padding: 14px 18px 30px; z-index: 10; }
.detail[hidden] { display: none; }
.detail .close { float: right; font: inherit; font-size: 18px; background: none; border: 1px solid var(--line); border-radius: 6px; cursor: pointer; padding: 0 8px; }
.detail h2 { margin-top: 4px; font-size: 17px; }
.detail h3 { font-size: 14px; margin: 16px 0 6px; }
.detail dl { margin: 0; }
.detail dl .pair { display: grid; grid-template-columns: 110px 1fr; gap: 10px; padding: 2px 0; }
.detail dt { color: var(--muted); } .detail dd { margin: 0; word-break: break-all; }
.detail .message { white-space: pre-wrap; }
.detail .mute-box { border: 1px solid var(--line); background: var(--panel); border-radius: 6px; padding: 8px 10px; }
button.link { background: none; border: none; color: var(--accent); cursor: pointer; padding: 0; text-decoration: underline; text-align: left; }
.fw-head { display: flex; flex-wrap: wrap; gap: 8px 24px; align-items: center; margin: 14px 0; }
.fw-score { font-size: 30px; font-weight: 700; }
.fw-counts { display: flex; gap: 12px; flex-wrap: wrap; color: var(--muted); }
.fw-counts b { color: var(--fg); }
details.req { border: 1px solid var(--line); border-radius: 6px; margin: 6px 0; }
details.req > summary { cursor: pointer; padding: 6px 10px; display: flex; gap: 10px; align-items: baseline; flex-wrap: wrap; }
details.req > summary .req-id { font-weight: 650; min-width: 60px; }
details.req > summary .counts { color: var(--muted); font-size: 12px; margin-left: auto; }
details.req .evidence { padding: 4px 10px 10px; }
details.scopes { margin: 10px 0; }
.print-only { display: none; }
table.print-table { table-layout: fixed; font-size: 9pt; }
table.print-table td { overflow-wrap: anywhere; }
col.p-sev { width: 9%; } col.p-check { width: 19%; } col.p-res { width: 20%; } col.p-where { width: 13%; } col.p-msg { width: 17%; } col.p-fix { width: 22%; }
@media print {
  :root { font-size: 10pt; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  header.top { background: none; padding: 0 0 6px; }
  nav.tabs, .no-print, #findings, #frameworks, #detail, noscript { display: none !important; }
  #summary, #summary[hidden] { display: block !important; }
  .print-only { display: block !important; }
  main { padding: 0; max-width: none; }
  .charts { grid-template-columns: 1fr; }
  svg.chart { max-width: 160mm; }
  .chart-box, .card, tr, .facts div { break-inside: avoid; }
  #print-failures { break-before: page; }
  thead { display: table-header-group; }
  table.grid th { position: static; }
  a { color: inherit; text-decoration: none; }
  @page { margin: 12mm; }
}
`
