import { defineCheck } from '../../../evaluate/define-check.js'
import { GCP_DATA_TYPES, type SqlInstanceAttributes } from '../../../normalize/gcp/types-data.js'
import { evaluateSqlFlag, sqlFlagApplies, sqlFlagRemediation, type SqlFlagRule } from '../../_shared/gcp-sql-flags.js'

// CIS Google Cloud Foundations 6.2.7 (PostgreSQL default -1).
const RULE: SqlFlagRule = { engine: 'postgres', flag: 'log_min_duration_statement', want: '-1', unsetMeans: '-1' }

/** Full statement text should not be written to logs. */
export default defineCheck<SqlInstanceAttributes>({
  id: 'gcp-sql-postgres-log-min-duration-statement-disabled',
  title: 'Cloud SQL PostgreSQL instance keeps log_min_duration_statement at -1 (disabled)',
  resourceType: GCP_DATA_TYPES.sqlInstance,
  severity: 'low',
  categories: ['logging'],
  rationale:
    'log_min_duration_statement writes the full text of slow statements to the logs, including literals such as passwords ' +
    'and personal data, to be read by anyone with log access; CIS asks for it to stay disabled (-1).',
  remediation: sqlFlagRemediation(RULE),
  applies: sqlFlagApplies(RULE),
  evaluate: (instance, result) => evaluateSqlFlag(instance, RULE, result),
})
