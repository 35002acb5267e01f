/**
 * Terraform plan JSON (`terraform show -json <planfile>`) as IaC resources, in the same `values` shape the HCL loader
 * produces. Format: https://developer.hashicorp.com/terraform/internals/json-format
 *
 * - Resources come from `planned_values` (root module and child modules); data sources are skipped, and so are
 *   resources the plan destroys (`resource_changes[].change.actions` `["delete"]` or `["forget"]`).
 * - `after_unknown` marks values known only after apply. The `configuration` section says whether the code wrote the
 *   attribute: not written → left absent (the provider computes it: the AWS default applies, as for HCL input);
 *   written as a reference to one resource → an IacRef (`aws_s3_bucket.b.id` → `{ $ref, attribute }`, module path
 *   prefixed); anything else → Unknown. Without configuration every unknown value stays Unknown.
 * - Sensitive values (`after_sensitive`) keep their values: the plan JSON holds them in clear text, and checks for
 *   secrets written in code need them. The loader does not redact anything; what reaches a report is the checks' say.
 * - Locations come from `options.locate` (the .tf block, when the plan's directory was scanned too), else line 0:
 *   `{ file, startLine: 0, endLine: 0 }` means "no line" and renderers leave it out.
 */
import { unknown } from '../../core/unknown.js'
import type { IacLocation, IacProblem, IacRef, IacResource } from '../model.js'

/** Resources and problems of one plan file. */
export interface PlanLoad {
  resources: IacResource[]
  problems: IacProblem[]
}

/** Options: where the plan's resource blocks are in the .tf sources, when those were scanned too. */
export interface PlanLoadOptions {
  /** Location of the block declaring `address` (module path kept, instance key removed), if known. */
  readonly locate?: (address: string) => IacLocation | undefined
}

type Obj = Record<string, unknown>
type Segment = string | number

/** Values and unknown markers nested deeper are cut here (the value at this depth becomes Unknown): no reader overflows. */
const MAX_DEPTH = 1_000

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v)
const list = (v: unknown): readonly unknown[] => (Array.isArray(v) ? (v as unknown[]) : [])

/** True when the JSON text is the output of `terraform show -json <planfile>`. */
export function looksLikePlan(text: string): boolean {
  return /"planned_values"\s*:/.test(text.slice(0, 1_000_000)) && /"format_version"\s*:/.test(text.slice(0, 1_000_000))
}

/** Reads a plan; `file` is the path findings show. Never throws. */
export function loadPlan(text: string, file: string, options: PlanLoadOptions = {}): PlanLoad {
  const problem = (message: string, severity: IacProblem['severity'] = 'error', line = 0, column = 0): IacProblem => ({
    file,
    line,
    column,
    message,
    severity,
  })
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  let plan: unknown
  try {
    plan = JSON.parse(source)
  } catch (err) {
    const { line, column } = lineColumn(source, jsonErrorOffset(source))
    return { resources: [], problems: [problem(`invalid JSON: ${cleanJsonMessage(err)}`, 'error', line, column)] }
  }
  if (!isObj(plan)) return { resources: [], problems: [problem('not a Terraform plan: the JSON is not an object')] }
  const version = plan.format_version
  if (typeof version !== 'string' || !/^1\./.test(version)) {
    return { resources: [], problems: [problem(`unsupported plan format_version ${JSON.stringify(version)}: Posture reads format 1.x`)] }
  }
  const problems: IacProblem[] = []
  if (plan.errored === true) problems.push(problem('the plan reports errors (errored: true): resources it could not plan are missing', 'notice'))
  const reader = new PlanReader(plan, file, options)
  return { resources: reader.read(problems), problems }
}

/** One resource instance of `planned_values` (or of `resource_changes` only), with the module instance it sits in. */
interface Instance {
  readonly raw: Obj
  readonly module: string
}

class PlanReader {
  /** resource_changes entries by address: the entry itself and its `change`. */
  private readonly changes = new Map<string, { raw: Obj; change: Obj }>()
  private readonly config = new Map<string, Obj>()
  /** Region by configuration key ('' for the root `aws` provider); null when the provider does not pin one. */
  private readonly regions = new Map<string, string | null>()

  constructor(
    private readonly plan: Obj,
    private readonly file: string,
    private readonly options: PlanLoadOptions,
  ) {
    for (const c of list(plan.resource_changes)) {
      // A `deposed` entry is an old object being replaced: the current one has its own entry.
      if (isObj(c) && typeof c.address === 'string' && c.deposed === undefined && isObj(c.change))
        this.changes.set(c.address, { raw: c, change: c.change })
    }
    this.indexConfiguration()
  }

  read(problems: IacProblem[]): IacResource[] {
    const out: IacResource[] = []
    const seen = new Set<string>()
    for (const inst of this.planned()) {
      const r = this.resource(inst, problems)
      if (r) out.push(r)
      if (typeof inst.raw.address === 'string') seen.add(inst.raw.address)
    }
    // Resources whose change is planned but which planned_values leaves out (older or partial plans).
    for (const [address, { raw, change }] of this.changes) {
      if (seen.has(address) || !isObj(change.after)) continue
      const r = this.resource(
        { raw: { ...raw, values: change.after }, module: typeof raw.module_address === 'string' ? raw.module_address : '' },
        problems,
      )
      if (r) out.push(r)
    }
    return out
  }

  /** Every resource instance of planned_values, walking child modules with an explicit stack. */
  private planned(): Instance[] {
    const root = isObj(this.plan.planned_values) ? this.plan.planned_values.root_module : undefined
    const out: Instance[] = []
    const stack: { mod: unknown; address: string }[] = [{ mod: root, address: '' }]
    while (stack.length > 0) {
      const { mod, address } = stack.pop()!
      if (!isObj(mod)) continue
      for (const r of list(mod.resources)) if (isObj(r)) out.push({ raw: r, module: address })
      for (const c of [...list(mod.child_modules)].reverse())
        if (isObj(c)) stack.push({ mod: c, address: typeof c.address === 'string' ? c.address : address })
    }
    return out
  }

  private resource({ raw, module }: Instance, problems: IacProblem[]): IacResource | undefined {
    const { address, type, name } = raw
    if (raw.mode === 'data') return undefined
    if (typeof address !== 'string' || typeof type !== 'string' || typeof name !== 'string') {
      problems.push({
        file: this.file,
        line: 0,
        column: 0,
        severity: 'notice',
        message: 'a planned resource without address, type or name was skipped',
      })
      return undefined
    }
    const change = this.changes.get(address)?.change
    const actions = Array.isArray(change?.actions) ? change.actions : []
    if (actions.length === 1 && (actions[0] === 'delete' || actions[0] === 'forget')) return undefined
    const values: Obj = isObj(raw.values) ? raw.values : isObj(change?.after) ? change.after : {}
    const exprs = this.config.get(configKey(module, type, name))
    const ctx: RefContext = { prefix: module ? `${module}.` : '', key: instanceKey(raw.index) }
    // after_sensitive has the value's shape even where it is unknown: [] or {} for collections and blocks.
    const shape = isObj(change?.after_sensitive) ? change.after_sensitive : raw.sensitive_values
    markUnknown(address, values, change?.after_unknown, { exprs, shape, ...ctx })
    capDepth(address, values)
    const location = this.options.locate?.(withoutKeys(address)) ?? { file: this.file, startLine: 0, endLine: 0 }
    const key = configKey(module, type, name)
    const region = this.regions.has(key) ? this.regions.get(key) : this.regions.get('')
    return {
      language: 'terraform',
      type,
      address,
      unit: this.file,
      values,
      location,
      suppressions: [],
      ...(typeof region === 'string' ? { region } : {}),
    }
  }

  /** Indexes `configuration`: resource expressions by (module call path, type.name), and provider regions. */
  private indexConfiguration(): void {
    const conf = this.plan.configuration
    if (!isObj(conf)) return
    const providers = isObj(conf.provider_config) ? conf.provider_config : {}
    // undefined: no such provider configuration (inherited from the root); null: configured without a known region.
    const regionOf = (key: unknown): string | null | undefined => {
      const p = typeof key === 'string' ? providers[key] : undefined
      if (!isObj(p)) return undefined
      // `var.x` in a module's provider block is the module's variable: only the root's are in plan.variables.
      const inRoot = typeof p.module_address !== 'string' || p.module_address === ''
      return this.constant(isObj(p.expressions) ? p.expressions.region : undefined, inRoot) ?? null
    }
    const root = regionOf('aws')
    if (root !== undefined) this.regions.set('', root)
    const stack: { mod: unknown; path: string }[] = [{ mod: conf.root_module, path: '' }]
    while (stack.length > 0) {
      const { mod, path } = stack.pop()!
      if (!isObj(mod)) continue
      for (const r of list(mod.resources)) {
        if (!isObj(r) || r.mode === 'data' || typeof r.type !== 'string' || typeof r.name !== 'string') continue
        const key = configKey(path, r.type, r.name)
        if (isObj(r.expressions)) this.config.set(key, r.expressions)
        const region = regionOf(r.provider_config_key)
        if (region !== undefined) this.regions.set(key, region)
      }
      const calls = isObj(mod.module_calls) ? mod.module_calls : {}
      for (const [name, call] of Object.entries(calls)) {
        if (isObj(call)) stack.push({ mod: call.module, path: `${path ? `${path}.` : ''}module.${name}` })
      }
    }
  }

  /** A provider argument's value: a constant, or a root variable's value from the plan (`region = var.region`). */
  private constant(expr: unknown, withVariables: boolean): string | undefined {
    if (!isObj(expr)) return undefined
    if (typeof expr.constant_value === 'string') return expr.constant_value
    const refs = expr.references
    if (!withVariables || !Array.isArray(refs) || refs.length !== 1 || typeof refs[0] !== 'string' || !refs[0].startsWith('var.')) return undefined
    const variable = isObj(this.plan.variables) ? this.plan.variables[refs[0].slice(4)] : undefined
    return isObj(variable) && typeof variable.value === 'string' ? variable.value : undefined
  }
}

/** Configuration is per module call and resource block: instance keys play no part. */
function configKey(module: string, type: string, name: string): string {
  return `${withoutKeys(module)}\u0000${type}.${name}`
}

const INSTANCE_KEY = /\[(?:"(?:[^"\\]|\\.)*"|[^\]"]*)\]/g

/** `module.a["x"].aws_s3_bucket.b[0]` → `module.a.aws_s3_bucket.b`. */
function withoutKeys(address: string): string {
  return address.replace(INSTANCE_KEY, '')
}

function instanceKey(index: unknown): string | undefined {
  if (typeof index === 'number') return `[${index}]`
  if (typeof index === 'string') return `[${JSON.stringify(index)}]`
  return undefined
}

// ---------------------------------------------------------------- values known only after apply

/** Where a reference found in the configuration is resolved: module instance prefix and this instance's key. */
interface RefContext {
  readonly prefix: string
  readonly key: string | undefined
}

/** What tells apart "left out", "a reference" and "unknown" for one resource instance. */
interface UnknownContext extends RefContext {
  /** The resource block's configuration expressions, when the plan has them. */
  readonly exprs: Obj | undefined
  /** `after_sensitive` / `sensitive_values`: the value's shape. */
  readonly shape: unknown
}

/** Replaces values nested deeper than MAX_DEPTH with Unknown, so that no later recursive reader can overflow. */
function capDepth(address: string, values: Obj): void {
  const stack: { node: Obj | unknown[]; depth: number }[] = [{ node: values, depth: 1 }]
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!
    const entries: [Segment, unknown][] = Array.isArray(node) ? node.map((v, i) => [i, v]) : Object.entries(node)
    for (const [k, child] of entries) {
      if (!Array.isArray(child) && !isObj(child)) continue
      if (depth >= MAX_DEPTH) (node as Record<Segment, unknown>)[k] = unknown(`nested deeper than ${MAX_DEPTH} levels: ${address}`)
      else stack.push({ node: child, depth: depth + 1 })
    }
  }
}

/** Paths of the `true` leaves of an `after_unknown` tree (depth-capped, no recursion). */
function unknownPaths(afterUnknown: unknown): Segment[][] {
  const out: Segment[][] = []
  const stack: { node: unknown; path: Segment[] }[] = [{ node: afterUnknown, path: [] }]
  while (stack.length > 0) {
    const { node, path } = stack.pop()!
    if (node === true) {
      if (path.length > 0) out.push(path)
    } else if (path.length >= MAX_DEPTH) {
      out.push(path)
    } else if (Array.isArray(node)) {
      node.forEach((child, i) => stack.push({ node: child, path: [...path, i] }))
    } else if (isObj(node)) {
      for (const [k, child] of Object.entries(node)) stack.push({ node: child, path: [...path, k] })
    }
  }
  return out
}

/** Replaces each value `after_unknown` marks with an IacRef or Unknown, or removes it when the code left it out. */
function markUnknown(address: string, values: Obj, afterUnknown: unknown, ctx: UnknownContext): void {
  for (const path of unknownPaths(afterUnknown)) {
    const written = ctx.exprs ? writtenAt(ctx.exprs, path, values) : ({ kind: 'unclear' } as const)
    // Walk to the parent, creating containers the planned values omit (unknown values are left out of them).
    let parent: Obj | unknown[] = values
    for (let i = 0; i < path.length - 1; i++) {
      const seg = path[i]!
      const next: unknown = (parent as Record<Segment, unknown>)[seg]
      const made: Obj | unknown[] = isObj(next) || Array.isArray(next) ? next : typeof path[i + 1] === 'number' ? [] : {}
      if (made !== next) (parent as Record<Segment, unknown>)[seg] = made
      parent = made
    }
    const last = path[path.length - 1]!
    if (written.kind === 'absent' && !Array.isArray(parent)) {
      delete parent[last as string]
      continue
    }
    // A reference stands for one value (an id, an ARN): a list or block holding one stays Unknown.
    const ref = written.kind === 'expr' && !isCollection(at(ctx.shape, path)) ? refOf(written.expr, ctx) : undefined
    ;(parent as Record<Segment, unknown>)[last] = ref ?? unknown(`known only after apply: ${address}${pathText(path)}`)
  }
}

const isCollection = (v: unknown): boolean => Array.isArray(v) || isObj(v)

/** The node at `path` of a JSON tree, if any. */
function at(tree: unknown, path: readonly Segment[]): unknown {
  let node = tree
  for (const seg of path) node = Array.isArray(node) || isObj(node) ? (node as Record<Segment, unknown>)[seg] : undefined
  return node
}

type Written = { kind: 'absent' } | { kind: 'unclear' } | { kind: 'expr'; expr: Obj }

/** An expression object (`{ constant_value }` / `{ references }`), as opposed to a nested block's expressions. */
function isExpression(node: unknown): node is Obj {
  if (!isObj(node)) return false
  const keys = Object.keys(node)
  return keys.length > 0 && keys.every((k) => k === 'constant_value' || k === 'references')
}

/**
 * What the configuration wrote at `path` of a resource: nothing (absent), an expression, or unclear. Block lists are
 * matched by position only when the configuration has exactly one block and the plan one value; `dynamic` blocks
 * are not in the configuration JSON at all, so other block lists count as written unless no block writes the key.
 */
function writtenAt(exprs: Obj, path: readonly Segment[], values: unknown): Written {
  let node: unknown = exprs
  let value: unknown = values
  for (let i = 0; i < path.length; i++) {
    const seg = path[i]!
    if (i > 0 && isExpression(node)) {
      // An attribute's expression holds the unknown value: exact when only list positions remain.
      return path.slice(i).every((s) => typeof s === 'number') ? { kind: 'expr', expr: node } : { kind: 'unclear' }
    }
    if (typeof seg === 'number') {
      if (!Array.isArray(node) || !Array.isArray(value) || node.length !== value.length) return { kind: 'unclear' }
      if (node.length !== 1) {
        const rest = path.slice(i + 1)
        const nowhere = rest.length > 0 && node.every((n: unknown) => isObj(n) && writtenAt(n, rest, undefined).kind === 'absent')
        return nowhere ? { kind: 'absent' } : { kind: 'unclear' }
      }
      node = node[0]
    } else {
      if (!isObj(node) || (i > 0 && Object.keys(node).length === 0)) return { kind: 'unclear' }
      if (!(seg in node)) return { kind: 'absent' }
      node = node[seg]
    }
    value = Array.isArray(value) || isObj(value) ? (value as Record<Segment, unknown>)[seg] : undefined
  }
  return isExpression(node) ? { kind: 'expr', expr: node } : { kind: 'unclear' }
}

/** Reference roots that are not managed resources. */
const NOT_RESOURCES = new Set(['data', 'var', 'local', 'module', 'each', 'count', 'path', 'terraform', 'self', 'ephemeral', 'action', 'resource'])
const RESOURCE_REF = /^([A-Za-z_][\w-]*)\.([A-Za-z_][\w-]*)((?:\[(?:"(?:[^"\\]|\\.)*"|\d+)\])?)(?:\.([A-Za-z_][\w-]*))?/

/**
 * The IacRef an expression stands for when its references name exactly one managed resource (Terraform lists
 * `aws_s3_bucket.b.id` and `aws_s3_bucket.b` for `bucket = aws_s3_bucket.b.id`); `count.index`/`each.*` only pick
 * the instance. Anything else (variables, locals, module outputs, several resources) gives undefined.
 */
function refOf(expr: Obj, ctx: RefContext): IacRef | undefined {
  const refs = expr.references
  if (!Array.isArray(refs)) return undefined
  let target: { id: string; key: string; attribute: string | undefined } | undefined
  let indexed = false
  for (const ref of refs) {
    if (typeof ref !== 'string') return undefined
    if (ref === 'count.index' || ref.startsWith('each.')) {
      indexed = true
      continue
    }
    const m = RESOURCE_REF.exec(ref)
    if (!m || NOT_RESOURCES.has(m[1]!)) return undefined
    const id = `${m[1]}.${m[2]}`
    if (target && target.id !== id) return undefined
    target ??= { id, key: '', attribute: undefined }
    if (!target.key && m[3]) target.key = m[3]
    target.attribute ??= m[4]
  }
  if (!target) return undefined
  // `aws_s3_bucket.b[count.index].id`: the instance with this resource's own key.
  const key = target.key || (indexed && ctx.key ? ctx.key : '')
  const $ref = `${ctx.prefix}${target.id}${key}`
  return target.attribute ? { $ref, attribute: target.attribute } : { $ref }
}

/** `.versioning[0].status` for messages. */
function pathText(path: readonly Segment[]): string {
  return path.map((s) => (typeof s === 'number' ? `[${s}]` : /^[A-Za-z_][\w-]*$/.test(s) ? `.${s}` : `[${JSON.stringify(s)}]`)).join('')
}

// ---------------------------------------------------------------- JSON syntax errors

/** V8's message without its copy of the input and its position (given as line and column instead). */
function cleanJsonMessage(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err)
  return message
    .replace(/, "[\s\S]*" is not valid JSON$/, '')
    .replace(/ at position \d+.*$/, '')
    .replace(/ \(line \d+ column \d+\)$/, '')
}

/** 1-based line and column of an offset. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1
  let start = 0
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++
    start = i + 1
  }
  return { line, column: offset - start + 1 }
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y
const LITERAL = /true|false|null/y

/**
 * Offset of the first JSON syntax error (V8 does not always give one). An iterative scan, used only once
 * JSON.parse has failed; returns the text length for unexpected end of input.
 */
function jsonErrorOffset(text: string): number {
  let i = 0
  const stack: string[] = []
  const skip = (): void => {
    while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++
  }
  const string = (): boolean => {
    if (text[i] !== '"') return false
    for (i++; i < text.length; i++) {
      const c = text.charCodeAt(i)
      if (c === 0x22) {
        i++
        return true
      }
      if (c < 0x20) return false
      if (c === 0x5c) {
        const e = text[i + 1]
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return false
          i += 5
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i++
        else return false
      }
    }
    return false
  }
  const key = (): boolean => {
    skip()
    if (!string()) return false
    skip()
    if (text[i] !== ':') return false
    i++
    return true
  }
  const sticky = (re: RegExp): boolean => {
    re.lastIndex = i
    if (!re.test(text)) return false
    i = re.lastIndex
    return true
  }
  for (;;) {
    skip()
    const c = text[i]
    if (c === '{' || c === '[') {
      i++
      skip()
      if (text[i] === (c === '{' ? '}' : ']')) i++
      else {
        stack.push(c)
        if (c === '{' && !key()) return i
        continue
      }
    } else if (c === '"') {
      if (!string()) return i
    } else if (!sticky(LITERAL) && !sticky(NUMBER)) return i
    // After a value: commas and closing brackets until the next value is due.
    for (;;) {
      skip()
      const top = stack[stack.length - 1]
      if (top === undefined) return i
      const d = text[i]
      if (d === ',') {
        i++
        if (top === '{' && !key()) return i
        break
      }
      if ((d === '}' && top === '{') || (d === ']' && top === '[')) {
        i++
        stack.pop()
        continue
      }
      return i
    }
  }
}
