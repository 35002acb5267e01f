/**
 * Evaluates HCL expressions to values. References the scope does not bind (`var.*`, `local.*`, resources, data
 * sources, modules, `path.*`) are answered by the module being evaluated (Env). Anything not known before apply stays
 * an Unknown or IacRef; an interpolation of one gives an Unknown carrying the template's source text. Recursion follows
 * the syntax tree, whose nesting the parser bounds (MAX_NESTING).
 */
import { isUnknown, type Unknown } from '../../core/unknown.js'
import { isIacRef } from '../model.js'
import type { Expr, Step, TemplatePart } from './ast.js'
import { callFunction } from './functions.js'
import { deepOpaque, equal, fail, isFailure, isObj, opaque, refText, setKey, sortedKeys, toBool, toNum, toStr, typeName, withText } from './value.js'
import { afterApply } from '../model.js'

/** A name bound by the scope: for-expression variables, `count`, `each`, dynamic block iterators. */
export interface Binding {
  readonly name: string
  readonly value: unknown
  readonly next: Binding | undefined
}

/** What a module answers for references and side services. */
export interface Env {
  /**
   * Resolves a traversal from a root name the scope does not bind. Returns the value and how many steps it used;
   * the remaining steps are applied to the value.
   */
  ref(root: string, steps: readonly Step[], scope: Scope, text: string): { value: unknown; used: number }
  /** Reads a file for file()/templatefile() (relative paths from the root module directory), size-capped. */
  readFile(file: string): string | Unknown
  /** True when the file exists (fileexists()). */
  fileExists(file: string): boolean
  /** The directory relative paths in file() resolve against (Terraform: the working directory = root module). */
  readonly baseDir: string
}

/** Where an expression is evaluated. */
export interface Scope {
  readonly env: Env
  readonly names: Binding | undefined
}

/** The scope extended with one name. */
export function bind(scope: Scope, name: string, value: unknown): Scope {
  return { env: scope.env, names: { name, value, next: scope.names } }
}

function lookupName(scope: Scope, name: string): { value: unknown } | undefined {
  for (let b = scope.names; b; b = b.next) if (b.name === name) return { value: b.value }
  return undefined
}

/** Evaluates an expression. Never throws. */
export function evaluate(x: Expr, scope: Scope): unknown {
  switch (x.k) {
    case 'lit':
      return x.value
    case 'template':
      return evalTemplate(x.parts, x.text, scope)
    case 'tuple':
      return x.items.map((i) => evaluate(i, scope))
    case 'object':
      return evalObject(x, scope)
    case 'trav':
      return evalTrav(x, scope)
    case 'call':
      return evalCall(x, scope)
    case 'cond':
      return evalCond(x, scope)
    case 'unary':
      return evalUnary(x.op, evaluate(x.expr, scope))
    case 'binary':
      return evalBinary(x, scope)
    case 'for':
      return evalFor(x, scope)
    case 'paren':
      return evaluate(x.expr, scope)
    case 'error':
      return fail(`syntax error (${x.message})`)
  }
}

function evalObject(x: Extract<Expr, { k: 'object' }>, scope: Scope): unknown {
  const out: Record<string, unknown> = {}
  for (const item of x.items) {
    const key = item.keyName ?? toStr(evaluate(item.key, scope))
    if (typeof key !== 'string') return key
    setKey(out, key, evaluate(item.value, scope))
  }
  return out
}

function evalTrav(x: Extract<Expr, { k: 'trav' }>, scope: Scope): unknown {
  if (typeof x.root !== 'string') return applySteps(evaluate(x.root, scope), x.steps, 0, scope)
  const bound = lookupName(scope, x.root)
  if (bound) return applySteps(bound.value, x.steps, 0, scope)
  const { value, used } = scope.env.ref(x.root, x.steps, scope, x.text)
  return applySteps(value, x.steps, used, scope)
}

/** The key of an index step as a string or number. */
function indexKey(step: Extract<Step, { k: 'index' }>, scope: Scope): unknown {
  return evaluate(step.key, scope)
}

/** Applies traversal steps from `from` on to a value. */
export function applySteps(value: unknown, steps: readonly Step[], from: number, scope: Scope): unknown {
  let v = value
  for (let i = from; i < steps.length; i++) {
    const step = steps[i]!
    if (step.k === 'splat') {
      v = splat(v, step.steps, scope)
      continue
    }
    if (isUnknown(v)) return v
    if (isIacRef(v)) {
      if (step.k === 'attr' && v.attribute === undefined) v = { $ref: v.$ref, attribute: step.name }
      else {
        const what = step.k === 'attr' ? `.${step.name}` : '[…]'
        return afterApply(`${refText(v)}${what}`)
      }
      continue
    }
    if (step.k === 'attr') v = getAttr(v, step.name)
    else v = getIndex(v, indexKey(step, scope))
  }
  return v
}

function getAttr(v: unknown, name: string): unknown {
  if (isObj(v)) return Object.hasOwn(v, name) ? v[name] : fail(`this object has no attribute "${name}"`)
  if (v === null) return fail(`attribute "${name}" of a null value`)
  return fail(`a ${typeName(v)} has no attribute "${name}"`)
}

function getIndex(v: unknown, key: unknown): unknown {
  const o = opaque(key)
  if (o) return o
  if (Array.isArray(v)) {
    const n = toNum(key)
    if (typeof n !== 'number') return n
    return Number.isInteger(n) && n >= 0 && n < v.length ? v[n] : fail(`index ${n} out of range for a list of ${v.length}`)
  }
  if (isObj(v)) {
    const k = toStr(key)
    if (typeof k !== 'string') return k
    return Object.hasOwn(v, k) ? v[k] : fail(`this map has no element for the key ${JSON.stringify(k)}`)
  }
  if (v === null) return fail('index of a null value')
  return fail(`a ${typeName(v)} cannot be indexed`)
}

function splat(v: unknown, steps: readonly Step[], scope: Scope): unknown {
  if (isUnknown(v)) return v
  if (v === null) return []
  const items = Array.isArray(v) ? v : [v]
  return items.map((item) => applySteps(item, steps, 0, scope))
}

function evalCall(x: Extract<Expr, { k: 'call' }>, scope: Scope): unknown {
  if (x.name === 'try') {
    let last: unknown = fail('try() needs an argument')
    for (const a of x.args) {
      last = evaluate(a, scope)
      if (!isFailure(last)) return last
    }
    return last
  }
  if (x.name === 'can') {
    const v = x.args[0] ? evaluate(x.args[0], scope) : fail('can() needs an argument')
    if (isFailure(v)) return false
    return deepOpaque(v) ?? true
  }
  let args = x.args.map((a) => evaluate(a, scope))
  if (x.expand && args.length > 0) {
    const last = args[args.length - 1]
    const o = opaque(last)
    if (o) return o
    if (!Array.isArray(last)) return fail(`the argument expanded with ... must be a list`)
    args = [...args.slice(0, -1), ...(last as unknown[])]
  }
  return callFunction(x.name, args, scope.env)
}

function evalCond(x: Extract<Expr, { k: 'cond' }>, scope: Scope): unknown {
  const c = toBool(evaluate(x.cond, scope))
  if (typeof c === 'boolean') return evaluate(c ? x.then : x.else, scope)
  const a = evaluate(x.then, scope)
  const b = evaluate(x.else, scope)
  return !deepOpaque(a) && equal(a, b) ? a : c
}

function evalUnary(op: string, v: unknown): unknown {
  if (op === '!') {
    const b = toBool(v)
    return typeof b === 'boolean' ? !b : b
  }
  const n = toNum(v)
  return typeof n === 'number' ? -n : n
}

const ARITHMETIC: Record<string, (a: number, b: number) => number> = {
  '+': (a, b) => a + b,
  '-': (a, b) => a - b,
  '*': (a, b) => a * b,
  '/': (a, b) => a / b,
  '%': (a, b) => a % b,
}
const COMPARISON: Record<string, (a: number, b: number) => boolean> = {
  '<': (a, b) => a < b,
  '>': (a, b) => a > b,
  '<=': (a, b) => a <= b,
  '>=': (a, b) => a >= b,
}

function evalBinary(x: Extract<Expr, { k: 'binary' }>, scope: Scope): unknown {
  if (x.op === '&&' || x.op === '||') {
    const l = toBool(evaluate(x.left, scope))
    // Short-circuit as Terraform 1.x does when the left side decides.
    if (l === (x.op === '||')) return l
    const r = toBool(evaluate(x.right, scope))
    if (typeof l !== 'boolean') return r === (x.op === '||') ? r : l
    return r
  }
  const a = evaluate(x.left, scope)
  const b = evaluate(x.right, scope)
  if (x.op === '==' || x.op === '!=') {
    const u = deepOpaque(a) ?? deepOpaque(b)
    if (u) return u
    return equal(a, b) === (x.op === '==')
  }
  const na = toNum(a)
  if (typeof na !== 'number') return na
  const nb = toNum(b)
  if (typeof nb !== 'number') return nb
  const arith = ARITHMETIC[x.op]
  if (arith) {
    if ((x.op === '/' || x.op === '%') && nb === 0) return fail('division by zero')
    return arith(na, nb)
  }
  const cmp = COMPARISON[x.op]
  return cmp ? cmp(na, nb) : fail(`unsupported operator ${x.op}`)
}

/** Entries of a collection in Terraform's order (lists by index, maps by key), or the reason it cannot be iterated. */
export function entries(v: unknown): [string | number, unknown][] | Unknown {
  const o = opaque(v)
  if (o) return o
  if (Array.isArray(v)) return v.map((item, i) => [i, item])
  if (isObj(v)) return sortedKeys(v).map((k) => [k, v[k]])
  if (v === null) return fail('cannot iterate over a null value')
  return fail(`cannot iterate over a ${typeName(v)}`)
}

function evalFor(x: Extract<Expr, { k: 'for' }>, scope: Scope): unknown {
  const items = entries(evaluate(x.coll, scope))
  if (!Array.isArray(items)) return items
  const list: unknown[] = []
  const obj: Record<string, unknown> = {}
  for (const [k, v] of items) {
    let s = bind(scope, x.valVar, v)
    if (x.keyVar !== undefined) s = bind(s, x.keyVar, k)
    if (x.cond) {
      const c = toBool(evaluate(x.cond, s))
      if (typeof c !== 'boolean') return c
      if (!c) continue
    }
    const value = evaluate(x.value, s)
    if (!x.key) {
      list.push(value)
      continue
    }
    const key = toStr(evaluate(x.key, s))
    if (typeof key !== 'string') return key
    if (x.group) {
      const group = Object.hasOwn(obj, key) ? (obj[key] as unknown[]) : []
      group.push(value)
      setKey(obj, key, group)
    } else if (Object.hasOwn(obj, key)) return fail(`duplicate key ${JSON.stringify(key)} in a for expression (use ... to group)`)
    else setKey(obj, key, value)
  }
  return x.key ? obj : list
}

/** Rendering state: text so far, the first Unknown met, and the unknown interpolations (for JSON templates). */
interface Render {
  out: string
  unknown?: Unknown
  /** Only interpolations were unknown (no directive condition or collection), so placeholders stand for them. */
  onlyInterps: boolean
  holes: { source: string; unknown: Unknown }[]
}

const HOLE = '__posture_unknown_'

/** Evaluates template parts; a single interpolation returns its value unconverted, as HCL does. */
function evalTemplate(parts: readonly TemplatePart[], text: string, scope: Scope): unknown {
  if (parts.length === 1 && parts[0]!.k === 'interp') return evaluate(parts[0]!.expr, scope)
  const state: Render = { out: '', onlyInterps: true, holes: [] }
  renderParts(parts, scope, state)
  if (!state.unknown) return state.out
  const u = withText(state.unknown, text)
  if (!state.onlyInterps || isFailure(u)) return u
  const partial = jsonWithHoles(state.out, state.holes)
  return partial === undefined ? u : { ...u, partial }
}

/**
 * A JSON template (a heredoc or quoted policy) whose unknowns are interpolated inside JSON strings: the document with
 * those strings as Unknowns carrying their source text, so `"Resource": "${aws_s3_bucket.b.arn}/*"` does not hide
 * the rest of a policy. Undefined when the text is not JSON.
 */
function jsonWithHoles(rendered: string, holes: Render['holes']): unknown {
  const t = rendered.trimStart()
  if (!t.startsWith('{') && !t.startsWith('[')) return undefined
  let doc: unknown
  try {
    doc = JSON.parse(rendered)
  } catch {
    return undefined
  }
  const fill = (v: unknown, depth: number): unknown => {
    if (typeof v === 'string' && v.includes(HOLE)) {
      const first = holes[Number(/__posture_unknown_(\d+)__/.exec(v)?.[1])]
      const source = v.replace(/__posture_unknown_(\d+)__/g, (_, i: string) => holes[Number(i)]?.source ?? '')
      return first ? withText(first.unknown, source) : source
    }
    if (depth > 100) return v
    if (Array.isArray(v)) return v.map((x) => fill(x, depth + 1))
    if (isObj(v)) {
      const out: Record<string, unknown> = {}
      for (const [k, x] of Object.entries(v)) setKey(out, k, fill(x, depth + 1))
      return out
    }
    return v
  }
  return fill(doc, 0)
}

function renderParts(parts: readonly TemplatePart[], scope: Scope, state: Render): void {
  for (const p of parts) {
    if (p.k === 'text') state.out += p.text
    else if (p.k === 'interp') {
      const v = evaluate(p.expr, scope)
      const s = v === null ? fail('a null value cannot be interpolated') : toStr(v)
      if (typeof s === 'string') state.out += s
      else {
        if (!state.unknown || (isFailure(s) && !isFailure(state.unknown))) state.unknown = s
        state.out += `${HOLE}${state.holes.length}__`
        state.holes.push({ source: p.source, unknown: s })
      }
    } else if (p.k === 'if') {
      const c = toBool(evaluate(p.cond, scope))
      if (typeof c !== 'boolean') {
        state.unknown ??= c
        state.onlyInterps = false
      } else renderParts(c ? p.then : p.else, scope, state)
    } else {
      const items = entries(evaluate(p.coll, scope))
      if (!Array.isArray(items)) {
        state.unknown ??= items
        state.onlyInterps = false
        continue
      }
      for (const [k, v] of items) {
        let s = bind(scope, p.valVar, v)
        if (p.keyVar !== undefined) s = bind(s, p.keyVar, k)
        renderParts(p.body, s, state)
      }
    }
  }
}
