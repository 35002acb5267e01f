import { defineCheck } from '../../../evaluate/define-check.js'
import { GCP_DATA_TYPES, type SqlInstanceAttributes } from '../../../normalize/gcp/types-data.js'
import { evaluateSqlFlag, sqlFlagApplies, sqlFlagRemediation, type SqlFlagRule } from '../../_shared/gcp-sql-flags.js'

// CIS Google Cloud Foundations 6.3.1 (SQL Server default off).
const RULE: SqlFlagRule = { engine: 'sqlserver', flag: 'external scripts enabled', want: 'off', unsetMeans: 'off' }

/** External R/Python scripts run code outside the database engine. */
export default defineCheck<SqlInstanceAttributes>({
  id: 'gcp-sql-sqlserver-external-scripts-off',
  title: "Cloud SQL SQL Server instance sets 'external scripts enabled' to off",
  resourceType: GCP_DATA_TYPES.sqlInstance,
  severity: 'medium',
  categories: ['identity'],
  rationale:
    "'external scripts enabled' lets users run R and Python through sp_execute_external_script, code outside the SQL " +
    'Server security boundary that can reach the network and file system.',
  remediation: sqlFlagRemediation(RULE),
  applies: sqlFlagApplies(RULE),
  evaluate: (instance, result) => evaluateSqlFlag(instance, RULE, result),
})
