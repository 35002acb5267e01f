/**
 * One Terraform module instance being evaluated: its variables (inputs or tfvars, else defaults), locals, resource and
 * data source instances (count / for_each), module calls and outputs, each evaluated lazily and once, with reference
 * cycles reported instead of followed. `emit()` turns the resource instances into IacResources and recurses into
 * local module calls.
 */
import * as path from 'node:path'
import { describeError } from '../../core/errors.js'
import { unknown, type Unknown } from '../../core/unknown.js'
import { displayPath, type IacProblem, type IacResource, type InlineSuppression } from '../model.js'
import type { Attribute, Block, Body, HclFile, Step } from './ast.js'
import { bind, entries, evaluate, type Env, type Scope } from './evaluate.js'
import { policyDocument } from './policy-document.js'
import { blockSuppressions } from './suppressions.js'
import { fail, objectOf, opaque, toNum, toStr } from './value.js'

/** A parsed .tf file. */
export interface SourceFile {
  readonly abs: string
  readonly shown: string
  readonly hcl: HclFile
}

/** A top-level block with its file. */
export interface Decl {
  readonly block: Block
  readonly file: SourceFile
}

/** The declarations of one module directory. */
export interface ModuleDef {
  readonly dir: string
  readonly files: readonly SourceFile[]
  readonly variables: Map<string, Decl>
  readonly locals: Map<string, { attr: Attribute; file: SourceFile }>
  /** Managed resources in source order. */
  readonly resources: Decl[]
  /** `type.name` and `data.type.name` → declaration. */
  readonly byKey: Map<string, Decl>
  readonly calls: Map<string, Decl>
  readonly outputs: Map<string, Decl>
  readonly providers: Decl[]
}

/** Collects the declarations of a module's files. */
export function moduleDef(dir: string, files: readonly SourceFile[]): ModuleDef {
  const def: ModuleDef = {
    dir,
    files,
    variables: new Map(),
    locals: new Map(),
    resources: [],
    byKey: new Map(),
    calls: new Map(),
    outputs: new Map(),
    providers: [],
  }
  for (const file of files) {
    for (const block of file.hcl.body.blocks) {
      const [a, b] = block.labels
      const decl = { block, file }
      if (block.type === 'resource' && a !== undefined && b !== undefined) {
        def.resources.push(decl)
        def.byKey.set(`${a}.${b}`, decl)
      } else if (block.type === 'data' && a !== undefined && b !== undefined) def.byKey.set(`data.${a}.${b}`, decl)
      else if (block.type === 'variable' && a !== undefined) def.variables.set(a, decl)
      else if (block.type === 'locals') for (const attr of block.body.attributes) def.locals.set(attr.name, { attr, file })
      else if (block.type === 'module' && a !== undefined) def.calls.set(a, decl)
      else if (block.type === 'output' && a !== undefined) def.outputs.set(a, decl)
      else if (block.type === 'provider') def.providers.push(decl)
    }
  }
  return def
}

/** What every instance of one load shares. */
export interface LoadState {
  readonly problems: IacProblem[]
  readonly resources: IacResource[]
  /** The module definition of a local source directory (parsed from the scanned files or read from disk). */
  moduleDefFor(dir: string): ModuleDef | undefined
  /** Reads a file for file()/templatefile(), size-capped. */
  readFile(file: string): string | Unknown
  fileExists(file: string): boolean
  /** Parses a `-var` value as an HCL expression (literal values only), or undefined when it does not parse. */
  parseValue(text: string): { value: unknown } | undefined
  /** How many lazy evaluations (locals, outputs, variables, …) are in progress, one inside the other. */
  readonly depth: { now: number }
}

/** Module nesting beyond this is not followed. */
export const MAX_MODULE_DEPTH = 32
/** Chains of references (local.a → local.b → …) longer than this are cut off, so evaluation cannot overflow the stack. */
export const MAX_REFERENCE_DEPTH = 300
/** count / for_each with more instances than this are not expanded (the block is loaded as one unknown instance). */
export const MAX_INSTANCES = 10_000

const RESOURCE_META_ATTRS = new Set(['count', 'for_each', 'provider', 'depends_on'])
const RESOURCE_META_BLOCKS = new Set(['lifecycle', 'provisioner', 'connection'])
const MODULE_META = new Set(['source', 'version', 'count', 'for_each', 'providers', 'depends_on'])

/** How many instances a block has. */
type Expansion = { k: 'one' } | { k: 'count'; n: number } | { k: 'each'; items: [string, unknown][] } | { k: 'unknown'; reason: Unknown }

/** One instance: address suffix and the scope its body is evaluated in. */
interface Instance {
  key: string
  /** The instance key value (count index / for_each key), undefined for a single instance. */
  index?: number | string
  scope: Scope
}

const IN_PROGRESS = Symbol('in progress')

function attrOf(body: Body, name: string): Attribute | undefined {
  return body.attributes.find((a) => a.name === name)
}

/** Where a module call's source points: a local directory, or a remote source to skip. */
export function moduleSource(block: Block): { local: string } | { remote: string } | undefined {
  const src = attrOf(block.body, 'source')
  if (!src || src.expr.k !== 'lit' || typeof src.expr.value !== 'string') return undefined
  const s = src.expr.value
  return s.startsWith('./') || s.startsWith('../') || s === '.' || s === '..' ? { local: s } : { remote: s }
}

/** A module instance. */
export class ModuleInstance implements Env {
  readonly baseDir: string
  private readonly memo = new Map<string, unknown>()
  private readonly children = new Map<string, { expansion: Expansion; instances: Map<string, ModuleInstance> }>()

  constructor(
    private readonly state: LoadState,
    readonly def: ModuleDef,
    /** `''` for the root, `module.x.` / `module.x[0].` for children. */
    readonly prefix: string,
    /** Root directory (where relative file() paths resolve) and the unit name. */
    readonly rootDir: string,
    readonly unit: string,
    /** Input value of a variable (caller's module argument, or tfvars for the root), undefined when not set. */
    private readonly input: (name: string) => unknown,
    readonly depth: number,
    /** Module directories from the root to here (cycle detection). */
    readonly chain: readonly string[],
    /** Suppressions of the module blocks that lead here. */
    private readonly inherited: readonly InlineSuppression[],
    private readonly pinned: { region?: string; account?: string },
  ) {
    this.baseDir = rootDir
  }

  private get scope(): Scope {
    return { env: this, names: undefined }
  }

  readFile(file: string): string | Unknown {
    return this.state.readFile(path.resolve(this.baseDir, file))
  }

  fileExists(file: string): boolean {
    return this.state.fileExists(path.resolve(this.baseDir, file))
  }

  private problem(file: { shown: string }, line: number, message: string, severity: IacProblem['severity'] = 'error'): void {
    this.state.problems.push({ file: file.shown, line, column: 1, message, severity })
  }

  /** Evaluates something once; re-entering it while it is being evaluated is a reference cycle. */
  private once(key: string, where: { file: SourceFile; line: number }, compute: () => unknown): unknown {
    const have = this.memo.get(key)
    if (have === IN_PROGRESS) {
      const u = fail(`${key} refers to itself (reference cycle)`)
      this.problem(where.file, where.line, `${this.prefix}${key} refers to itself through a reference cycle; its value is unknown`)
      this.memo.set(key, u)
      return u
    }
    if (this.memo.has(key)) return have
    if (this.state.depth.now >= MAX_REFERENCE_DEPTH) {
      this.problem(where.file, where.line, `${this.prefix}${key}: references nested more than ${MAX_REFERENCE_DEPTH} deep; its value is unknown`)
      const u = fail(`references nested more than ${MAX_REFERENCE_DEPTH} deep`)
      this.memo.set(key, u)
      return u
    }
    this.memo.set(key, IN_PROGRESS)
    this.state.depth.now++
    try {
      const v = compute()
      if (this.memo.get(key) === IN_PROGRESS) this.memo.set(key, v)
    } finally {
      this.state.depth.now--
      if (this.memo.get(key) === IN_PROGRESS) this.memo.delete(key)
    }
    return this.memo.get(key)
  }

  /** The value of `var.name`. */
  variable(name: string): unknown {
    const decl = this.def.variables.get(name)
    if (!decl) return fail(`var.${name} is not declared`)
    return this.once(`var.${name}`, { file: decl.file, line: decl.block.startLine }, () => {
      const typeAttr = attrOf(decl.block.body, 'type')
      const type = typeAttr?.expr.k === 'trav' && typeof typeAttr.expr.root === 'string' ? typeAttr.expr.root : typeAttr ? 'complex' : undefined
      let v = this.input(name)
      // As `terraform plan -var`: a string for primitive or unconstrained variables, HCL for complex types.
      if (isRawVar(v))
        v = type === undefined || type === 'string' || type === 'number' || type === 'bool' ? v.raw : (this.state.parseValue(v.raw)?.value ?? v.raw)
      if (v === undefined) {
        const dflt = attrOf(decl.block.body, 'default')
        if (!dflt) return unknown(`var.${name} has no value`)
        v = evaluate(dflt.expr, { env: this, names: undefined })
      }
      if (type === 'number' && typeof v === 'string') return toNum(v)
      if (type === 'string' && (typeof v === 'number' || typeof v === 'boolean')) return toStr(v)
      if (type === 'bool' && (v === 'true' || v === 'false')) return v === 'true'
      return v
    })
  }

  /** The value of `local.name`. */
  local(name: string): unknown {
    const l = this.def.locals.get(name)
    if (!l) return fail(`local.${name} is not declared`)
    return this.once(`local.${name}`, { file: l.file, line: l.attr.line }, () => evaluate(l.attr.expr, this.scope))
  }

  /** count / for_each of a resource, data source or module call. */
  private expansion(key: string, decl: Decl): Expansion {
    return this.once(`expansion of ${key}`, { file: decl.file, line: decl.block.startLine }, () => this.expand(decl.block.body)) as Expansion
  }

  private expand(body: Body): Expansion {
    const count = attrOf(body, 'count')
    if (count) {
      const n = toNum(evaluate(count.expr, this.scope))
      if (typeof n !== 'number') return { k: 'unknown', reason: n }
      if (n > MAX_INSTANCES) return { k: 'unknown', reason: unknown(`count ${n} is over the ${MAX_INSTANCES}-instance limit`) }
      return Number.isInteger(n) && n >= 0 ? { k: 'count', n } : { k: 'unknown', reason: fail(`count must be a whole number, got ${n}`) }
    }
    const each = attrOf(body, 'for_each')
    if (!each) return { k: 'one' }
    const v = evaluate(each.expr, this.scope)
    const o = opaque(v)
    if (o) return { k: 'unknown', reason: o }
    if (Array.isArray(v)) {
      const keys: string[] = []
      for (const item of v) {
        const s = toStr(item)
        if (typeof s !== 'string') return { k: 'unknown', reason: s }
        if (!keys.includes(s)) keys.push(s)
      }
      return { k: 'each', items: keys.sort().map((s) => [s, s]) }
    }
    const items = entries(v)
    if (!Array.isArray(items)) return { k: 'unknown', reason: items }
    if (items.length > MAX_INSTANCES)
      return { k: 'unknown', reason: unknown(`for_each over ${items.length} elements is over the ${MAX_INSTANCES}-instance limit`) }
    return { k: 'each', items: items.map(([k, val]) => [String(k), val]) }
  }

  private instances(exp: Expansion): Instance[] {
    const base = this.scope
    switch (exp.k) {
      case 'one':
        return [{ key: '', scope: base }]
      case 'count':
        return Array.from({ length: exp.n }, (_, i) => ({ key: `[${i}]`, index: i, scope: bind(base, 'count', { index: i }) }))
      case 'each':
        return exp.items.map(([k, v]) => ({ key: `[${JSON.stringify(k)}]`, index: k, scope: bind(base, 'each', { key: k, value: v }) }))
      case 'unknown':
        return [{ key: '[*]', scope: bind(bind(base, 'count', { index: exp.reason }), 'each', { key: exp.reason, value: exp.reason }) }]
    }
  }

  /** Answers references the scope does not bind. */
  ref(root: string, steps: readonly Step[], _scope: Scope, text: string): { value: unknown; used: number } {
    const first = steps[0]
    const name = first?.k === 'attr' ? first.name : undefined
    switch (root) {
      case 'var':
        return { value: name === undefined ? fail('var needs a name') : this.variable(name), used: 1 }
      case 'local':
        return { value: name === undefined ? fail('local needs a name') : this.local(name), used: 1 }
      case 'path':
        return { value: this.pathValue(name), used: 1 }
      case 'terraform':
        return { value: name === 'workspace' ? 'default' : unknown(`terraform.${name ?? ''} is not evaluated`), used: 1 }
      case 'count':
      case 'each':
        return { value: fail(`${root} is used outside a block with ${root === 'count' ? 'count' : 'for_each'}`), used: 0 }
      case 'self':
        return { value: unknown('self is known only after apply'), used: 0 }
      case 'data':
        return this.dataRef(steps)
      case 'module':
        return this.moduleRef(steps)
    }
    if (name === undefined) return { value: fail(`unknown reference ${text}`), used: 0 }
    return this.resourceRef(`${root}.${name}`, steps)
  }

  private pathValue(name: string | undefined): unknown {
    if (name === 'module') return path.relative(this.rootDir, this.def.dir).split(path.sep).join('/') || '.'
    if (name === 'root') return '.'
    if (name === 'cwd') return this.rootDir.split(path.sep).join('/')
    return fail(`path.${name ?? ''} is not a path Terraform knows`)
  }

  /** References to resource instances: IacRefs by instance address. */
  private resourceRef(key: string, steps: readonly Step[]): { value: unknown; used: number } {
    const decl = this.def.byKey.get(key)
    if (!decl) return { value: fail(`reference to undeclared resource ${key}`), used: 1 }
    const exp = this.expansion(key, decl)
    const address = `${this.prefix}${key}`
    switch (exp.k) {
      case 'one':
        return { value: { $ref: address }, used: 1 }
      case 'count':
        return { value: Array.from({ length: exp.n }, (_, i) => ({ $ref: `${address}[${i}]` })), used: 1 }
      case 'each':
        return { value: objectOf(exp.items.map(([k]) => [k, { $ref: `${address}[${JSON.stringify(k)}]` }])), used: 1 }
      case 'unknown':
        // Instances not known before apply: every instance reference points at the single `[*]` instance loaded.
        return steps[1]?.k === 'index' ? { value: { $ref: `${address}[*]` }, used: 2 } : { value: exp.reason, used: 1 }
    }
  }

  private dataRef(steps: readonly Step[]): { value: unknown; used: number } {
    const [t, n] = steps
    if (t?.k !== 'attr' || n?.k !== 'attr') return { value: fail('data needs a type and a name'), used: 0 }
    const key = `data.${t.name}.${n.name}`
    const decl = this.def.byKey.get(key)
    if (!decl) return { value: fail(`reference to undeclared data source ${key}`), used: 2 }
    const exp = this.expansion(key, decl)
    const one = (inst: Instance): unknown =>
      this.once(`${key}${inst.key}`, { file: decl.file, line: decl.block.startLine }, () =>
        this.dataValue(t.name, `${this.prefix}${key}${inst.key}`, decl, inst.scope),
      )
    const all = this.instances(exp)
    if (exp.k === 'one') return { value: one(all[0]!), used: 2 }
    if (exp.k === 'count') return { value: all.map(one), used: 2 }
    if (exp.k === 'each') return { value: objectOf(all.map((i) => [String(i.index), one(i)])), used: 2 }
    return steps[2]?.k === 'index' ? { value: one(all[0]!), used: 3 } : { value: exp.reason, used: 2 }
  }

  private dataValue(type: string, address: string, decl: Decl, scope: Scope): unknown {
    if (type !== 'aws_iam_policy_document') return unknown(`data source read at plan time: ${address}`)
    const json = policyDocument(this.bodyValues(decl.block.body, scope, true))
    return { json, minified_json: json, id: unknown(`known only after apply: ${address}.id`) }
  }

  private moduleRef(steps: readonly Step[]): { value: unknown; used: number } {
    const first = steps[0]
    if (first?.k !== 'attr') return { value: fail('module needs a name'), used: 0 }
    const call = this.child(first.name)
    if (!call) return { value: fail(`module.${first.name} is not a local module Posture evaluates`), used: 1 }
    const outputs = (inst: ModuleInstance, at: number): { value: unknown; used: number } => {
      const step = steps[at]
      if (step?.k === 'attr') return { value: inst.output(step.name), used: at + 1 }
      return { value: objectOf([...inst.def.outputs.keys()].map((o) => [o, inst.output(o)])), used: at }
    }
    const { expansion: exp, instances } = call
    if (exp.k === 'one') return outputs(instances.get('')!, 1)
    if (exp.k === 'unknown') return { value: exp.reason, used: 1 }
    const step = steps[1]
    if (step?.k === 'index') {
      const k = evaluate(step.key, this.scope)
      const o = opaque(k)
      if (o) return { value: o, used: 2 }
      const inst = instances.get(`[${JSON.stringify(exp.k === 'count' ? toNum(k) : toStr(k))}]`)
      return inst ? outputs(inst, 2) : { value: fail(`module.${first.name} has no instance ${JSON.stringify(k)}`), used: 2 }
    }
    const all = [...instances.entries()].map(([key, inst]) => [key, outputs(inst, 1).value] as const)
    if (exp.k === 'count') return { value: all.map(([, v]) => v), used: 1 }
    return { value: objectOf(all.map(([key, v]) => [JSON.parse(key.slice(1, -1)) as string, v])), used: 1 }
  }

  /** The value of an output of this module instance. */
  output(name: string): unknown {
    const decl = this.def.outputs.get(name)
    if (!decl) return fail(`module output ${name} is not declared`)
    const value = attrOf(decl.block.body, 'value')
    if (!value) return fail(`output ${name} has no value`)
    return this.once(`output.${name}`, { file: decl.file, line: value.line }, () => evaluate(value.expr, this.scope))
  }

  /** Instances of a local module call, created once; undefined for remote or unreadable sources. */
  private child(name: string): { expansion: Expansion; instances: Map<string, ModuleInstance> } | undefined {
    const have = this.children.get(name)
    if (have) return have
    const decl = this.def.calls.get(name)
    if (!decl) return undefined
    const source = moduleSource(decl.block)
    if (!source || !('local' in source)) return undefined
    const dir = path.resolve(this.def.dir, source.local)
    if (this.depth + 1 > MAX_MODULE_DEPTH || this.chain.includes(dir)) return undefined
    const def = this.state.moduleDefFor(dir)
    if (!def) return undefined
    const expansion = this.expansion(`module.${name}`, decl)
    const suppressions = [...this.inherited, ...blockSuppressions(decl.file.hcl, decl.block, decl.file.shown, this.state.problems)]
    const instances = new Map<string, ModuleInstance>()
    for (const inst of this.instances(expansion)) {
      const inputs = new Map<string, Attribute>()
      for (const a of decl.block.body.attributes) if (!MODULE_META.has(a.name)) inputs.set(a.name, a)
      const input = (v: string): unknown => {
        const a = inputs.get(v)
        return a ? evaluate(a.expr, inst.scope) : undefined
      }
      const prefix = `${this.prefix}module.${name}${inst.key}.`
      instances.set(
        inst.key,
        new ModuleInstance(this.state, def, prefix, this.rootDir, this.unit, input, this.depth + 1, [...this.chain, dir], suppressions, this.pinned),
      )
    }
    const call = { expansion, instances }
    this.children.set(name, call)
    return call
  }

  /** Values of a block body in plan-JSON shape: attributes by name, nested blocks as arrays, dynamic blocks expanded. */
  bodyValues(body: Body, scope: Scope, isResource: boolean): Record<string, unknown> {
    const out: Record<string, unknown> = {}
    for (const a of body.attributes) {
      if (isResource && RESOURCE_META_ATTRS.has(a.name)) continue
      out[a.name] = evaluate(a.expr, scope)
    }
    for (const b of body.blocks) {
      if (isResource && RESOURCE_META_BLOCKS.has(b.type)) continue
      if (b.type === 'dynamic') this.dynamic(b, scope, out)
      else addBlock(out, b.type, this.bodyValues(b.body, scope, false))
    }
    return out
  }

  /** `dynamic "name" { for_each = …, iterator = it, content { … } }` → one `name` block per element. */
  private dynamic(b: Block, scope: Scope, out: Record<string, unknown>): void {
    const label = b.labels[0]
    if (label === undefined) return
    const forEach = attrOf(b.body, 'for_each')
    const content = b.body.blocks.find((c) => c.type === 'content')
    const it = attrOf(b.body, 'iterator')
    const iterator = it?.expr.k === 'trav' && typeof it.expr.root === 'string' ? it.expr.root : label
    const items = forEach ? entries(evaluate(forEach.expr, scope)) : fail('dynamic block without for_each')
    if (!Array.isArray(items)) {
      out[label] = items
      return
    }
    if (!content) return
    for (const [k, v] of items) addBlock(out, label, this.bodyValues(content.body, bind(scope, iterator, { key: k, value: v }), false))
  }

  /** Loads this instance's resources into the state, then those of its local module calls. */
  emit(): void {
    for (const decl of this.def.resources) this.emitResource(decl)
    for (const [name, decl] of this.def.calls) this.emitCall(name, decl)
  }

  private emitResource(decl: Decl): void {
    const [type, name] = decl.block.labels as [string, string]
    const key = `${type}.${name}`
    const exp = this.expansion(key, decl)
    const suppressions = [...this.inherited, ...blockSuppressions(decl.file.hcl, decl.block, decl.file.shown, this.state.problems)]
    for (const inst of this.instances(exp)) this.emitInstance(decl, type, `${this.prefix}${key}${inst.key}`, inst.scope, suppressions)
  }

  private emitInstance(decl: Decl, type: string, address: string, scope: Scope, suppressions: InlineSuppression[]): void {
    let values: Record<string, unknown>
    try {
      values = this.bodyValues(decl.block.body, scope, true)
    } catch (err) {
      // A bug in evaluation costs this resource only.
      return this.problem(decl.file, decl.block.startLine, `${address} could not be evaluated: ${describeError(err)}`)
    }
    this.state.resources.push({
      language: 'terraform',
      type,
      address,
      unit: this.unit,
      values,
      location: { file: decl.file.shown, startLine: decl.block.startLine, endLine: decl.block.endLine },
      suppressions,
      ...(this.pinned.region !== undefined ? { region: this.pinned.region } : {}),
      ...(this.pinned.account !== undefined ? { account: this.pinned.account } : {}),
    })
  }

  private emitCall(name: string, decl: Decl): void {
    const source = moduleSource(decl.block)
    const line = decl.block.startLine
    if (!source) return this.problem(decl.file, line, `module.${name}: source must be a literal string; the module is not loaded`)
    if ('remote' in source)
      return this.problem(decl.file, line, `remote module source ${JSON.stringify(source.remote)} skipped (module.${name})`, 'notice')
    const dir = path.resolve(this.def.dir, source.local)
    if (this.chain.includes(dir))
      return this.problem(decl.file, line, `module.${name} calls ${source.local}, which is already being loaded (module cycle); skipped`)
    if (this.depth + 1 > MAX_MODULE_DEPTH)
      return this.problem(decl.file, line, `module.${name}: modules nested more than ${MAX_MODULE_DEPTH} deep; skipped`)
    const call = this.child(name)
    if (!call) return this.problem(decl.file, line, `module.${name}: no .tf files in ${displayPath(dir)}; skipped`)
    for (const inst of call.instances.values()) inst.emit()
  }
}

function addBlock(out: Record<string, unknown>, type: string, values: Record<string, unknown>): void {
  const have = out[type]
  if (Array.isArray(have)) have.push(values)
  else if (have === undefined) out[type] = [values]
}

/** A `-var` value not yet converted (its variable's type decides how). */
export class RawVar {
  constructor(readonly raw: string) {}
}

function isRawVar(v: unknown): v is RawVar {
  return v instanceof RawVar
}
