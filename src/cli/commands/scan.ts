import { randomUUID } from 'node:crypto'
import { writeFileSync } from 'node:fs'
import { PostureError, EXIT } from '../../core/errors.js'
import { isAtLeast, type Severity } from '../../core/finding.js'
import { Inventory } from '../../core/inventory.js'
import { VERSION } from '../../core/version.js'
import { evaluate, selectChecks } from '../../evaluate/engine.js'
import { loadChecks } from '../../checks/registry.js'
import { complianceIndex } from '../../frameworks/types.js'
import { FRAMEWORKS } from '../../frameworks/index.js'
import { collectAws, REGION_PATTERN, type AwsCollection } from '../../scan/aws.js'
import { compareFindings, REPORT_SCHEMA_VERSION, summarize, type Report } from '../../report/model.js'
import { renderJson } from '../../report/json.js'
import { renderTable } from '../../report/table.js'
import { Progress } from '../progress.js'
import { choiceOption, endpointOption, list, severityOption } from '../options.js'

/** Raw flags of `posture scan aws` as Commander parses them. */
export interface ScanAwsFlags {
  profile?: string
  roleArn?: string
  externalId?: string
  regions?: string
  endpoint?: string
  checks?: string
  severity?: string
  format?: string
  output?: string
  json?: string
  failOn?: string
  showPassed?: boolean
  quiet?: boolean
  color?: boolean
}

/** Builds the report from a collection and the evaluated findings. */
export function buildReport(collection: AwsCollection, findings: Report['findings'], checks: number): Report {
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: 'posture', version: VERSION },
    scan: {
      id: randomUUID(),
      startedAt: collection.startedAt,
      finishedAt: collection.finishedAt,
      provider: 'aws',
      accounts: [collection.account],
      regions: collection.regions,
      stats: collection.stats,
    },
    summary: summarize(findings, collection.resources.length, checks, collection.errors.length),
    findings: [...findings].sort(compareFindings),
    errors: collection.errors.map((e) => ({
      service: e.service,
      region: e.region,
      api: e.api,
      reason: e.reason,
      account: e.account,
      ...(e.resource ? { resource: e.resource } : {}),
    })),
  }
}

function writeFile(path: string, content: string): void {
  try {
    writeFileSync(path, content)
  } catch (err) {
    throw new PostureError(
      'POSTURE_ERR_OUTPUT',
      `Cannot write ${path}: ${(err as Error).message}`,
      'Check that the directory exists and is writable.',
      { cause: err },
    )
  }
}

/** `posture scan aws`: collect, evaluate, report; returns the exit code. */
export async function scanAws(flags: ScanAwsFlags): Promise<number> {
  const format = choiceOption('--format', flags.format, ['table', 'json'] as const, 'table')
  const minSeverity = severityOption('--severity', flags.severity)
  const failOn: Severity | undefined = severityOption('--fail-on', flags.failOn)
  const endpoint = endpointOption(flags.endpoint)
  const regions = list(flags.regions)
  const badRegion = regions?.find((r) => !REGION_PATTERN.test(r))
  if (badRegion)
    throw new PostureError('POSTURE_ERR_INVALID_REGION', `Invalid region name "${badRegion}"`, 'Use AWS region codes such as us-east-1,eu-west-1.')
  if (flags.externalId && !flags.roleArn)
    throw new PostureError(
      'POSTURE_ERR_USAGE',
      '--external-id needs --role-arn',
      'Pass the role to assume with --role-arn arn:aws:iam::<account>:role/<name>.',
    )
  if (flags.roleArn && !/^arn:aws[a-z-]*:iam::\d{12}:role\/.+/.test(flags.roleArn)) {
    throw new PostureError('POSTURE_ERR_USAGE', `Invalid --role-arn "${flags.roleArn}"`, 'Expected arn:aws:iam::<12-digit account>:role/<name>.')
  }
  const checks = selectChecks(await loadChecks(), { checks: list(flags.checks), minSeverity, provider: 'aws' })
  if (checks.length === 0)
    throw new PostureError('POSTURE_ERR_USAGE', 'No check matches --checks/--severity', 'Run `posture checks list` to see check ids.')

  const progress = new Progress(process.stderr, process.stderr.isTTY === true, flags.quiet === true)
  const collection = await collectAws({
    profile: flags.profile,
    roleArn: flags.roleArn,
    externalId: flags.externalId,
    endpoint,
    regions,
    onProgress: progress.onEvent,
  })
  progress.clear()
  progress.note(
    `collected ${collection.resources.length} resources from account ${collection.account} in ${collection.regions.length} region(s); evaluating ${checks.length} checks`,
  )
  const findings = evaluate(checks, new Inventory(collection.resources, collection.errors), complianceIndex(FRAMEWORKS))
  const report = buildReport(collection, findings, checks.length)

  const color = flags.color !== false && !process.env.NO_COLOR && (flags.output ? false : process.stdout.isTTY === true)
  const rendered =
    format === 'json'
      ? renderJson(report)
      : renderTable(report, {
          color,
          width: !flags.output && process.stdout.isTTY ? process.stdout.columns : undefined,
          showPassed: flags.showPassed,
        })
  if (flags.output) {
    writeFile(flags.output, rendered)
    progress.note(`${format} report written to ${flags.output}`)
  } else {
    process.stdout.write(rendered)
  }
  if (flags.json) {
    writeFile(flags.json, renderJson(report))
    progress.note(`JSON report written to ${flags.json}`)
  }
  const failing = failOn ? report.findings.filter((f) => f.status === 'fail' && isAtLeast(f.severity, failOn)).length : 0
  return failing > 0 ? EXIT.FINDINGS : EXIT.OK
}
