/**
 * `posture iac <paths...>`: scans Terraform (HCL directories and plan JSON) and CloudFormation templates with the
 * checks the cloud scan runs, and reports findings at the file and line that declares each resource.
 *
 * Exit codes: 0 nothing at or above --fail-on; 1 failures at or above --fail-on; 2 usage (bad flag, missing path);
 * 4 the scan finished but some input could not be read (syntax errors, unreadable files: listed as problems), so a
 * CI gate never passes on code it did not see. 1 takes precedence over 4.
 */
import { existsSync } from 'node:fs'
import { EXIT, PostureError } from '../../core/errors.js'
import { isAtLeast, type Severity } from '../../core/finding.js'
import type { CheckMeta } from '../../evaluate/define-check.js'
import { loadChecks } from '../../checks/registry.js'
import { failuresAtOrAbove } from '../../report/model.js'
import { renderReport } from '../../report/render.js'
import { renderJson } from '../../report/json.js'
import { runIacScan, scanErrors, type IacReport } from '../../scan/iac.js'
import { loadConfig, warnConfigIssues } from '../config.js'
import { choiceOption, list, severityOption } from '../options.js'
import { writeOutputFile } from '../output-file.js'

/** Output formats of `posture iac`. */
export const IAC_FORMATS = ['table', 'json', 'sarif', 'junit', 'csv'] as const
export type IacFormat = (typeof IAC_FORMATS)[number]

/** Exit code when some input could not be scanned. */
export const EXIT_INCOMPLETE = 4

/** Flags of `posture iac`, as Commander passes them. */
export interface IacFlags {
  format?: string
  output?: string
  json?: string
  failOn?: string
  checks?: string
  severity?: string
  varFile?: string[]
  var?: string[]
  cfnParameter?: string[]
  region?: string
  account?: string
  config?: string
  showPassed?: boolean
  showNotEvaluated?: boolean
  quiet?: boolean
  color?: boolean
}

/** `name=value` pairs of a repeatable flag. */
function pairs(flag: string, values: readonly string[] | undefined): Record<string, string> | undefined {
  if (!values || values.length === 0) return undefined
  const out: Record<string, string> = {}
  for (const v of values) {
    const eq = v.indexOf('=')
    if (eq <= 0) throw new PostureError('POSTURE_ERR_USAGE', `Invalid ${flag} "${v}"`, `Write it as ${flag} name=value.`)
    out[v.slice(0, eq)] = v.slice(eq + 1)
  }
  return out
}

/** Collects a repeatable option's values (Commander's argParser). */
export function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value]
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}

/** Lines after the findings table: input problems, checks not evaluated, unsupported types. */
function iacLines(report: IacReport, flags: IacFlags, checks: ReadonlyMap<string, CheckMeta>): string[] {
  const { iac } = report
  const out: string[] = []
  const errors = iac.problems.filter((p) => p.severity === 'error')
  const notices = iac.problems.filter((p) => p.severity === 'notice')
  if (errors.length > 0) {
    out.push(`NOT SCANNED — ${plural(errors.length, 'problem')} (exit code ${EXIT_INCOMPLETE} unless failures decide it)`)
    for (const p of errors.slice(0, 50)) out.push(`  ${p.file}${p.line ? `:${p.line}:${p.column}` : ''}: ${p.message}`)
    if (errors.length > 50) out.push(`  … and ${errors.length - 50} more (see the JSON report)`)
    out.push('')
  }
  if (notices.length > 0) {
    out.push(`NOTICES — ${notices.length}`)
    for (const p of notices.slice(0, 30)) out.push(`  ${p.file}${p.line ? `:${p.line}` : ''}: ${p.message}`)
    if (notices.length > 30) out.push(`  … and ${notices.length - 30} more (see the JSON report)`)
    out.push('')
  }
  if (iac.notEvaluated.length > 0) {
    const distinct = new Set(iac.notEvaluated.map((n) => n.checkId))
    out.push(
      `NOT EVALUATED FROM CODE — ${plural(iac.notEvaluated.length, 'check result')} (${plural(distinct.size, 'check')}) need values known only after deploy`,
    )
    // Serious checks are listed by default: a reviewer should know which high-stakes questions the code leaves open.
    const serious = (id: string): boolean => isAtLeast(checks.get(id)?.severity ?? 'informational', 'high')
    const shown = flags.showNotEvaluated ? iac.notEvaluated : iac.notEvaluated.filter((n) => serious(n.checkId))
    for (const n of shown.slice(0, flags.showNotEvaluated ? Infinity : 20)) {
      out.push(
        `  ${n.checkId}  ${n.location.file}${n.location.startLine ? `:${n.location.startLine}` : ''} (${n.location.address ?? n.uid}): ${n.reason}`,
      )
    }
    if (!flags.showNotEvaluated)
      out.push(`  (--show-not-evaluated lists all${shown.length > 20 ? `; ${shown.length - 20} more high or critical` : ''})`)
    out.push('')
  }
  const unsupported = Object.entries(iac.unsupportedTypes)
  if (unsupported.length > 0) {
    const total = unsupported.reduce((a, [, n]) => a + n, 0)
    out.push(
      `Not checked: ${plural(total, 'resource')} of ${plural(unsupported.length, 'type')} without checks (${unsupported
        .map(([t]) => t)
        .slice(0, 8)
        .join(', ')}${unsupported.length > 8 ? ', …' : ''})`,
    )
  }
  out.push(`Scanned ${plural(iac.files.length, 'file')}: ${iac.declared} resources declared, ${report.summary.resources} checked.`)
  return out
}

/** Runs `posture iac`; returns the exit code. */
export async function iacScan(paths: readonly string[], flags: IacFlags): Promise<number> {
  const format = choiceOption('--format', flags.format, IAC_FORMATS, 'table')
  const failOn: Severity | undefined = severityOption('--fail-on', flags.failOn)
  const minSeverity = severityOption('--severity', flags.severity)
  if (paths.length === 0) throw new PostureError('POSTURE_ERR_USAGE', 'No path given', 'Run e.g. `posture iac ./infra`.')
  for (const p of paths) {
    if (!existsSync(p))
      throw new PostureError('POSTURE_ERR_USAGE', `Path not found: ${p}`, 'Give a directory or file holding Terraform or CloudFormation.')
  }
  for (const f of flags.varFile ?? []) {
    if (!existsSync(f))
      throw new PostureError('POSTURE_ERR_USAGE', `Variable file not found: ${f}`, 'Give the path of a .tfvars or .tfvars.json file.')
  }
  const config = await loadConfig(flags.config)
  warnConfigIssues(config.issues)
  const allChecks = await loadChecks()
  const vars = pairs('--var', flags.var)
  const cfnParameters = pairs('--cfn-parameter', flags.cfnParameter)
  const report = await runIacScan(paths, {
    allChecks,
    suppressions: config.suppressions,
    ...(flags.varFile ? { varFiles: flags.varFile } : {}),
    ...(vars ? { vars } : {}),
    ...(cfnParameters ? { cfnParameters } : {}),
    ...(flags.region ? { region: flags.region } : {}),
    ...(flags.account ? { account: flags.account } : {}),
    ...(list(flags.checks) ? { checks: list(flags.checks) } : {}),
    ...(minSeverity ? { minSeverity } : {}),
  })
  const checks = new Map<string, CheckMeta>(allChecks.map((c) => [c.id, c]))
  const toFile = flags.output !== undefined
  const color = flags.color !== false && !process.env.NO_COLOR && !toFile && process.stdout.isTTY === true
  let rendered =
    format === 'json'
      ? renderJson(report)
      : renderReport(
          format,
          { report, checks },
          {
            color,
            ...(!toFile && process.stdout.isTTY ? { width: process.stdout.columns } : {}),
            ...(flags.showPassed ? { showPassed: true } : {}),
            title: `Posture ${report.tool.version} — infrastructure as code: ${paths.join(', ')}`,
          },
        )
  if (format === 'table') rendered += `${iacLines(report, flags, checks).join('\n')}\n`
  if (toFile) {
    writeOutputFile(flags.output!, rendered)
    if (!flags.quiet) process.stderr.write(`posture: ${format} report written to ${flags.output}\n`)
  } else process.stdout.write(rendered)
  if (flags.json) writeOutputFile(flags.json, renderJson(report))

  const errors = scanErrors(report)
  if (format !== 'table' && !flags.quiet) {
    for (const p of errors) process.stderr.write(`posture: error: ${p.file}${p.line ? `:${p.line}:${p.column}` : ''}: ${p.message}\n`)
  }
  if (report.iac.files.length === 0 && !flags.quiet) {
    process.stderr.write(`posture: warning: no Terraform or CloudFormation files found under ${paths.join(', ')}\n`)
  }
  if (failOn && failuresAtOrAbove(report.findings, failOn).length > 0) return EXIT.FINDINGS
  return errors.length > 0 ? EXIT_INCOMPLETE : EXIT.OK
}
