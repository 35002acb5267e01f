/** Database flag checks of Cloud SQL (CIS Google Cloud Foundations 6.1–6.3): one rule per flag, one engine each. */
import type { Remediation } from '../../core/finding.js'
import type { Resource } from '../../core/resource.js'
import type { ResultBuilder, Verdict } from '../../evaluate/define-check.js'
import type { SqlEngine, SqlInstanceAttributes } from '../../normalize/gcp/types-data.js'

/** What one flag must be. */
export interface SqlFlagRule {
  engine: Exclude<SqlEngine, 'unknown'>
  flag: string
  /** Required value (compared case-insensitively: Cloud SQL accepts on/ON). */
  want: string
  /** Value the engine runs with when the flag is not set, or null when the benchmark requires setting it explicitly. */
  unsetMeans: string | null
}

const ENGINE_NAME = { mysql: 'MySQL', postgres: 'PostgreSQL', sqlserver: 'SQL Server' } as const
const FLAGS_DOC = {
  mysql: 'https://cloud.google.com/sql/docs/mysql/flags',
  postgres: 'https://cloud.google.com/sql/docs/postgres/flags',
  sqlserver: 'https://cloud.google.com/sql/docs/sqlserver/flags',
} as const

/** The check applies to Cloud SQL instances (primaries and replicas, not external masters) of the rule's engine. */
export function sqlFlagApplies(rule: SqlFlagRule): (r: Resource<SqlInstanceAttributes>) => boolean {
  return (r) => r.attributes.engine === rule.engine && r.attributes.instanceType !== 'ON_PREMISES_INSTANCE'
}

/** PASS when the flag has the wanted value, or is unset and the engine default is that value. */
export function evaluateSqlFlag(instance: Resource<SqlInstanceAttributes>, rule: SqlFlagRule, result: ResultBuilder): Verdict {
  const { name, databaseFlags } = instance.attributes
  const value = databaseFlags[rule.flag]
  const want = rule.want.toLowerCase()
  if (value === undefined) {
    return rule.unsetMeans?.toLowerCase() === want
      ? result.pass(`Cloud SQL instance ${name} leaves ${rule.flag} unset, so it runs with the default ${rule.unsetMeans}.`)
      : result.fail(
          `Cloud SQL instance ${name} does not set ${rule.flag}${rule.unsetMeans ? ` (default ${rule.unsetMeans})` : ''}; it must be ${rule.want}.`,
        )
  }
  return value.trim().toLowerCase() === want
    ? result.pass(`Cloud SQL instance ${name} sets ${rule.flag} to ${value}.`)
    : result.fail(`Cloud SQL instance ${name} sets ${rule.flag} to ${value}; it must be ${rule.want}.`)
}

/** Remediation for one flag rule. */
export function sqlFlagRemediation(rule: SqlFlagRule, extraReference?: string): Remediation {
  return {
    steps: [
      `Set the ${rule.flag} database flag of the ${ENGINE_NAME[rule.engine]} instance to ${rule.want} (console: Edit → Flags).`,
      'gcloud --database-flags replaces the whole flag list: repeat every flag already set, or the others are cleared.',
      'Some flags restart the instance: schedule the change in a maintenance window.',
    ],
    cli: `gcloud sql instances patch <instance> --database-flags=${rule.flag}=${rule.want},<existing flags>`,
    terraform: `google_sql_database_instance settings { database_flags { name = "${rule.flag}"  value = "${rule.want}" } }`,
    references: [FLAGS_DOC[rule.engine], ...(extraReference ? [extraReference] : [])],
  }
}
