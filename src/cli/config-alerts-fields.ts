/**
 * Field readers for the `alerts:` config section: `${VAR}` expansion, durations, rate limits, URLs and addresses, and
 * EntryReader, which reads one entry (a channel, a rule, the retry policy) and records each problem at its field.
 */
import type { ConfigContext } from './config.js'
import type { ConfigIssue } from './config-types.js'

/** A key/index path into the parsed YAML, e.g. ['alerts', 'channels', 'mail', 'to', 0]. */
export type Path = readonly (string | number)[]

/** `alerts.rules[0].channels[1]` from ['alerts', 'rules', 0, 'channels', 1]. */
export function dotted(path: Path): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('')
}

/** Result of expanding `${NAME}` references in one string. */
export interface Expansion {
  value: string
  /** Variables substituted (their values may be secrets: never show the value). */
  vars: string[]
  /** Variables referenced but unset or empty. */
  missing: string[]
  /** References that are not a variable name, e.g. `${}` or `${a b}`. */
  invalid: string[]
}

// `$${` is checked first so that it is consumed as a literal `${` and never starts a reference.
const REFERENCE = /\$\$\{|\$\{([^}]*)\}/g
const VAR_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/

/** Replaces each `${NAME}` with the environment's value; `$${` stands for a literal `${`. */
export function expandEnv(text: string, env: NodeJS.ProcessEnv): Expansion {
  const out: Expansion = { value: '', vars: [], missing: [], invalid: [] }
  out.value = text.replace(REFERENCE, (match, name: string | undefined) => {
    if (name === undefined) return '${'
    if (!VAR_NAME.test(name)) {
      out.invalid.push(match)
      return match
    }
    const value = env[name]
    if (value === undefined || value === '') {
      out.missing.push(name)
      return ''
    }
    out.vars.push(name)
    return value
  })
  return out
}

const UNIT_MS: Record<string, number> = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 }

/** Milliseconds of a positive duration such as 500ms, 30s, 15m, 24h, 1d, or a bare number of seconds; null if invalid. */
export function parseDuration(text: string): number | null {
  const m = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?$/.exec(text.trim())
  if (!m) return null
  const ms = Math.round(Number(m[1]) * UNIT_MS[m[2] ?? 's']!)
  return ms > 0 ? ms : null
}

const RATE_UNIT_MS: Record<string, number> = { s: 1_000, min: 60_000, h: 3_600_000 }

/** A rate limit written `N/s`, `N/min` or `N/h`; null if invalid. */
export function parseRateLimit(text: string): { count: number; perMs: number } | null {
  const m = /^(\d+)\s*\/\s*(s|min|h)$/.exec(text.trim())
  if (!m || Number(m[1]) < 1) return null
  return { count: Number(m[1]), perMs: RATE_UNIT_MS[m[2]!]! }
}

// Plain http only reaches these without crossing a network (tests, a local relay); anything else must be TLS.
const LOOPBACK_HOSTS = ['127.0.0.1', '[::1]', 'localhost']

/** Why a channel URL is unacceptable, or null. Never quotes the URL: Slack and Teams webhook URLs are secrets. */
export function urlProblem(text: string): string | null {
  let url: URL
  try {
    url = new URL(text)
  } catch {
    return 'is not a valid URL (expected https://...)'
  }
  if (url.protocol === 'https:') return null
  if (url.protocol === 'http:' && LOOPBACK_HOSTS.includes(url.hostname)) return null
  if (url.protocol === 'http:') return 'must use https (plain http is accepted only for 127.0.0.1, ::1 and localhost)'
  return `must be an https URL (got a ${url.protocol.replace(/:$/, '')}: URL)`
}

/** A plain `local@domain` address, or `Name <local@domain>`: enough to catch typos; the SMTP server has the last word. */
export function isEmailAddress(text: string): boolean {
  const address = /^[^<>]*<([^<>]+)>$/.exec(text)?.[1] ?? text
  return /^[^\s@<>"(),;:]+@[^\s@<>"(),;:]+$/.test(address)
}

/**
 * Reads the fields of one entry of the `alerts:` section and records each problem at the field it is about. `fail`
 * makes the entry unusable (it is then skipped, or its default used); `warn` reports something the entry survives.
 * Readers return a usable value or the default, so callers check `isInvalid` once at the end.
 */
export class EntryReader {
  readonly issues: ConfigIssue[] = []
  /** True once a problem makes the entry unusable. */
  isInvalid = false
  private readonly fromEnv = new Map<string, string[]>()

  constructor(
    private readonly ctx: ConfigContext,
    private readonly env: NodeJS.ProcessEnv,
    /** Path of the entry, e.g. ['alerts', 'channels', 'mail']. */
    readonly base: Path,
    readonly record: Record<string, unknown>,
    /** Names the entry in messages, e.g. 'channel "mail"'. */
    private readonly label: string,
    /** What a failure does, e.g. 'channel skipped'. */
    private readonly consequence: string,
  ) {}

  /** Reports a problem that makes the entry unusable. */
  fail(rel: Path, message: string): void {
    this.isInvalid = true
    this.push(rel, `${this.label}: ${message}; ${this.consequence}`)
  }

  /** Reports a problem the entry survives; the message says what is done instead. */
  warn(rel: Path, message: string): void {
    this.push(rel, `${this.label}: ${message}`)
  }

  private push(rel: Path, message: string): void {
    const path = [...this.base, ...rel]
    // A missing field has no node: point at the closest enclosing one.
    let line: number | null = null
    for (let n = path.length; n > 0 && line === null; n--) line = this.ctx.lineOf(path.slice(0, n))
    this.issues.push({ file: this.ctx.file, line, path: dotted(path), message })
  }

  /** Reports keys outside `known` (usually typos, which would otherwise silently change what is sent). */
  unknownKeys(known: readonly string[], rel: Path = []): void {
    const value = this.value(rel)
    if (!isRecord(value)) return
    for (const key of Object.keys(value).filter((k) => !known.includes(k))) {
      this.warn([...rel, key], `unknown field "${key}" (known: ${known.join(', ')}); ignored`)
    }
  }

  /** The raw parsed value at a path relative to the entry. */
  value(rel: Path): unknown {
    let node: unknown = this.record
    for (const key of rel) node = isRecord(node) || Array.isArray(node) ? (node as Record<string | number, unknown>)[key] : undefined
    return node
  }

  /** `"text"` for a message, or only the variable's name when the environment supplied it (it may be a secret). */
  show(rel: Path, text: string): string {
    const vars = this.fromEnv.get(dotted(rel))
    return vars ? `the value of \${${vars.join('}, ${')}}` : JSON.stringify(text)
  }

  /** A scalar as trimmed text with `${VAR}` expanded; numbers keep their source spelling. Undefined when absent or unusable. */
  text(rel: Path, expected = 'a string'): string | undefined {
    const value = this.value(rel)
    if (value === undefined || value === null) return undefined
    if (typeof value === 'number' || typeof value === 'boolean') return this.ctx.textOf([...this.base, ...rel]) ?? String(value)
    if (typeof value !== 'string') {
      this.fail(rel, `${dotted(rel)} must be ${expected}`)
      return undefined
    }
    const expansion = expandEnv(value, this.env)
    for (const ref of expansion.invalid) this.fail(rel, `${ref} is not a variable reference (write \${NAME}; $\${ stands for a literal \${)`)
    for (const name of expansion.missing) this.fail(rel, `environment variable ${name} is not set`)
    if (expansion.invalid.length + expansion.missing.length > 0) return undefined
    if (expansion.vars.length > 0) this.fromEnv.set(dotted(rel), expansion.vars)
    return expansion.value.trim()
  }

  /** A string field; `required` (a hint on what to give) makes absence a failure. */
  string(key: string, required?: string): string | undefined {
    const text = this.text([key])
    if (text === undefined && this.value([key]) != null) return undefined
    if (!text && required !== undefined) {
      this.fail([key], `${key} is required (${required})`)
      return undefined
    }
    return text
  }

  /** A string or a list of strings; undefined when absent. An empty list fails (it would match or reach nothing). */
  strings(key: string): string[] | undefined {
    const value = this.value([key])
    if (value === undefined || value === null) return undefined
    if (!Array.isArray(value)) {
      const text = this.text([key], 'a string or a list of strings')
      return text ? [text] : text === '' ? this.emptyList(key) : undefined
    }
    if (value.length === 0) return this.emptyList(key)
    const out: string[] = []
    value.forEach((_, i) => {
      const text = this.text([key, i])
      if (text) out.push(text)
      else if (text === '') this.fail([key, i], `${key}[${i}] must not be empty`)
    })
    return [...new Set(out)]
  }

  private emptyList(key: string): undefined {
    this.fail([key], `${key} must not be empty (omit it instead)`)
    return undefined
  }

  /** A mapping of strings to strings (tags, headers). */
  stringMap(rel: Path): Record<string, string> | undefined {
    const value = this.value(rel)
    if (value === undefined || value === null) return undefined
    if (!isRecord(value)) {
      this.fail(rel, `${dotted(rel)} must be a mapping (key: value)`)
      return undefined
    }
    const out: Record<string, string> = {}
    for (const key of Object.keys(value)) {
      const text = this.text([...rel, key])
      if (text !== undefined) out[key] = text
    }
    return out
  }

  /** A whole number from `min` to `max`, or `def` when absent. */
  int(key: string, def: number, min = 1, max = Number.MAX_SAFE_INTEGER): number {
    const text = this.text([key], 'a whole number')
    if (text === undefined) return def
    const n = /^\d+$/.test(text) ? Number(text) : NaN
    if (n >= min && n <= max) return n
    this.fail(
      [key],
      `${key} must be a whole number ${max === Number.MAX_SAFE_INTEGER ? `of at least ${min}` : `from ${min} to ${max}`} (got ${this.show([key], text)})`,
    )
    return def
  }

  /** true or false, or `def` when absent. */
  bool(key: string, def: boolean): boolean
  bool(key: string): boolean | undefined
  bool(key: string, def?: boolean): boolean | undefined {
    const text = this.text([key], 'true or false')
    if (text === undefined) return def
    if (text === 'true' || text === 'false') return text === 'true'
    this.fail([key], `${key} must be true or false (got ${this.show([key], text)})`)
    return def
  }

  /** One of `allowed`, or `def` when absent. */
  oneOf<T extends string>(key: string, allowed: readonly T[], def: T): T {
    const text = this.text([key])
    if (text === undefined) return def
    if ((allowed as readonly string[]).includes(text)) return text as T
    this.fail([key], `${key} must be one of ${allowed.join(', ')} (got ${this.show([key], text)})`)
    return def
  }

  /** A duration in milliseconds, or `def` when absent. */
  duration(rel: Path, def: number): number {
    const text = this.text(rel, 'a duration')
    if (text === undefined) return def
    const ms = parseDuration(text)
    if (ms !== null) return ms
    this.fail(rel, `${dotted(rel)} must be a duration such as 500ms, 30s, 15m, 24h or 1d (got ${this.show(rel, text)})`)
    return def
  }

  /** An https URL (http for loopback only), required unless `def` is given. */
  url(key: string, def?: string): string | undefined {
    const text = this.string(key, def === undefined ? 'an https URL' : undefined)
    if (text === undefined) return def
    const problem = urlProblem(text)
    if (!problem) return text
    this.fail([key], `${key} ${problem}`)
    return undefined
  }
}

/** True for a YAML mapping (a plain object, not a list). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
