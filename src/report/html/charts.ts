/**
 * Charts of the HTML report, drawn as inline SVG strings at render time: no chart library, nothing to fetch, and the
 * summary prints (and reads) before any script has run. Colours come from CSS classes (`seg-*`), never inline styles,
 * so the page's CSP needs no 'unsafe-inline' for styles.
 */
import { escapeHtml } from './escape.js'

/** One coloured part of a bar: `key` picks the CSS class `seg-<key>`. */
export interface BarSegment {
  key: string
  label: string
  value: number
}

/** One bar; with `filter`, a click on it opens the findings view with those filters (filter name → value). */
export interface BarRow {
  label: string
  segments: BarSegment[]
  /** Text after the bar; default: the sum of the segments. */
  note?: string
  filter?: Readonly<Record<string, string>>
}

const WIDTH = 640
const LABEL_W = 170
const NOTE_W = 110
const BAR_W = WIDTH - LABEL_W - NOTE_W - 10
const ROW_H = 26
const LEGEND_H = 26

/** Thousands separators without depending on the runtime's locale data (the output must be the same everywhere). */
export function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`
}

function legend(items: readonly { key: string; label: string }[], y: number): string {
  let x = LABEL_W
  return items
    .map(({ key, label }) => {
      const out = `<g class="legend"><rect class="seg-${escapeHtml(key)}" x="${x}" y="${y}" width="12" height="12" rx="2"></rect><text x="${x + 17}" y="${y + 10}">${escapeHtml(label)}</text></g>`
      x += 30 + label.length * 7
      return out
    })
    .join('')
}

/**
 * Horizontal (stacked) bars scaled to the largest total, one row per item, with a legend of the segment kinds.
 * `id` titles the SVG for screen readers; every segment carries a <title> with its exact count.
 */
export function barChart(id: string, title: string, rows: readonly BarRow[], legendItems: readonly { key: string; label: string }[] = []): string {
  if (rows.length === 0) return `<p class="empty">${escapeHtml(title)}: nothing to show.</p>`
  const max = Math.max(1, ...rows.map((r) => r.segments.reduce((s, x) => s + x.value, 0)))
  const top = legendItems.length > 0 ? LEGEND_H : 0
  const height = top + rows.length * ROW_H + 4
  const body = rows
    .map((row, i) => {
      const y = top + i * ROW_H
      const total = row.segments.reduce((s, x) => s + x.value, 0)
      let x = LABEL_W
      const segs = row.segments
        .filter((s) => s.value > 0)
        .map((s) => {
          const w = (s.value / max) * BAR_W
          const rect = `<rect class="seg-${escapeHtml(s.key)}" x="${x.toFixed(1)}" y="${y + 4}" width="${Math.max(w, 1).toFixed(1)}" height="${ROW_H - 8}"><title>${escapeHtml(`${row.label} — ${s.label}: ${formatCount(s.value)}`)}</title></rect>`
          x += w
          return rect
        })
        .join('')
      const filter = row.filter
        ? ` class="bar-row clickable" tabindex="0" role="link" aria-label="${escapeHtml(`Show these findings: ${row.label}`)}"` +
          Object.entries(row.filter)
            .map(([name, value]) => ` data-filter-${name.replace(/[^a-z]/g, '')}="${escapeHtml(value)}"`)
            .join('')
        : ' class="bar-row"'
      return (
        `<g${filter}><title>${escapeHtml(row.label)}</title>` +
        `<text class="label" x="${LABEL_W - 8}" y="${y + ROW_H / 2 + 4}" text-anchor="end">${escapeHtml(clip(row.label, 24))}</text>` +
        `<rect class="track" x="${LABEL_W}" y="${y + 4}" width="${BAR_W}" height="${ROW_H - 8}"></rect>${segs}` +
        `<text class="note" x="${LABEL_W + BAR_W + 8}" y="${y + ROW_H / 2 + 4}">${escapeHtml(row.note ?? formatCount(total))}</text></g>`
      )
    })
    .join('')
  return (
    `<svg class="chart" id="${escapeHtml(id)}" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-labelledby="${escapeHtml(id)}-title">` +
    `<title id="${escapeHtml(id)}-title">${escapeHtml(title)}</title>${legend(legendItems, 4)}${body}</svg>`
  )
}

/** One framework's bar: the score as a share of a 100 % track, and the requirement counts behind it. */
export interface ScoreRow {
  label: string
  score: number | null
  detail: string
}

/** Framework score bars (0–100 %): the full name above each bar and the counts below it, so long names stay readable. */
export function scoreChart(id: string, title: string, rows: readonly ScoreRow[]): string {
  if (rows.length === 0) return `<p class="empty">${escapeHtml(title)}: no framework was scored.</p>`
  const rowH = 50
  const barW = WIDTH - NOTE_W
  const height = rows.length * rowH + 4
  const body = rows
    .map((row, i) => {
      const y = i * rowH
      const w = row.score === null ? 0 : (row.score / 100) * barW
      const cls = row.score === null ? 'none' : row.score >= 80 ? 'good' : row.score >= 50 ? 'fair' : 'poor'
      const score = row.score === null ? 'no verdict' : `${row.score}%`
      return (
        `<g class="bar-row"><title>${escapeHtml(`${row.label}: ${score} — ${row.detail}`)}</title>` +
        `<text class="label" x="0" y="${y + 13}">${escapeHtml(clip(row.label, 90))}</text>` +
        `<rect class="track" x="0" y="${y + 18}" width="${barW}" height="12"></rect>` +
        `<rect class="score-${cls}" x="0" y="${y + 18}" width="${w.toFixed(1)}" height="12"></rect>` +
        `<text class="note strong" x="${barW + 8}" y="${y + 28}">${escapeHtml(score)}</text>` +
        `<text class="sub" x="0" y="${y + 43}">${escapeHtml(row.detail)}</text></g>`
      )
    })
    .join('')
  return (
    `<svg class="chart" id="${escapeHtml(id)}" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-labelledby="${escapeHtml(id)}-title">` +
    `<title id="${escapeHtml(id)}-title">${escapeHtml(title)}</title>${body}</svg>`
  )
}

/** One scan's score in a trend. */
export interface TrendPoint {
  label: string
  score: number | null
}

/** A score line (0–100 %) over scans, oldest first; scans without a score leave a gap rather than a zero. */
export function trendChart(id: string, title: string, points: readonly TrendPoint[]): string {
  if (points.length === 0) return `<p class="empty">${escapeHtml(title)}: no earlier scan carries scores.</p>`
  const left = 36
  const plotW = WIDTH - left - 10
  const plotH = 140
  const top = 8
  const x = (i: number) => left + (points.length === 1 ? plotW / 2 : (i / (points.length - 1)) * plotW)
  const y = (score: number) => top + plotH - (score / 100) * plotH
  const grid = [0, 50, 100]
    .map(
      (g) =>
        `<line class="grid-line" x1="${left}" x2="${left + plotW}" y1="${y(g)}" y2="${y(g)}"></line><text class="sub" x="0" y="${y(g) + 4}">${g}%</text>`,
    )
    .join('')
  const segments: string[][] = [[]]
  points.forEach((p, i) => {
    if (p.score === null) segments.push([])
    else segments[segments.length - 1]!.push(`${x(i).toFixed(1)},${y(p.score).toFixed(1)}`)
  })
  const lines = segments
    .filter((s) => s.length > 1)
    .map((s) => `<polyline class="trend-line" points="${s.join(' ')}"></polyline>`)
    .join('')
  const dots = points
    .map((p, i) =>
      p.score === null
        ? ''
        : `<circle class="trend-dot" cx="${x(i).toFixed(1)}" cy="${y(p.score).toFixed(1)}" r="3"><title>${escapeHtml(`${p.label}: ${p.score}%`)}</title></circle>`,
    )
    .join('')
  const first = points[0]!.label
  const last = points[points.length - 1]!.label
  const axis = `<text class="sub" x="${left}" y="${top + plotH + 16}">${escapeHtml(first)}</text><text class="sub" x="${left + plotW}" y="${top + plotH + 16}" text-anchor="end">${escapeHtml(last)}</text>`
  const height = top + plotH + 22
  return (
    `<svg class="chart" id="${escapeHtml(id)}" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-labelledby="${escapeHtml(id)}-title">` +
    `<title id="${escapeHtml(id)}-title">${escapeHtml(title)}</title>${grid}${lines}${dots}${axis}</svg>`
  )
}
