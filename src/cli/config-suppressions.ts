import type { Suppression } from '../core/suppression.js'
import { scopeId, validateSuppression, type SuppressionInput } from '../evaluate/suppression-input.js'
import type { ConfigContext } from './config.js'
import type { ConfigIssue } from './config-types.js'

/** Fields a `suppressions:` entry may have. */
export const SUPPRESSION_FIELDS = ['id', 'checks', 'account', 'region', 'resources', 'tags', 'reason', 'owner', 'expires'] as const

type Path = (string | number)[]

/** `suppressions[2].tags[1]` from ['suppressions', 2, 'tags', 1]. */
function dotted(path: readonly (string | number)[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('')
}

/** Collects the issues of one entry, each located at the line of the field it is about. */
class EntryIssues {
  readonly list: ConfigIssue[] = []
  constructor(
    private readonly ctx: ConfigContext,
    private readonly index: number,
  ) {}

  add(rel: readonly (string | number)[], message: string): void {
    const path = ['suppressions', this.index, ...rel]
    // A missing field has no node: point at the entry itself.
    const line = this.ctx.lineOf(path) ?? this.ctx.lineOf(['suppressions', this.index]) ?? this.ctx.lineOf(['suppressions'])
    this.list.push({ file: this.ctx.file, line, path: dotted(path), message: `${message}; entry skipped` })
  }
}

/** A scalar as text: numbers keep their source spelling (account 012345678901 keeps its leading zero); null is ''. */
function scalar(value: unknown, path: Path, ctx: ConfigContext): string | undefined {
  if (typeof value === 'string') return value
  if (value === null) return ''
  if (typeof value === 'number' || typeof value === 'boolean') return ctx.textOf(path) ?? String(value)
  return undefined
}

/** A string or a list of strings; undefined (with an issue) when of another shape. */
function stringOrList(value: unknown, path: Path, ctx: ConfigContext, issues: EntryIssues): string | string[] | undefined {
  if (!Array.isArray(value)) {
    const text = scalar(value, path, ctx)
    if (text === undefined) issues.add(path.slice(2), `${String(path[2])} must be a string or a list of strings`)
    return text
  }
  return value.map((item, i) => {
    const text = scalar(item, [...path, i], ctx)
    if (text === undefined) issues.add([...path.slice(2), i], 'must be a string')
    return text ?? ''
  })
}

/** Tags as a key → value map or a list of "key=value" strings. */
function tagsInput(value: unknown, path: Path, ctx: ConfigContext, issues: EntryIssues): SuppressionInput['tags'] {
  if (Array.isArray(value)) return stringOrList(value, path, ctx, issues) as string[]
  if (value && typeof value === 'object') {
    const out: Record<string, string> = {}
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      const text = scalar(v, [...path, k], ctx)
      if (text === undefined) issues.add(['tags', k], 'tag values must be strings')
      else out[k] = text
    }
    return out
  }
  issues.add(['tags'], 'tags must be a map (env: prod) or a list of "key=value" strings')
  return undefined
}

/** Reads one entry's fields into a SuppressionInput, recording type problems. */
function entryInput(entry: Record<string, unknown>, index: number, ctx: ConfigContext, issues: EntryIssues): SuppressionInput {
  const at = (field: string): Path => ['suppressions', index, field]
  const input: SuppressionInput = {}
  for (const field of ['id', 'account', 'region', 'reason', 'owner', 'expires'] as const) {
    if (!(field in entry)) continue
    const text = scalar(entry[field], at(field), ctx)
    if (text === undefined) issues.add([field], `${field} must be a single value`)
    else input[field] = text
  }
  if ('checks' in entry) input.checks = stringOrList(entry.checks, at('checks'), ctx, issues)
  if ('resources' in entry) input.resources = stringOrList(entry.resources, at('resources'), ctx, issues)
  if ('tags' in entry) input.tags = tagsInput(entry.tags, at('tags'), ctx, issues)
  return input
}

/** Validates one entry; returns the suppression, or null after recording why it is skipped. */
function parseEntry(
  entry: unknown,
  index: number,
  ctx: ConfigContext,
  createdAt: string,
): { suppression: Suppression | null; issues: ConfigIssue[] } {
  const issues = new EntryIssues(ctx, index)
  if (!entry || typeof entry !== 'object' || Array.isArray(entry)) {
    issues.add([], 'each suppression must be a mapping with checks, reason and owner')
    return { suppression: null, issues: issues.list }
  }
  const record = entry as Record<string, unknown>
  // An unknown key is usually a typo ("resource:", "expiry:"): ignoring it could mute far more than intended.
  for (const key of Object.keys(record).filter((k) => !(SUPPRESSION_FIELDS as readonly string[]).includes(k))) {
    issues.add([key], `unknown field "${key}" (known fields: ${SUPPRESSION_FIELDS.join(', ')})`)
  }
  const input = entryInput(record, index, ctx, issues)
  const { draft, problems } = validateSuppression(input)
  for (const p of problems) issues.add(p.path, p.message)
  if (!draft || issues.list.length > 0) return { suppression: null, issues: issues.list }
  const suppression: Suppression = {
    ...draft,
    id: draft.id ?? scopeId('cfg', draft),
    createdAt,
    source: 'config',
    lastMatchedAt: null,
    matchCount: 0,
  }
  return { suppression, issues: [] }
}

/**
 * Validates the config file's `suppressions:` list. Each invalid entry is reported (file, line, field) and skipped;
 * the others get their given id, else a stable hash of their scope, and source 'config'. A repeated id keeps the first.
 */
export function parseConfigSuppressions(
  value: unknown,
  ctx: ConfigContext,
  createdAt = new Date(),
): { suppressions: Suppression[]; issues: ConfigIssue[] } {
  if (value === undefined || value === null) return { suppressions: [], issues: [] }
  if (!Array.isArray(value)) {
    const issue = {
      file: ctx.file,
      line: ctx.lineOf(['suppressions']),
      path: 'suppressions',
      message: 'suppressions must be a list of entries; none applied',
    }
    return { suppressions: [], issues: [issue] }
  }
  const suppressions: Suppression[] = []
  const issues: ConfigIssue[] = []
  const firstLine = new Map<string, number | null>()
  value.forEach((entry, index) => {
    const r = parseEntry(entry, index, ctx, createdAt.toISOString())
    issues.push(...r.issues)
    if (!r.suppression) return
    const id = r.suppression.id
    if (firstLine.has(id)) {
      const line = ctx.lineOf(['suppressions', index, 'id']) ?? ctx.lineOf(['suppressions', index])
      const first = firstLine.get(id)
      const message = `duplicate suppression id "${id}" (first defined${first ? ` at line ${first}` : ''}); entry skipped`
      issues.push({ file: ctx.file, line, path: `suppressions[${index}]`, message })
      return
    }
    firstLine.set(id, ctx.lineOf(['suppressions', index]))
    suppressions.push(r.suppression)
  })
  return { suppressions, issues }
}
