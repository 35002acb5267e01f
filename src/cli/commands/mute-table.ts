import { splitGlobs } from '../../evaluate/suppressions.js'
import { UNUSED_AFTER_DAYS, type SuppressionStatus } from '../suppression-sync.js'

/** What a suppression covers, e.g. "aws-s3-* account=1234 resources=arn:aws:s3:::www-* tags=env=dev". */
export function describeScope(s: SuppressionStatus): string {
  const parts = [s.checks]
  if (s.account) parts.push(`account=${s.account}`)
  if (s.region) parts.push(`region=${s.region}`)
  if (s.resources) parts.push(`resources=${splitGlobs(s.resources, '\n').join(' | ')}`)
  if (s.tags)
    parts.push(
      `tags=${Object.entries(s.tags)
        .map(([k, v]) => `${k}=${v}`)
        .join(',')}`,
    )
  return parts.join(' ')
}

function day(iso: string | null): string {
  return iso ? iso.slice(0, 10) : 'never'
}

function columns(rows: readonly string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)))
  return rows
    .map((r) =>
      r
        .map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]!)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n')
}

/** `posture mute list` as a table, ending with the suppressions that matched nothing lately (candidates to remove). */
export function renderMuteTable(rows: readonly SuppressionStatus[]): string {
  if (rows.length === 0) return 'No suppressions. Add one with `posture mute add` or in the config file (suppressions:).\n'
  const header = ['ID', 'SOURCE', 'STATE', 'EXPIRES', 'MATCHES', 'LAST MATCH', 'OWNER', 'SCOPE', 'REASON']
  const body = rows.map((s) => [
    s.id,
    s.source,
    s.state,
    s.expiresAt ? day(s.expiresAt) : '-',
    String(s.matchCount),
    `${day(s.lastMatchedAt)}${s.unused ? ' (unused)' : ''}`,
    s.owner,
    describeScope(s),
    s.reason,
  ])
  const notes: string[] = []
  const unused = rows.filter((s) => s.unused)
  if (unused.length > 0) {
    notes.push(
      `${unused.length} suppression(s) matched nothing in the last ${UNUSED_AFTER_DAYS} days (or ever): ${unused.map((s) => s.id).join(', ')}`,
    )
    notes.push('Consider removing them: the risk they accepted may be gone, or their scope may be wrong.')
  }
  const expired = rows.filter((s) => s.state === 'expired')
  if (expired.length > 0) notes.push(`${expired.length} expired suppression(s) no longer apply: ${expired.map((s) => s.id).join(', ')}`)
  return `${[columns([header, ...body]), ...(notes.length ? ['', ...notes] : [])].join('\n')}\n`
}
