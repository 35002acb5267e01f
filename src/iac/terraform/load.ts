/**
 * Terraform HCL → IaC resources. Every directory holding `.tf` files is a module; those called as a local module by
 * another scanned directory are evaluated through their callers, the others are root modules (one unit each, named by
 * displayPath of the directory). Values follow `terraform show -json` planned values (module.ts evaluates them).
 *
 * Behaviour on what code does not settle:
 * - a reference to another resource is an IacRef (`{ $ref: 'aws_kms_key.k', attribute: 'arn' }`); interpolated or
 *   passed to a value function it is an Unknown ("known only after apply: …", with the template text);
 * - count / for_each not known before apply: one instance with the key `[*]` (`aws_s3_bucket.b[*]`), count.index and
 *   each.* Unknown; references to any instance of it point at that one;
 * - data sources: aws_iam_policy_document is built (json / minified_json); every other one is Unknown;
 * - variables without a value and unsupported functions are Unknown; reference cycles, too-deep reference chains,
 *   module cycles and modules nested over 32 deep become problems; remote module sources are skipped with a notice.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import * as path from 'node:path'
import { describeError } from '../../core/errors.js'
import { isUnknown, type Unknown } from '../../core/unknown.js'
import { displayPath, MAX_FILE_BYTES, type IacProblem, type IacResource } from '../model.js'
import type { Parser } from 'web-tree-sitter'
import type { Env, Scope } from './evaluate.js'
import { evaluate } from './evaluate.js'
import { registerTemplatefile } from './functions.js'
import { moduleDef, moduleSource, ModuleInstance, RawVar, type LoadState, type ModuleDef, type SourceFile } from './module.js'
import { hclParser, parseHcl } from './parse.js'
import { deepOpaque, fail, isObj, toStr } from './value.js'

/** Inputs from the command line, as `terraform plan -var-file/-var` would take them. */
export interface TerraformLoadOptions {
  /** Extra .tfvars / .tfvars.json files, applied to every root module after terraform.tfvars and *.auto.tfvars. */
  readonly varFiles?: readonly string[]
  /** `-var name=value` pairs (values parsed as HCL expressions when they parse, else taken as strings). */
  readonly vars?: Readonly<Record<string, string>>
}

/** Resources and problems of every Terraform root module among the files. */
export interface TerraformLoad {
  resources: IacResource[]
  problems: IacProblem[]
}

/** An Env for values that may not reference anything (tfvars, -var, templatefile variables). */
function literalEnv(baseDir: string, state: Pick<LoadState, 'readFile' | 'fileExists'>): Env {
  return {
    baseDir,
    ref: (_root, _steps, _scope, text) => ({ value: fail(`${text}: references are not allowed here`), used: 0 }),
    readFile: (f) => state.readFile(path.resolve(baseDir, f)),
    fileExists: (f) => state.fileExists(path.resolve(baseDir, f)),
  }
}

/** templatefile() calls nested in each other beyond this are refused. */
const MAX_TEMPLATE_DEPTH = 8

class Loader implements LoadState {
  readonly problems: IacProblem[] = []
  readonly resources: IacResource[] = []
  readonly depth = { now: 0 }
  private templateDepth = 0
  private readonly defs = new Map<string, ModuleDef | undefined>()

  constructor(private readonly parser: Parser) {}

  /** Reads a file with the scan's size cap; a problem names it when it cannot be read. */
  private readText(abs: string): string | undefined {
    try {
      const { size } = statSync(abs)
      if (size > MAX_FILE_BYTES) {
        this.problems.push({
          file: displayPath(abs),
          line: 0,
          column: 0,
          severity: 'error',
          message: `file is ${size} bytes, over the ${MAX_FILE_BYTES}-byte limit; not scanned`,
        })
        return undefined
      }
      return readFileSync(abs, 'utf8')
    } catch (err) {
      this.problems.push({ file: displayPath(abs), line: 0, column: 0, severity: 'error', message: `cannot read: ${describeError(err)}` })
      return undefined
    }
  }

  parseFile(abs: string): SourceFile | undefined {
    const text = this.readText(abs)
    if (text === undefined) return undefined
    const shown = displayPath(abs)
    const hcl = parseHcl(this.parser, text)
    for (const e of hcl.errors)
      this.problems.push({ file: shown, line: e.line, column: e.column, severity: 'error', message: `syntax error: ${e.message}` })
    return { abs, shown, hcl }
  }

  addModule(dir: string, files: SourceFile[]): ModuleDef {
    const def = moduleDef(dir, files)
    this.defs.set(dir, def)
    return def
  }

  moduleDefFor(dir: string): ModuleDef | undefined {
    if (this.defs.has(dir)) return this.defs.get(dir)
    let names: string[] = []
    try {
      names = readdirSync(dir)
        .filter((n) => n.toLowerCase().endsWith('.tf'))
        .sort()
    } catch {
      names = []
    }
    const files = names.flatMap((n) => this.parseFile(path.join(dir, n)) ?? [])
    const def = files.length > 0 ? moduleDef(dir, files) : undefined
    this.defs.set(dir, def)
    return def
  }

  readFile(file: string): string | Unknown {
    try {
      const stat = statSync(file)
      // Regular files only: a device or FIFO (file("/dev/zero")) would never end.
      if (!stat.isFile()) return fail(`${displayPath(file)} is not a regular file`)
      const { size } = stat
      if (size > MAX_FILE_BYTES) return fail(`file ${displayPath(file)} is over the ${MAX_FILE_BYTES}-byte limit`)
      return readFileSync(file, 'utf8')
    } catch (err) {
      return fail(`cannot read ${displayPath(file)}: ${describeError(err)}`)
    }
  }

  fileExists(file: string): boolean {
    try {
      return statSync(file).isFile()
    } catch {
      return false
    }
  }

  /** Parses `text` as one HCL expression of literal values; undefined when it is not one. */
  parseValue(text: string): { value: unknown } | undefined {
    const hcl = parseHcl(this.parser, `v = ${text}\n`)
    const attr = hcl.body.attributes[0]
    if (hcl.errors.length > 0 || !attr || hcl.body.attributes.length !== 1) return undefined
    const value = evaluate(attr.expr, { env: literalEnv(process.cwd(), this), names: undefined })
    return deepOpaque(value) ? undefined : { value }
  }

  /** Variable values of a tfvars file (HCL or JSON). */
  tfvars(abs: string): Record<string, unknown> {
    const text = this.readText(abs)
    if (text === undefined) return {}
    const shown = displayPath(abs)
    if (abs.toLowerCase().endsWith('.json')) {
      try {
        const v: unknown = JSON.parse(text)
        if (isObj(v)) return v
        this.problems.push({ file: shown, line: 1, column: 1, severity: 'error', message: 'a .tfvars.json file must hold a JSON object' })
      } catch (err) {
        this.problems.push({ file: shown, line: 1, column: 1, severity: 'error', message: `invalid JSON: ${(err as Error).message}` })
      }
      return {}
    }
    const hcl = parseHcl(this.parser, text)
    for (const e of hcl.errors)
      this.problems.push({ file: shown, line: e.line, column: e.column, severity: 'error', message: `syntax error: ${e.message}` })
    const scope: Scope = { env: literalEnv(path.dirname(abs), this), names: undefined }
    const out: Record<string, unknown> = {}
    for (const a of hcl.body.attributes) out[a.name] = evaluate(a.expr, scope)
    return out
  }

  /** templatefile(path, vars): the file rendered as a template with only `vars` in scope. */
  templatefile(args: unknown[], env: Env): unknown {
    const [file, vars] = args
    const name = toStr(file)
    if (isUnknown(name)) return name
    const text = env.readFile(name)
    if (typeof text !== 'string') return text
    const o = deepOpaque(vars)
    if (vars !== undefined && !isObj(vars)) return o ?? fail('templatefile: the variables must be an object')
    const marker = 'POSTURE_TEMPLATE_END_7F3A'
    const hcl = parseHcl(this.parser, `v = <<${marker}\n${text}${text.endsWith('\n') ? '' : '\n'}${marker}\n`)
    const attr = hcl.body.attributes[0]
    if (hcl.errors.length > 0 || !attr) return fail(`templatefile: ${name} is not a valid template`)
    let scope: Scope = { env: literalEnv(path.dirname(path.resolve(env.baseDir, name)), this), names: undefined }
    for (const [k, v] of Object.entries(vars ?? {})) scope = { env: scope.env, names: { name: k, value: v, next: scope.names } }
    // A template may call templatefile() itself; Terraform refuses recursion, a small bound does the same here.
    if (this.templateDepth >= MAX_TEMPLATE_DEPTH) return fail(`templatefile: nested more than ${MAX_TEMPLATE_DEPTH} deep`)
    this.templateDepth++
    try {
      const v = evaluate(attr.expr, scope)
      return typeof v === 'string' && !text.endsWith('\n') ? v.slice(0, -1) : v
    } finally {
      this.templateDepth--
    }
  }
}

/** Root variable values: terraform.tfvars < *.auto.tfvars (alphabetical) < -var-file (in order) < -var. */
function rootVariables(loader: Loader, dir: string, options: TerraformLoadOptions): Map<string, unknown> {
  const values = new Map<string, unknown>()
  const apply = (vars: Record<string, unknown>): void => {
    for (const [k, v] of Object.entries(vars)) values.set(k, v)
  }
  let names: string[] = []
  try {
    names = readdirSync(dir).sort()
  } catch {
    names = []
  }
  for (const n of ['terraform.tfvars', 'terraform.tfvars.json']) if (names.includes(n)) apply(loader.tfvars(path.join(dir, n)))
  for (const n of names) if (n.endsWith('.auto.tfvars') || n.endsWith('.auto.tfvars.json')) apply(loader.tfvars(path.join(dir, n)))
  for (const f of options.varFiles ?? []) {
    const abs = path.resolve(f)
    if (existsSync(abs)) apply(loader.tfvars(abs))
    else loader.problems.push({ file: displayPath(abs), line: 0, column: 0, severity: 'error', message: 'var file not found' })
  }
  for (const [k, raw] of Object.entries(options.vars ?? {})) values.set(k, new RawVar(raw))
  return values
}

/** Region and account the root's default `provider "aws"` block pins, when known. */
function pinnedBy(root: ModuleInstance): { region?: string; account?: string } {
  const out: { region?: string; account?: string } = {}
  const decl = root.def.providers.find((p) => p.block.labels[0] === 'aws' && !p.block.body.attributes.some((a) => a.name === 'alias'))
  if (!decl) return out
  const scope: Scope = { env: root, names: undefined }
  const region = decl.block.body.attributes.find((a) => a.name === 'region')
  const r = region ? evaluate(region.expr, scope) : undefined
  if (typeof r === 'string' && r !== '') out.region = r
  const ids = decl.block.body.attributes.find((a) => a.name === 'allowed_account_ids')
  const a = ids ? evaluate(ids.expr, scope) : undefined
  if (Array.isArray(a) && a.length === 1 && (typeof a[0] === 'string' || typeof a[0] === 'number')) out.account = String(a[0])
  return out
}

/** The scanned directories that are not called as a local module by another scanned directory. */
function rootDirs(defs: Map<string, ModuleDef>): string[] {
  const called = new Set<string>()
  for (const def of defs.values()) {
    for (const decl of def.calls.values()) {
      const src = moduleSource(decl.block)
      if (src && 'local' in src) {
        const target = path.resolve(def.dir, src.local)
        if (target !== def.dir) called.add(target)
      }
    }
  }
  return [...defs.keys()].filter((d) => !called.has(d)).sort()
}

/**
 * Loads Terraform from the given `.tf` files (absolute paths; every directory holding one is a module). Directories
 * called as a local module by another are evaluated through their callers; the others are root modules. Never throws.
 */
export async function loadTerraform(files: readonly string[], options: TerraformLoadOptions = {}): Promise<TerraformLoad> {
  let parser: Parser
  try {
    parser = await hclParser()
  } catch (err) {
    return {
      resources: [],
      problems: files.map((f) => ({
        file: displayPath(f),
        line: 0,
        column: 0,
        severity: 'error' as const,
        message: `the HCL parser could not be loaded: ${describeError(err)}`,
      })),
    }
  }
  const loader = new Loader(parser)
  registerTemplatefile((args, env) => loader.templatefile(args, env))
  const byDir = new Map<string, SourceFile[]>()
  for (const f of [...new Set(files.map((f) => path.resolve(f)))].sort()) {
    const parsed = loader.parseFile(f)
    const dir = path.dirname(f)
    const list = byDir.get(dir) ?? []
    if (parsed) list.push(parsed)
    byDir.set(dir, list)
  }
  const defs = new Map<string, ModuleDef>()
  for (const [dir, list] of byDir) defs.set(dir, loader.addModule(dir, list))
  for (const dir of rootDirs(defs)) {
    try {
      const vars = rootVariables(loader, dir, options)
      const pinned: { region?: string; account?: string } = {}
      const root = new ModuleInstance(loader, defs.get(dir)!, '', dir, displayPath(dir), (name) => vars.get(name), 0, [dir], [], pinned)
      Object.assign(pinned, pinnedBy(root))
      root.emit()
    } catch (err) {
      // A bug must cost only this root module, never the scan.
      loader.problems.push({
        file: displayPath(dir),
        line: 0,
        column: 0,
        severity: 'error',
        message: `could not evaluate this module: ${describeError(err)}`,
      })
    }
  }
  return { resources: loader.resources, problems: loader.problems }
}
