import { readFile, stat } from 'node:fs/promises'
import { resolve } from 'node:path'
import { isMap, LineCounter, parseDocument, type Document } from 'yaml'
import { PostureError } from '../core/errors.js'
import type { Suppression } from '../core/suppression.js'
import type { AlertsConfig } from '../notify/types.js'
import { parseAlertsConfig } from './config-alerts.js'
import { validateTargets, type WatchTarget } from './config-targets.js'
import { parseConfigSuppressions } from './config-suppressions.js'
import { formatIssue, type ConfigIssue } from './config-types.js'

/** The default config file, looked up in the working directory. */
export const DEFAULT_CONFIG_FILE = 'posture.yaml'

/** The config file's sections, validated; `issues` lists every problem (invalid entries are skipped, not fatal). */
export interface PostureConfig {
  /** The file read, or null when there is none (the default file is optional). */
  file: string | null
  /** Store URL or SQLite path (`database:`). */
  database?: string
  /** Valid `suppressions:` entries, with stable ids and source 'config'. */
  suppressions: Suppression[]
  /** Valid `targets:` entries for `posture watch`. */
  targets: WatchTarget[]
  /** `trustedAccounts:` account ids outside the organization that resources may be shared with (partners, vendors). */
  trustedAccounts: string[]
  /** The validated `alerts:` section, or null when the file has none. */
  alerts: AlertsConfig | null
  issues: ConfigIssue[]
}

/** Where a config section's validator finds the file name and the line of any node by its key/index path. */
export interface ConfigContext {
  file: string
  /** Line (1-based) of the node at e.g. ['suppressions', 2, 'reason'], or null when the path has no node. */
  lineOf(path: readonly (string | number)[]): number | null
  /** Source text of a scalar (e.g. an account id YAML would read as a number, leading zeros lost), if any. */
  textOf(path: readonly (string | number)[]): string | undefined
}

const SECTIONS = ['database', 'suppressions', 'targets', 'trustedAccounts', 'alerts'] as const

/** The empty configuration: what Posture uses when the default file does not exist. */
export function emptyConfig(file: string | null = null): PostureConfig {
  return { file, suppressions: [], targets: [], trustedAccounts: [], alerts: null, issues: [] }
}

/** The file to read: --config, else POSTURE_CONFIG, else ./posture.yaml; `explicit` when the user named it. */
export function configPath(path?: string): { path: string; explicit: boolean } {
  const given = path ?? process.env.POSTURE_CONFIG
  return given ? { path: resolve(given), explicit: true } : { path: resolve(DEFAULT_CONFIG_FILE), explicit: false }
}

/** Reads the file; a missing default file means "no config", a missing named file is an error. */
async function readConfigText(path: string, explicit: boolean): Promise<string | null> {
  try {
    return await readFile(path, 'utf8')
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    if (code === 'ENOENT' && !explicit) return null
    throw new PostureError(
      'POSTURE_ERR_CONFIG',
      code === 'ENOENT' ? `Config file ${path} not found` : `Cannot read config file ${path}: ${(err as Error).message}`,
      code === 'ENOENT'
        ? 'Check --config / POSTURE_CONFIG (without either, ./posture.yaml is read if it exists).'
        : 'Check the path and its permissions.',
      { cause: err },
    )
  }
}

/** Parses YAML keeping positions; a syntax error is fatal (nothing in a half-read file can be trusted). */
function parseYaml(text: string, file: string): { doc: Document; ctx: ConfigContext } {
  const lines = new LineCounter()
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: true })
  const error = doc.errors[0]
  if (error) {
    const at = error.linePos?.[0]
    // yaml's message repeats the position and appends a code frame; keep only the description.
    const what = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')
    throw new PostureError(
      'POSTURE_ERR_CONFIG',
      `${file}${at ? `:${at.line}:${at.col}` : ''}: invalid YAML: ${what}`,
      'Fix the YAML syntax (indentation, quotes, "key: value" pairs); nothing from this file was applied.',
      { cause: error },
    )
  }
  return { doc, ctx: yamlContext(doc, lines, file) }
}

/** The ConfigContext of a parsed document: lines and source texts of its nodes by key/index path. */
export function yamlContext(doc: Document, lines: LineCounter, file: string): ConfigContext {
  const node = (path: readonly (string | number)[]) => doc.getIn(path, true) as { range?: [number, number, number]; source?: unknown } | undefined
  return {
    file,
    lineOf: (path) => {
      const start = node(path)?.range?.[0]
      return start === undefined ? null : lines.linePos(start).line
    },
    textOf: (path) => {
      const source = node(path)?.source
      return typeof source === 'string' ? source : undefined
    },
  }
}

/** The `database:` section: a URL or path string. */
function parseDatabase(value: unknown, ctx: ConfigContext, issues: ConfigIssue[]): string | undefined {
  if (value === undefined || value === null) return undefined
  if (typeof value === 'string' && value.trim()) return value.trim()
  issues.push({
    file: ctx.file,
    line: ctx.lineOf(['database']),
    path: 'database',
    message: 'database must be a postgres:// URL or a SQLite file path (ignored)',
  })
  return undefined
}

/**
 * The `trustedAccounts:` section: 12-digit AWS account ids (quoted or not: the source text keeps leading zeros).
 * Invalid entries become issues and are skipped.
 */
function parseTrustedAccounts(value: unknown, ctx: ConfigContext, issues: ConfigIssue[]): string[] {
  if (value === undefined || value === null) return []
  const issue = (path: (string | number)[], message: string) => issues.push({ file: ctx.file, line: ctx.lineOf(path), path: path.join('.'), message })
  if (!Array.isArray(value)) {
    issue(['trustedAccounts'], 'trustedAccounts must be a list of 12-digit AWS account ids (ignored)')
    return []
  }
  const out: string[] = []
  value.forEach((entry, i) => {
    const text = (ctx.textOf(['trustedAccounts', i]) ?? String(entry)).trim()
    if (/^\d{12}$/.test(text)) out.push(text)
    else issue(['trustedAccounts', i], `"${text}" is not a 12-digit AWS account id (ignored)`)
  })
  return [...new Set(out)]
}

/**
 * Loads the config file (--config, POSTURE_CONFIG or ./posture.yaml). A missing default file gives the empty config;
 * a YAML syntax error throws POSTURE_ERR_CONFIG (exit 2) naming file:line; every other problem becomes an issue naming
 * file, line and field, and only the invalid entry is skipped so the rest of the file still applies.
 */
export async function loadConfig(path?: string): Promise<PostureConfig> {
  const where = configPath(path)
  const text = await readConfigText(where.path, where.explicit)
  if (text === null) return emptyConfig()
  const { doc, ctx } = parseYaml(text, where.path)
  if (doc.contents === null) return emptyConfig(where.path)
  if (!isMap(doc.contents)) {
    throw new PostureError(
      'POSTURE_ERR_CONFIG',
      `${where.path}:${ctx.lineOf([]) ?? 1}: the config file must be a mapping with sections ${SECTIONS.join(', ')}`,
      'Start the file with e.g. "suppressions:" at the beginning of a line.',
    )
  }
  const root = doc.toJS() as Record<string, unknown>
  const issues: ConfigIssue[] = []
  for (const key of Object.keys(root).filter((k) => !(SECTIONS as readonly string[]).includes(k))) {
    issues.push({ file: ctx.file, line: ctx.lineOf([key]), path: key, message: `unknown section "${key}" (known: ${SECTIONS.join(', ')}); ignored` })
  }
  const database = parseDatabase(root.database, ctx, issues)
  // Until the store has seen an entry, its creation time is the file's: stable from one run to the next.
  const suppressions = parseConfigSuppressions(root.suppressions, ctx, (await stat(where.path)).mtime)
  const targets = validateTargets(root.targets, ctx)
  const trustedAccounts = parseTrustedAccounts(root.trustedAccounts, ctx, issues)
  const alerts = parseAlertsConfig(root.alerts, ctx)
  issues.push(...suppressions.issues, ...targets.issues, ...alerts.issues)
  issues.sort((a, b) => (a.line ?? 0) - (b.line ?? 0))
  return {
    file: where.path,
    ...(database ? { database } : {}),
    suppressions: suppressions.suppressions,
    targets: targets.targets,
    trustedAccounts,
    alerts: alerts.alerts,
    issues,
  }
}

/** Prints config issues on stderr as warnings (the command still runs with the valid part of the file). */
export function warnConfigIssues(issues: readonly ConfigIssue[], write: (line: string) => void = (l) => void process.stderr.write(l)): void {
  for (const issue of issues) write(`posture: warning: ${formatIssue(issue)}\n`)
}

/** The store location: --database, else POSTURE_DATABASE_URL, else the config file's `database:`, else the default. */
export function databaseUrl(flag: string | undefined, config: Pick<PostureConfig, 'database'>): string | undefined {
  return flag ?? process.env.POSTURE_DATABASE_URL ?? config.database
}
