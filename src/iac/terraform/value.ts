/**
 * Values of evaluated Terraform expressions: plain JSON-like data, IacRef markers (another resource's attributes,
 * known after apply) and Unknown markers. Evaluation errors are Unknowns too, remembered as failures so `try()` and
 * `can()` can tell "invalid" from "not known yet".
 */
import { isUnknown, unknown, type Unknown } from '../../core/unknown.js'
import { afterApply, isIacRef, type IacRef, type PartialUnknown } from '../model.js'

const failures = new WeakSet<object>()

/** An evaluation error (Terraform would refuse the configuration) as an Unknown carrying the reason. */
export function fail(reason: string): Unknown {
  const u = unknown(reason)
  failures.add(u)
  return u
}

/** True for an Unknown made by fail(). */
export function isFailure(v: unknown): boolean {
  return typeof v === 'object' && v !== null && failures.has(v)
}

/** An Unknown for an interpolated string, keeping its source text (and failure status). */
export function withText(u: Unknown, text: string): PartialUnknown {
  const out: PartialUnknown = { $unknown: u.$unknown, text }
  if (isFailure(u)) failures.add(out)
  return out
}

/** `aws_s3_bucket.b.arn` for a reference. */
export function refText(r: IacRef): string {
  return r.attribute ? `${r.$ref}.${r.attribute}` : r.$ref
}

/** The value as an Unknown when it is not known before apply (Unknown or reference), else undefined. */
export function opaque(v: unknown): Unknown | undefined {
  if (isUnknown(v)) return v
  if (isIacRef(v)) return afterApply(refText(v))
  return undefined
}

/** A plain object value (not a reference or Unknown marker). */
export function isObj(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !isUnknown(v) && !isIacRef(v)
}

/** The first Unknown or reference anywhere inside the value (nesting is bounded by the parser and jsondecode). */
export function deepOpaque(v: unknown): Unknown | undefined {
  const o = opaque(v)
  if (o) return o
  if (Array.isArray(v)) {
    for (const item of v) {
      const u = deepOpaque(item)
      if (u) return u
    }
  } else if (isObj(v)) {
    for (const item of Object.values(v)) {
      const u = deepOpaque(item)
      if (u) return u
    }
  }
  return undefined
}

/** Terraform's name for the value's type, for messages. */
export function typeName(v: unknown): string {
  if (v === null) return 'null'
  if (Array.isArray(v)) return 'list'
  if (typeof v === 'object') return 'object'
  return typeof v
}

/** Formats a number as Terraform does in strings (integers without a fraction). */
function numText(n: number): string {
  return Number.isInteger(n) ? n.toFixed(0) : String(n)
}

/** Converts to a string as Terraform does (numbers and bools convert; null and collections do not). */
export function toStr(v: unknown): string | Unknown {
  const o = opaque(v)
  if (o) return o
  if (typeof v === 'string') return v
  if (typeof v === 'number') return Number.isFinite(v) && Math.abs(v) < 1e21 ? numText(v) : String(v)
  if (typeof v === 'boolean') return String(v)
  return fail(`a string is required, got ${typeName(v)}`)
}

/** Converts to a number (numeric strings convert). */
export function toNum(v: unknown): number | Unknown {
  const o = opaque(v)
  if (o) return o
  if (typeof v === 'number') return v
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v)
  return fail(`a number is required, got ${typeName(v)}${typeof v === 'string' ? ` ${JSON.stringify(v)}` : ''}`)
}

/** Converts to a bool ("true"/"false" convert). */
export function toBool(v: unknown): boolean | Unknown {
  const o = opaque(v)
  if (o) return o
  if (typeof v === 'boolean') return v
  if (v === 'true' || v === 'false') return v === 'true'
  return fail(`a bool is required, got ${typeName(v)}`)
}

/** Deep equality of known values (numbers compare by value, "1" is not 1, as in Terraform). */
export function equal(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => equal(x, b[i]))
  if (isObj(a) && isObj(b)) {
    const ka = Object.keys(a)
    return ka.length === Object.keys(b).length && ka.every((k) => k in b && equal(a[k], b[k]))
  }
  return false
}

/** Keys in Terraform's iteration order (lexical). */
export function sortedKeys(o: Record<string, unknown>): string[] {
  return Object.keys(o).sort((x, y) => (x < y ? -1 : x > y ? 1 : 0))
}

/** Sets a key from the code on a plain object (`__proto__` as an own property, never the prototype). */
export function setKey(o: Record<string, unknown>, k: string, v: unknown): void {
  if (k === '__proto__') Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true })
  else o[k] = v
}

/** A plain object with the given entries. */
export function objectOf(entries: Iterable<readonly [string, unknown]>): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [k, v] of entries) setKey(out, k, v)
  return out
}
