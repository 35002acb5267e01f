import { defineCheck } from '../../../evaluate/define-check.js'
import { GCP_DATA_TYPES, type SqlInstanceAttributes } from '../../../normalize/gcp/types-data.js'
import { evaluateSqlFlag, sqlFlagApplies, sqlFlagRemediation, type SqlFlagRule } from '../../_shared/gcp-sql-flags.js'

// CIS Google Cloud Foundations 6.2.3 (PostgreSQL default off).
const RULE: SqlFlagRule = { engine: 'postgres', flag: 'log_disconnections', want: 'on', unsetMeans: 'off' }

/** Session ends and durations should be logged. */
export default defineCheck<SqlInstanceAttributes>({
  id: 'gcp-sql-postgres-log-disconnections-on',
  title: 'Cloud SQL PostgreSQL instance sets log_disconnections to on',
  resourceType: GCP_DATA_TYPES.sqlInstance,
  severity: 'low',
  categories: ['logging'],
  rationale:
    'Disconnection records give the end and duration of each session; with log_connections they bound what a session could have ' +
    'done, which investigations need.',
  remediation: sqlFlagRemediation(RULE),
  applies: sqlFlagApplies(RULE),
  evaluate: (instance, result) => evaluateSqlFlag(instance, RULE, result),
})
