import { defineCheck } from '../../../evaluate/define-check.js'
import { GCP_DATA_TYPES, type SqlInstanceAttributes } from '../../../normalize/gcp/types-data.js'
import { evaluateSqlFlag, sqlFlagApplies, sqlFlagRemediation, type SqlFlagRule } from '../../_shared/gcp-sql-flags.js'

// CIS Google Cloud Foundations 6.3.7 (SQL Server default off).
const RULE: SqlFlagRule = { engine: 'sqlserver', flag: 'contained database authentication', want: 'off', unsetMeans: 'off' }

/** Logins should be managed at the server, not inside databases. */
export default defineCheck<SqlInstanceAttributes>({
  id: 'gcp-sql-sqlserver-contained-db-auth-off',
  title: "Cloud SQL SQL Server instance sets 'contained database authentication' to off",
  resourceType: GCP_DATA_TYPES.sqlInstance,
  severity: 'medium',
  categories: ['identity'],
  rationale:
    'Contained databases authenticate users inside the database, outside server-level login policy and auditing; a ' +
    'database owner can then create users that bypass the access controls of the instance.',
  remediation: sqlFlagRemediation(RULE),
  applies: sqlFlagApplies(RULE),
  evaluate: (instance, result) => evaluateSqlFlag(instance, RULE, result),
})
