/**
 * Terraform's built-in functions, where the arguments are known
 * (https://developer.hashicorp.com/terraform/language/functions). An unknown argument gives an Unknown result, except
 * in the structural functions (concat, merge, lookup, …) which pass references and Unknowns through as opaque
 * elements, and jsonencode, whose partly unknown result keeps the document (PartialUnknown.partial) for policy
 * readers. Functions not listed here give an Unknown naming the function.
 */
import { createHash } from 'node:crypto'
import * as path from 'node:path'
import { isUnknown, unknown, type Unknown } from '../../core/unknown.js'
import type { PartialUnknown } from '../model.js'
import type { Env } from './evaluate.js'
import { deepOpaque, equal, fail, isObj, objectOf, opaque, setKey, sortedKeys, toBool, toNum, toStr, typeName } from './value.js'

type Fn = (args: unknown[], env: Env) => unknown

/** Values deeper than this are refused by jsondecode (the evaluator walks values recursively). */
const MAX_VALUE_DEPTH = 500

function str(v: unknown): string | Unknown {
  return toStr(v)
}

/** Converts all arguments with `conv`; returns the first Unknown met. */
function all<T>(args: unknown[], conv: (v: unknown) => T | Unknown): T[] | Unknown {
  const out: T[] = []
  for (const a of args) {
    const c = conv(a)
    if (isUnknown(c)) return c
    out.push(c)
  }
  return out
}

function listArg(v: unknown): unknown[] | Unknown {
  const o = opaque(v)
  if (o) return o
  if (Array.isArray(v)) return v as unknown[]
  return fail(`a list is required, got ${typeName(v)}`)
}

function mapArg(v: unknown): Record<string, unknown> | Unknown {
  const o = opaque(v)
  if (o) return o
  if (isObj(v)) return v
  return fail(`a map is required, got ${typeName(v)}`)
}

/** A function of strings only: every argument converted, any Unknown returned. */
function strings(fn: (...s: string[]) => unknown): Fn {
  return (args) => {
    const s = all(args, str)
    return isUnknown(s) ? s : fn(...s)
  }
}

function numbers(fn: (...n: number[]) => unknown): Fn {
  return (args) => {
    const n = all(args, toNum)
    return isUnknown(n) ? n : fn(...n)
  }
}

function unique(items: unknown[]): unknown[] {
  const out: unknown[] = []
  for (const i of items) if (!out.some((o) => equal(o, i))) out.push(i)
  return out
}

/** JSON text with object keys sorted, as Terraform encodes. */
function toJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(toJson).join(',')}]`
  if (isObj(v))
    return `{${sortedKeys(v)
      .map((k) => `${JSON.stringify(k)}:${toJson(v[k])}`)
      .join(',')}}`
  return JSON.stringify(v) ?? 'null'
}

function depthOk(v: unknown): boolean {
  const stack: [unknown, number][] = [[v, 0]]
  while (stack.length > 0) {
    const [x, d] = stack.pop()!
    if (d > MAX_VALUE_DEPTH) return false
    if (Array.isArray(x)) for (const i of x) stack.push([i, d + 1])
    else if (typeof x === 'object' && x !== null) for (const i of Object.values(x)) stack.push([i, d + 1])
  }
  return true
}

function jsondecode(text: string): unknown {
  let v: unknown
  try {
    v = JSON.parse(text)
  } catch (err) {
    return fail(`jsondecode: ${(err as Error).message}`)
  }
  return depthOk(v) ? v : fail(`jsondecode: nested more than ${MAX_VALUE_DEPTH} levels`)
}

/** format()'s verbs: %s %d %f %t %v %q %% with optional width/precision (https://developer.hashicorp.com/terraform/language/functions/format). */
function format(spec: string, args: unknown[]): string | Unknown {
  let i = 0
  let out = ''
  const re = /%(?:\[(\d+)\])?([-+ #0]*)(\d+)?(?:\.(\d+))?([a-zA-Z%])/g
  let last = 0
  for (let m = re.exec(spec); m; m = re.exec(spec)) {
    out += spec.slice(last, m.index)
    last = re.lastIndex
    const verb = m[5]!
    if (verb === '%') {
      out += '%'
      continue
    }
    if (m[1]) i = Number(m[1]) - 1
    if (i >= args.length) return fail('format: not enough arguments')
    const arg = args[i++]
    const o = deepOpaque(arg)
    if (o) return o
    let piece: string | Unknown
    if (verb === 'd') {
      const n = toNum(arg)
      piece = typeof n === 'number' ? Math.trunc(n).toFixed(0) : n
    } else if (verb === 'f' || verb === 'g' || verb === 'e') {
      const n = toNum(arg)
      piece = typeof n === 'number' ? (verb === 'f' ? n.toFixed(Math.min(100, m[4] === undefined ? 6 : Number(m[4]))) : String(n)) : n
    } else if (verb === 'q') {
      const s = str(arg)
      piece = typeof s === 'string' ? JSON.stringify(s) : s
    } else if (verb === 't') {
      const b = toBool(arg)
      piece = typeof b === 'boolean' ? String(b) : b
    } else if (verb === 'v' && (Array.isArray(arg) || isObj(arg))) piece = toJson(arg)
    else piece = str(arg)
    if (typeof piece !== 'string') return piece
    const width = Math.min(m[3] ? Number(m[3]) : 0, 1000)
    const left = (m[2] ?? '').includes('-')
    const pad = (m[2] ?? '').includes('0') && !left ? '0' : ' '
    out += left ? piece.padEnd(width) : piece.padStart(width, pad)
  }
  return out + spec.slice(last)
}

function flatten(v: unknown[], depth = 0): unknown[] | Unknown {
  const out: unknown[] = []
  for (const item of v) {
    const o = isUnknown(item) ? item : undefined
    if (o) return o
    if (Array.isArray(item)) {
      if (depth > MAX_VALUE_DEPTH) return fail('flatten: nested too deeply')
      const inner = flatten(item, depth + 1)
      if (isUnknown(inner)) return inner
      out.push(...inner)
    } else out.push(item)
  }
  return out
}

function templateRegex(pattern: string): RegExp | Unknown {
  try {
    // RE2 and JavaScript agree on the common subset; (?P<name>) is RE2's named group syntax.
    return new RegExp(pattern.replace(/\(\?P</g, '(?<'), 'u')
  } catch (err) {
    return fail(`invalid regular expression: ${(err as Error).message}`)
  }
}

function regexMatch(pattern: string, s: string, all: boolean): unknown {
  const re = templateRegex(pattern)
  if (isUnknown(re)) return re
  const shape = (m: RegExpMatchArray): unknown => {
    if (m.groups) return objectOf(Object.entries(m.groups).map(([k, v]) => [k, v ?? null]))
    if (m.length > 1) return m.slice(1).map((x) => x ?? null)
    return m[0]
  }
  if (all) return [...s.matchAll(new RegExp(re.source, 'gu'))].map(shape)
  const m = s.match(re)
  return m ? shape(m) : fail(`regex: no match for ${JSON.stringify(pattern)}`)
}

function replace(s: string, search: string, repl: string): unknown {
  if (search.length > 1 && search.startsWith('/') && search.endsWith('/')) {
    const re = templateRegex(search.slice(1, -1))
    if (isUnknown(re)) return re
    return s.replace(new RegExp(re.source, 'gu'), repl.replace(/\$\{(\w+)\}/g, '$<$1>'))
  }
  return s.split(search).join(repl)
}

function cidrsubnet(prefix: string, newbits: number, netnum: number): unknown {
  const m = /^(\d+)\.(\d+)\.(\d+)\.(\d+)\/(\d+)$/.exec(prefix)
  if (!m) return unknown('cidrsubnet: only IPv4 prefixes are evaluated')
  const base = m.slice(1, 5).reduce((acc, o) => acc * 256 + Number(o), 0)
  const len = Number(m[5]) + newbits
  if (len > 32 || netnum >= 2 ** newbits || netnum < 0) return fail('cidrsubnet: not enough address space')
  const size = 2 ** (32 - len)
  const network = Math.floor(base / 2 ** (32 - Number(m[5]))) * 2 ** (32 - Number(m[5])) + netnum * size
  const octets = [24, 16, 8, 0].map((sh) => Math.floor(network / 2 ** sh) % 256)
  return `${octets.join('.')}/${len}`
}

const FUNCTIONS: Record<string, Fn> = {
  jsonencode: ([v]) => {
    const o = deepOpaque(v)
    if (o) return { $unknown: o.$unknown, partial: v } satisfies PartialUnknown
    return toJson(v)
  },
  jsondecode: strings((s) => jsondecode(s)),
  merge: (args) => {
    const out: Record<string, unknown> = {}
    for (const a of args) {
      if (a === null) continue
      const m = mapArg(a)
      if (isUnknown(m)) return m
      for (const k of Object.keys(m)) setKey(out, k, m[k])
    }
    return out
  },
  concat: (args) => {
    const lists = all(args, listArg)
    return isUnknown(lists) ? lists : lists.flat(1)
  },
  lookup: ([m, k, d]) => {
    const map = mapArg(m)
    if (isUnknown(map)) return map
    const key = str(k)
    if (isUnknown(key)) return key
    if (Object.hasOwn(map, key)) return map[key]
    return d !== undefined ? d : fail(`lookup: no key ${JSON.stringify(key)}`)
  },
  length: ([v]) => {
    const o = opaque(v)
    if (o) return o
    if (typeof v === 'string') return [...v].length
    if (Array.isArray(v)) return v.length
    if (isObj(v)) return Object.keys(v).length
    return fail(`length: not a collection (${typeName(v)})`)
  },
  format: (args) => {
    const spec = str(args[0])
    return isUnknown(spec) ? spec : format(spec, args.slice(1))
  },
  formatlist: (args) => {
    const spec = str(args[0])
    if (isUnknown(spec)) return spec
    const rest = args.slice(1)
    const n = Math.max(0, ...rest.map((a) => (Array.isArray(a) ? a.length : 0)))
    const lists = rest.find((a) => opaque(a))
    if (lists) return opaque(lists)
    const out: unknown[] = []
    for (let i = 0; i < n; i++) {
      const s = format(
        spec,
        rest.map((a): unknown => (Array.isArray(a) ? (a as unknown[])[i] : a)),
      )
      if (isUnknown(s)) return s
      out.push(s)
    }
    return out
  },
  join: ([sep, ...lists]) => {
    const s = str(sep)
    if (isUnknown(s)) return s
    const ls = all(lists, listArg)
    if (isUnknown(ls)) return ls
    const items = all(ls.flat(1), str)
    return isUnknown(items) ? items : items.join(s)
  },
  split: strings((sep, s) => (s === '' ? [] : s.split(sep))),
  lower: strings((s) => s.toLowerCase()),
  upper: strings((s) => s.toUpperCase()),
  title: strings((s) => s.replace(/\b\w/g, (c) => c.toUpperCase())),
  replace: strings((s, a, b) => replace(s, a, b)),
  trimspace: strings((s) => s.trim()),
  trim: strings((s, cut) => {
    const set = new Set(cut)
    let a = 0
    let b = s.length
    while (a < b && set.has(s[a]!)) a++
    while (b > a && set.has(s[b - 1]!)) b--
    return s.slice(a, b)
  }),
  trimprefix: strings((s, p) => (s.startsWith(p) ? s.slice(p.length) : s)),
  trimsuffix: strings((s, p) => (p !== '' && s.endsWith(p) ? s.slice(0, -p.length) : s)),
  startswith: strings((s, p) => s.startsWith(p)),
  endswith: strings((s, p) => s.endsWith(p)),
  strcontains: strings((s, p) => s.includes(p)),
  chomp: strings((s) => s.replace(/(\r?\n)+$/, '')),
  indent: ([n, s]) => {
    const c = toNum(n)
    const t = str(s)
    if (isUnknown(c)) return c
    if (isUnknown(t)) return t
    return t.replace(/\n/g, `\n${' '.repeat(c)}`)
  },
  substr: ([s, o, l]) => {
    const t = str(s)
    const off = toNum(o)
    const len = toNum(l)
    if (isUnknown(t)) return t
    if (isUnknown(off)) return off
    if (isUnknown(len)) return len
    const chars = [...t]
    const start = off < 0 ? chars.length + off : off
    return chars.slice(start, len < 0 ? undefined : start + len).join('')
  },
  strrev: strings((s) => [...s].reverse().join('')),
  regex: strings((p, s) => regexMatch(p, s, false)),
  regexall: strings((p, s) => regexMatch(p, s, true)),
  contains: ([l, v]) => {
    const list = listArg(l)
    if (isUnknown(list)) return list
    const o = deepOpaque(list) ?? deepOpaque(v)
    return o ?? list.some((i) => equal(i, v))
  },
  coalesce: (args) => {
    for (const a of args) {
      if (opaque(a)) return opaque(a)
      if (a !== null && a !== '') return a
    }
    return fail('coalesce: no non-null, non-empty argument')
  },
  coalescelist: (args) => {
    for (const a of args) {
      const l = listArg(a)
      if (isUnknown(l)) return l
      if (l.length > 0) return l
    }
    return fail('coalescelist: every list is empty')
  },
  compact: ([l]) => {
    const list = listArg(l)
    if (isUnknown(list)) return list
    return list.filter((i) => i !== null && i !== '')
  },
  distinct: ([l]) => {
    const list = listArg(l)
    return isUnknown(list) ? list : unique(list)
  },
  flatten: ([l]) => {
    const list = listArg(l)
    return isUnknown(list) ? list : flatten(list)
  },
  element: ([l, i]) => {
    const list = listArg(l)
    const n = toNum(i)
    if (isUnknown(list)) return list
    if (isUnknown(n)) return n
    if (list.length === 0) return fail('element: empty list')
    return list[((Math.trunc(n) % list.length) + list.length) % list.length]
  },
  index: ([l, v]) => {
    const list = listArg(l)
    if (isUnknown(list)) return list
    const i = list.findIndex((x) => equal(x, v))
    return i >= 0 ? i : fail('index: value not in list')
  },
  keys: ([m]) => {
    const map = mapArg(m)
    return isUnknown(map) ? map : sortedKeys(map)
  },
  values: ([m]) => {
    const map = mapArg(m)
    return isUnknown(map) ? map : sortedKeys(map).map((k) => map[k])
  },
  zipmap: ([k, v]) => {
    const ks = listArg(k)
    const vs = listArg(v)
    if (isUnknown(ks)) return ks
    if (isUnknown(vs)) return vs
    const names = all(ks, str)
    if (isUnknown(names)) return names
    return objectOf(names.map((n, i) => [n, vs[i] ?? null]))
  },
  one: ([l]) => {
    const list = listArg(l)
    if (isUnknown(list)) return list
    if (list.length > 1) return fail('one: more than one element')
    return list[0] ?? null
  },
  slice: ([l, a, b]) => {
    const list = listArg(l)
    const s = toNum(a)
    const e = toNum(b)
    if (isUnknown(list)) return list
    if (isUnknown(s)) return s
    if (isUnknown(e)) return e
    return s < 0 || e > list.length || s > e ? fail('slice: index out of range') : list.slice(s, e)
  },
  reverse: ([l]) => {
    const list = listArg(l)
    return isUnknown(list) ? list : [...list].reverse()
  },
  sort: ([l]) => {
    const list = listArg(l)
    if (isUnknown(list)) return list
    const s = all(list, str)
    return isUnknown(s) ? s : [...s].sort()
  },
  setunion: (args) => {
    const lists = all(args, listArg)
    return isUnknown(lists) ? lists : unique(lists.flat(1))
  },
  setintersection: (args) => {
    const lists = all(args, listArg)
    if (isUnknown(lists)) return lists
    const [first = [], ...rest] = lists
    return unique(first.filter((i) => rest.every((r) => r.some((x) => equal(x, i)))))
  },
  setsubtract: ([a, b]) => {
    const la = listArg(a)
    const lb = listArg(b)
    if (isUnknown(la)) return la
    if (isUnknown(lb)) return lb
    return unique(la.filter((i) => !lb.some((x) => equal(x, i))))
  },
  alltrue: ([l]) => {
    const list = listArg(l)
    if (isUnknown(list)) return list
    const bs = all(list, toBool)
    return isUnknown(bs) ? bs : bs.every(Boolean)
  },
  anytrue: ([l]) => {
    const list = listArg(l)
    if (isUnknown(list)) return list
    const bs = all(list, toBool)
    return isUnknown(bs) ? bs : bs.some(Boolean)
  },
  sum: ([l]) => {
    const list = listArg(l)
    if (isUnknown(list)) return list
    const ns = all(list, toNum)
    return isUnknown(ns) ? ns : ns.reduce((a, b) => a + b, 0)
  },
  range: numbers((...n) => {
    const [start, end, step] = n.length === 1 ? [0, n[0]!, 1] : [n[0]!, n[1]!, n[2] ?? (n[1]! >= n[0]! ? 1 : -1)]
    if (step === 0 || Math.abs((end - start) / step) > 1024) return fail('range: more than 1024 elements')
    const out: number[] = []
    for (let i = start; step > 0 ? i < end : i > end; i += step) out.push(i)
    return out
  }),
  min: numbers((...n) => (n.length ? Math.min(...n) : fail('min: no arguments'))),
  max: numbers((...n) => (n.length ? Math.max(...n) : fail('max: no arguments'))),
  abs: numbers((n) => Math.abs(n)),
  ceil: numbers((n) => Math.ceil(n)),
  floor: numbers((n) => Math.floor(n)),
  signum: numbers((n) => Math.sign(n)),
  pow: numbers((a, b) => a ** b),
  parseint: ([s, b]) => {
    const t = str(s)
    const base = toNum(b)
    if (isUnknown(t)) return t
    if (isUnknown(base)) return base
    const n = parseInt(t, base)
    return Number.isNaN(n) ? fail(`parseint: ${JSON.stringify(t)} is not a base-${base} number`) : n
  },
  tostring: ([v]) => (v === null ? null : str(v)),
  tonumber: ([v]) => (v === null ? null : toNum(v)),
  tobool: ([v]) => (v === null ? null : toBool(v)),
  tolist: ([v]) => listArg(v),
  toset: ([v]) => {
    const list = listArg(v)
    return isUnknown(list) ? list : unique(list)
  },
  tomap: ([v]) => mapArg(v),
  base64encode: strings((s) => Buffer.from(s, 'utf8').toString('base64')),
  base64decode: strings((s) => Buffer.from(s, 'base64').toString('utf8')),
  urlencode: strings((s) => encodeURIComponent(s)),
  md5: strings((s) => createHash('md5').update(s).digest('hex')),
  sha1: strings((s) => createHash('sha1').update(s).digest('hex')),
  sha256: strings((s) => createHash('sha256').update(s).digest('hex')),
  sha512: strings((s) => createHash('sha512').update(s).digest('hex')),
  cidrsubnet: ([p, b, n]) => {
    const prefix = str(p)
    const bits = toNum(b)
    const num = toNum(n)
    if (isUnknown(prefix)) return prefix
    if (isUnknown(bits)) return bits
    if (isUnknown(num)) return num
    return cidrsubnet(prefix, bits, num)
  },
  file: ([f], env) => {
    const name = str(f)
    return isUnknown(name) ? name : env.readFile(name)
  },
  fileexists: ([f], env) => {
    const name = str(f)
    return isUnknown(name) ? name : env.fileExists(name)
  },
  abspath: ([f], env) => {
    const name = str(f)
    return isUnknown(name) ? name : path.resolve(env.baseDir, name).split(path.sep).join('/')
  },
  basename: strings((s) => path.posix.basename(s)),
  dirname: strings((s) => path.posix.dirname(s)),
  timestamp: () => unknown('timestamp() is known only after apply'),
  uuid: () => unknown('uuid() is known only after apply'),
}

/** Calls a built-in function (`provider::…` functions are not evaluated). */
export function callFunction(name: string, args: unknown[], env: Env): unknown {
  const fn = FUNCTIONS[name] ?? (name === 'templatefile' ? templatefileStub : undefined)
  if (!fn) return unknown(`function ${name} is not supported`)
  try {
    return fn(args, env)
  } catch (err) {
    return fail(`${name}: ${(err as Error).message}`)
  }
}

/** Set by the loader: templatefile needs the parser and the evaluator, which import this module. */
let templatefileImpl: Fn | undefined

/** Registers templatefile() (see template-file.ts). */
export function registerTemplatefile(fn: Fn): void {
  templatefileImpl = fn
}

function templatefileStub(args: unknown[], env: Env): unknown {
  return templatefileImpl ? templatefileImpl(args, env) : unknown('function templatefile is not supported')
}

/** True when a value looks like a result of jsonencode with unknown leaves. */
export function isPartial(v: unknown): v is PartialUnknown {
  return isUnknown(v) && (v as PartialUnknown).partial !== undefined
}
