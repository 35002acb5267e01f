/** Plain-text tables and formatting shared by the history commands (scans, findings, diff, baseline, inventory). */
import { PostureError } from '../../core/errors.js'
import type { ScanRecord } from '../../store/types.js'
import { choiceOption } from '../options.js'

/** Output formats of the history commands. */
export type HistoryFormat = 'table' | 'json'

/** Validates `--format`. */
export function formatOption(value: string | undefined): HistoryFormat {
  return choiceOption('--format', value, ['table', 'json'] as const, 'table')
}

/** Columns aligned with two spaces; the last column is not padded (it may be long). */
export function renderRows(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)))
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd()
  return [line(headers), ...rows.map(line)].join('\n')
}

/** An ISO time without milliseconds, e.g. 2024-05-01T10:00:00Z. */
export function shortTime(iso: string | null): string {
  return iso ? iso.replace(/\.\d+Z$/, 'Z') : '-'
}

/** A duration as "1.2 s", "3 min", "5 h 10 min" or "2 d 4 h". */
export function shortDuration(ms: number): string {
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`
  const min = Math.round(ms / 60_000)
  if (min < 60) return `${min} min`
  const h = Math.floor(min / 60)
  if (h < 48) return `${h} h${min % 60 ? ` ${min % 60} min` : ''}`
  return `${Math.floor(h / 24)} d${h % 24 ? ` ${h % 24} h` : ''}`
}

/** A scan as "#3 (2024-05-01T10:00:00Z, 1b4e28ba)". */
export function scanLabel(scan: ScanRecord): string {
  return `#${scan.seq} (${shortTime(scan.startedAt)}, ${scan.id.slice(0, 8)})`
}

/** Pretty JSON with a trailing newline. */
export function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`
}

/** Rejects mutually exclusive flags given together. */
export function exclusive(flags: Record<string, unknown>): void {
  const given = Object.entries(flags).filter(([, v]) => v !== undefined && v !== false)
  if (given.length > 1) {
    throw new PostureError('POSTURE_ERR_USAGE', `${given.map(([k]) => k).join(' and ')} cannot be used together`, 'Give only one of them.')
  }
}
