/**
 * Field-level differences between two versions of a resource, as readable lines for `posture diff`:
 * "ingress rule tcp 22 from 0.0.0.0/0 added", "attributes.versioning.status: Suspended → Enabled".
 * Pure: no I/O, deterministic order (object keys sorted, array elements in their order of appearance).
 */
import type { Resource } from '../core/resource.js'
import { stableStringify } from '../core/fingerprint.js'
import { isUnknown } from '../core/unknown.js'
import { clip, describerFor, type ElementDescriber } from './resource-diff-describers.js'

/** Longest rendering of one value in a change line. */
const MAX_VALUE = 200

type Obj = Record<string, unknown>

function isObject(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !isUnknown(v)
}

function isPrimitive(v: unknown): boolean {
  return v === null || (typeof v !== 'object' && typeof v !== 'function')
}

/** A value as it reads in a change line: strings bare, null as "none", flat objects as k=v, Unknown with its reason. */
export function showValue(v: unknown): string {
  if (v === undefined) return '(absent)'
  if (v === null) return 'none'
  if (isUnknown(v)) return `(not collected: ${v.$unknown})`
  if (typeof v === 'string') return v === '' ? '""' : clip(v, MAX_VALUE)
  if (Array.isArray(v) && v.every(isPrimitive)) return clip(`[${v.map(showValue).join(', ')}]`, MAX_VALUE)
  if (isObject(v) && Object.values(v).every(isPrimitive)) {
    const pairs = Object.keys(v)
      .sort()
      .filter((k) => v[k] !== undefined)
      .map((k) => `${k}=${showValue(v[k])}`)
    return clip(pairs.length ? pairs.join(', ') : '{}', MAX_VALUE)
  }
  return clip(typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint' ? String(v) : stableStringify(v), MAX_VALUE)
}

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key
}

/** IAM accepts a string or a list (Action, Resource, ...): a string facing a list of strings is read as a one-item list. */
function asList(a: unknown, b: unknown): [unknown, unknown] {
  const strings = (x: unknown) => Array.isArray(x) && x.every((e) => typeof e === 'string')
  if (typeof a === 'string' && strings(b)) return [[a], b]
  if (typeof b === 'string' && strings(a)) return [a, [b]]
  return [a, b]
}

/** Appends the lines for `a` → `b` at `path` to `out`. */
function diffValue(a: unknown, b: unknown, path: string, type: string, out: string[]): void {
  ;[a, b] = asList(a, b)
  if (stableStringify(a) === stableStringify(b)) return
  if (Array.isArray(a) && Array.isArray(b)) return diffArray(a, b, path, type, out)
  if (isObject(a) && isObject(b)) return diffObject(a, b, path, type, out)
  // 22 → "22" must not read "22 → 22": quote strings when the kind of value changes.
  const quote = typeof a !== typeof b && isPrimitive(a) && isPrimitive(b)
  const show = (v: unknown) => (quote && typeof v === 'string' ? JSON.stringify(v) : showValue(v))
  out.push(`${path}: ${show(a)} → ${show(b)}`)
}

/** Keys in sorted order; policy `Statement` (an object or a list, per the IAM grammar) is always compared as a list. */
function diffObject(a: Obj, b: Obj, path: string, type: string, out: string[]): void {
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()
  for (const k of keys) {
    const p = join(path, k)
    let [x, y] = [a[k], b[k]]
    if (k === 'Statement') [x, y] = [isObject(x) ? [x] : x, isObject(y) ? [y] : y]
    if (x === undefined && y !== undefined) out.push(`${p}: added ${showValue(y)}`)
    else if (y === undefined && x !== undefined) out.push(`${p}: removed ${showValue(x)}`)
    else diffValue(x, y, p, type, out)
  }
}

/** Multiset difference by stable JSON: the elements of `a` not matched by one in `b`. */
function minus<T>(a: readonly T[], b: readonly T[]): T[] {
  const counts = new Map<string, number>()
  for (const e of b) counts.set(stableStringify(e), (counts.get(stableStringify(e)) ?? 0) + 1)
  return a.filter((e) => {
    const k = stableStringify(e)
    const n = counts.get(k) ?? 0
    if (n > 0) counts.set(k, n - 1)
    return n === 0
  })
}

/** Lists of plain values are sets (order alone is reported once); lists of objects are matched by identity, then by key. */
function diffArray(a: unknown[], b: unknown[], path: string, type: string, out: string[]): void {
  const removed = minus(a, b)
  const added = minus(b, a)
  if (removed.length === 0 && added.length === 0) {
    out.push(`${path}: order changed`)
    return
  }
  if ([...removed, ...added].every((e) => !isObject(e))) {
    for (const e of removed) out.push(`${path}: removed ${showValue(e)}`)
    for (const e of added) out.push(`${path}: added ${showValue(e)}`)
    return
  }
  diffElements(removed, added, path, type, describerFor(path, type), out)
}

/** Pairs removed and added elements with the same key as "changed"; the rest are removed or added. */
function diffElements(removed: unknown[], added: unknown[], path: string, type: string, d: ElementDescriber, out: string[]): void {
  const keyOf = (e: unknown) => (isObject(e) ? d.key?.(e) : undefined)
  const addedByKey = new Map<string, Obj>()
  for (const e of added) {
    const k = keyOf(e)
    if (k !== undefined && !addedByKey.has(k)) addedByKey.set(k, e as Obj)
  }
  const paired = new Set<unknown>()
  for (const e of removed) {
    const k = keyOf(e)
    const match = k === undefined ? undefined : addedByKey.get(k)
    if (match && !paired.has(match)) {
      paired.add(match)
      out.push(...changedElement(e as Obj, match, k!, path, type, d))
    } else out.push(isObject(e) ? `${d.describe(e)} removed` : `${path}: removed ${showValue(e)}`)
  }
  for (const e of added) {
    if (!paired.has(e)) out.push(isObject(e) ? `${d.describe(e)} added` : `${path}: added ${showValue(e)}`)
  }
}

/** Lines for one element whose content changed while its key stayed. */
function changedElement(before: Obj, after: Obj, key: string, path: string, type: string, d: ElementDescriber): string[] {
  const custom = d.changed?.(before, after)
  if (custom) return custom
  const nested: string[] = []
  if (d.labelNested) {
    diffValue(before, after, '', type, nested)
    return nested.map((line) => `${d.describe(before)}: ${line}`)
  }
  diffValue(before, after, `${path}[${key}]`, type, nested)
  return nested
}

/**
 * The changes from `before` to `after` of one resource (same uid), one readable line each; empty when equal.
 * Every field but the uid is compared (name, tags, attributes, relations, ...); paths are dotted, keyed list elements
 * read `path[key]`, and elements of known shapes are described (security group rules, NACL entries, policy statements).
 */
export function diffResource(before: Resource, after: Resource): string[] {
  const out: string[] = []
  // undefined fields are skipped by the comparison, so this drops the uid from it.
  diffValue({ ...before, uid: undefined }, { ...after, uid: undefined }, '', after.type, out)
  return out
}
