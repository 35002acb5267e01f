import { loadChecks } from '../../checks/registry.js'
import { selectChecks } from '../../evaluate/engine.js'
import { complianceIndex } from '../../frameworks/types.js'
import { FRAMEWORKS } from '../../frameworks/index.js'
import { EXIT } from '../../core/errors.js'
import { CHECK_CATEGORIES } from '../../evaluate/define-check.js'
import { choiceOption, list, severityOption } from '../options.js'

/** Flags of `posture checks list`. */
export interface ChecksListFlags {
  provider?: string
  format?: string
  checks?: string
  severity?: string
  category?: string
}

/** `posture checks list`: every check with its metadata, as a table or JSON. */
export async function checksList(flags: ChecksListFlags): Promise<number> {
  const format = choiceOption('--format', flags.format, ['table', 'json'] as const, 'table')
  const provider = flags.provider ? choiceOption('--provider', flags.provider, ['aws', 'azure', 'gcp'] as const, 'aws') : undefined
  const categories = list(flags.category)?.map((c) => choiceOption('--category', c, CHECK_CATEGORIES, CHECK_CATEGORIES[0]))
  const checks = selectChecks(await loadChecks(), {
    provider,
    checks: list(flags.checks),
    minSeverity: severityOption('--severity', flags.severity),
  }).filter((c) => !categories || categories.some((k) => c.categories?.includes(k)))
  const compliance = complianceIndex(FRAMEWORKS)
  if (format === 'json') {
    const out = checks.map((c) => ({
      id: c.id,
      title: c.title,
      provider: c.provider,
      service: c.service,
      resourceType: c.resourceType,
      severity: c.severity,
      categories: c.categories ?? [],
      rationale: c.rationale,
      remediation: c.remediation,
      compliance: compliance(c.id),
    }))
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`)
    return EXIT.OK
  }
  const idWidth = Math.max(...checks.map((c) => c.id.length), 2)
  process.stdout.write(`${'ID'.padEnd(idWidth)}  ${'SEVERITY'.padEnd(13)}  TITLE\n`)
  for (const c of checks) process.stdout.write(`${c.id.padEnd(idWidth)}  ${c.severity.padEnd(13)}  ${c.title}\n`)
  process.stdout.write(`${checks.length} check(s)\n`)
  return EXIT.OK
}
