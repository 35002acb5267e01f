import { defineCheck } from '../../../evaluate/define-check.js'
import { GCP_DATA_TYPES, type SqlInstanceAttributes } from '../../../normalize/gcp/types-data.js'
import { evaluateSqlFlag, sqlFlagApplies, sqlFlagRemediation, type SqlFlagRule } from '../../_shared/gcp-sql-flags.js'

// CIS Google Cloud Foundations 6.2.2 (PostgreSQL default off).
const RULE: SqlFlagRule = { engine: 'postgres', flag: 'log_connections', want: 'on', unsetMeans: 'off' }

/** Every connection attempt should be logged. */
export default defineCheck<SqlInstanceAttributes>({
  id: 'gcp-sql-postgres-log-connections-on',
  title: 'Cloud SQL PostgreSQL instance sets log_connections to on',
  resourceType: GCP_DATA_TYPES.sqlInstance,
  severity: 'low',
  categories: ['logging'],
  rationale:
    'PostgreSQL does not log connection attempts by default; without them, brute force, unexpected clients and the start of ' +
    'an intrusion leave no trace in the instance logs.',
  remediation: sqlFlagRemediation(RULE),
  applies: sqlFlagApplies(RULE),
  evaluate: (instance, result) => evaluateSqlFlag(instance, RULE, result),
})
