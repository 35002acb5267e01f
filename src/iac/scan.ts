/**
 * `posture iac`'s loading half: finds the IaC files under the given paths, detects what each one is (Terraform HCL,
 * Terraform plan JSON, CloudFormation YAML/JSON), loads them and adapts the resources to the normalized model.
 * A file that cannot be read or parsed becomes a problem naming it; the others are still scanned.
 */
import { promises as fs, type Dirent } from 'node:fs'
import * as path from 'node:path'
import { describeError } from '../core/errors.js'
import { adaptAll } from './adapt.js'
import { loadTemplate } from './cloudformation/load.js'
import { looksLikeCloudFormation, TEMPLATE_EXTENSIONS } from './cloudformation/parse.js'
import { displayPath, MAX_FILE_BYTES, type IacNormalized, type IacProblem, type IacResource } from './model.js'
import { loadPlan, looksLikePlan } from './terraform/plan.js'
import { loadTerraform, type TerraformLoadOptions } from './terraform/load.js'

/** Directories never descended into: VCS data, dependency caches, Terraform's own module/provider cache. */
const SKIPPED_DIRS = new Set(['.git', '.hg', '.svn', 'node_modules', '.terraform', '.terragrunt-cache', '.serverless', 'cdk.out'])

/** What a scanned file turned out to be. */
export type IacFileKind = 'terraform' | 'terraform-plan' | 'cloudformation'

/** Options of an IaC scan. */
export interface IacScanOptions extends TerraformLoadOptions {
  /** CloudFormation parameter values (`--cfn-parameter Key=Value`), applied to every template that declares them. */
  readonly cfnParameters?: Readonly<Record<string, string>>
  /** Region and account to assume where the code does not pin them. */
  readonly region?: string
  readonly account?: string
}

/** Everything loaded from the paths. */
export interface IacScan {
  /** Files read, with what each was detected as, in path order. */
  files: { file: string; kind: IacFileKind }[]
  resources: IacNormalized[]
  /** Normalized uid → IaC resource it came from. */
  origin: Map<string, IacResource>
  problems: IacProblem[]
  /** IaC resource types without an adapter, with counts. */
  unhandled: Map<string, number>
  /** IaC resources loaded (before adapting). */
  declared: number
}

interface Found {
  tf: string[]
  candidates: string[]
  problems: IacProblem[]
}

async function walk(target: string, found: Found): Promise<void> {
  let stat
  try {
    stat = await fs.stat(target)
  } catch (err) {
    found.problems.push({ file: displayPath(target), line: 0, column: 0, severity: 'error', message: `cannot read: ${describeError(err)}` })
    return
  }
  if (stat.isFile()) {
    classify(target, found, true)
    return
  }
  if (!stat.isDirectory()) return
  // An explicit stack instead of recursion: deep trees cannot overflow the call stack.
  const stack = [target]
  while (stack.length > 0) {
    const dir = stack.pop()!
    let entries: Dirent[]
    try {
      entries = await fs.readdir(dir, { withFileTypes: true })
    } catch (err) {
      found.problems.push({ file: displayPath(dir), line: 0, column: 0, severity: 'error', message: `cannot list directory: ${describeError(err)}` })
      continue
    }
    entries.sort((a, b) => (a.name < b.name ? 1 : a.name > b.name ? -1 : 0))
    for (const e of entries) {
      const full = path.join(dir, e.name)
      if (e.isDirectory()) {
        if (!SKIPPED_DIRS.has(e.name)) stack.push(full)
      } else if (e.isFile()) classify(full, found, false)
    }
  }
}

function classify(file: string, found: Found, explicit: boolean): void {
  const lower = file.toLowerCase()
  if (lower.endsWith('.tf')) found.tf.push(file)
  else if (TEMPLATE_EXTENSIONS.some((ext) => lower.endsWith(ext))) found.candidates.push(file)
  else if (explicit) {
    found.problems.push({
      file: displayPath(file),
      line: 0,
      column: 0,
      severity: 'notice',
      message: 'not an IaC file Posture reads (.tf, .json, .yaml, .yml, .template); skipped',
    })
  }
}

async function readText(file: string, problems: IacProblem[]): Promise<string | undefined> {
  try {
    const { size } = await fs.stat(file)
    if (size > MAX_FILE_BYTES) {
      problems.push({
        file: displayPath(file),
        line: 0,
        column: 0,
        severity: 'error',
        message: `file is ${size} bytes, over the ${MAX_FILE_BYTES}-byte limit; not scanned`,
      })
      return undefined
    }
    return await fs.readFile(file, 'utf8')
  } catch (err) {
    problems.push({ file: displayPath(file), line: 0, column: 0, severity: 'error', message: `cannot read: ${describeError(err)}` })
    return undefined
  }
}

/** Terraform resources of HCL root modules, by directory and by address without instance keys (for plan files). */
function hclIndex(tfResources: readonly IacResource[]): Map<string, Map<string, IacResource>> {
  const byUnit = new Map<string, Map<string, IacResource>>()
  for (const r of tfResources) {
    const m = byUnit.get(r.unit) ?? new Map<string, IacResource>()
    m.set(stripKeys(r.address), r)
    byUnit.set(r.unit, m)
  }
  return byUnit
}

function stripKeys(address: string): string {
  return address.replace(/\[[^\]]*\]/g, '')
}

/**
 * Resources whose block holds a syntax error are left out: the parser recovered *something*, but its values would be
 * guesses (an unterminated string swallowing the next attribute), and a check must not judge a guess. The problem
 * already names the file, line and column.
 */
function withoutBroken(resources: readonly IacResource[], problems: readonly IacProblem[]): IacResource[] {
  const errors = problems.filter((p) => p.severity === 'error' && p.line > 0)
  if (errors.length === 0) return [...resources]
  return resources.filter((r) => !errors.some((e) => e.file === r.location.file && e.line >= r.location.startLine && e.line <= r.location.endLine))
}

/** Finds, loads and adapts the IaC under `paths` (files or directories). Never throws for bad input. */
export async function loadIac(paths: readonly string[], options: IacScanOptions = {}): Promise<IacScan> {
  const found: Found = { tf: [], candidates: [], problems: [] }
  for (const p of paths) await walk(path.resolve(p), found)
  const problems = [...found.problems]
  const files: IacScan['files'] = []
  const resources: IacResource[] = []

  const tfFiles = [...new Set(found.tf)].sort()
  if (tfFiles.length > 0) {
    const tf = await loadTerraform(tfFiles, options)
    resources.push(...withoutBroken(tf.resources, tf.problems))
    problems.push(...tf.problems)
    for (const f of tfFiles) files.push({ file: displayPath(f), kind: 'terraform' })
  }

  const hcl = hclIndex(resources)
  // A plan describes the same resources as the .tf files beside it, with more values known: it replaces them (so
  // nothing is reported twice), keeping their blocks' lines and inline suppressions.
  const replacedUnits = new Set<string>()
  for (const file of [...new Set(found.candidates)].sort()) {
    const text = await readText(file, problems)
    if (text === undefined) continue
    const shown = displayPath(file)
    if (file.toLowerCase().endsWith('.json') && looksLikePlan(text)) {
      const dir = displayPath(path.dirname(file))
      const sources = hcl.get(dir)
      const plan = loadPlan(text, shown, { locate: (address) => sources?.get(stripKeys(address))?.location })
      if (sources) replacedUnits.add(dir)
      resources.push(
        ...plan.resources.map((r) => {
          const source = sources?.get(stripKeys(r.address))
          return source && source.suppressions.length > 0 ? { ...r, suppressions: source.suppressions } : r
        }),
      )
      problems.push(...plan.problems)
      files.push({ file: shown, kind: 'terraform-plan' })
    } else if (looksLikeCloudFormation(text, file)) {
      const t = loadTemplate(text, shown, {
        ...(options.cfnParameters ? { parameters: options.cfnParameters } : {}),
        ...(options.region ? { region: options.region } : {}),
        ...(options.account ? { accountId: options.account } : {}),
      })
      resources.push(...t.resources)
      problems.push(...t.problems)
      files.push({ file: shown, kind: 'cloudformation' })
    }
  }
  files.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))

  // HCL units are directories, plan units are plan files: only the HCL resources of a replaced directory go.
  const scanned = resources.filter((r) => !(r.language === 'terraform' && replacedUnits.has(r.unit)))
  const pinned = scanned.map((r) => ({
    ...r,
    ...(r.region === undefined && options.region ? { region: options.region } : {}),
    ...(r.account === undefined && options.account ? { account: options.account } : {}),
  }))
  const adapted = adaptAll(pinned)
  return {
    files,
    resources: adapted.resources,
    origin: adapted.origin,
    problems: [...problems, ...adapted.problems],
    unhandled: adapted.unhandled,
    declared: scanned.length,
  }
}
