import { defineCheck } from '../../../evaluate/define-check.js'
import { GCP_DATA_TYPES, type SqlInstanceAttributes } from '../../../normalize/gcp/types-data.js'
import { evaluateSqlFlag, sqlFlagApplies, sqlFlagRemediation, type SqlFlagRule } from '../../_shared/gcp-sql-flags.js'

// CIS Google Cloud Foundations 6.3.2 (SQL Server default off).
const RULE: SqlFlagRule = { engine: 'sqlserver', flag: 'cross db ownership chaining', want: 'off', unsetMeans: 'off' }

/** Ownership chains must not cross databases. */
export default defineCheck<SqlInstanceAttributes>({
  id: 'gcp-sql-sqlserver-cross-db-ownership-chaining-off',
  title: "Cloud SQL SQL Server instance sets 'cross db ownership chaining' to off",
  resourceType: GCP_DATA_TYPES.sqlInstance,
  severity: 'medium',
  categories: ['identity'],
  rationale:
    'Cross-database ownership chaining lets a user of one database reach objects in another without a permission check ' +
    'when both share an owner, a known privilege-escalation path.',
  remediation: sqlFlagRemediation(RULE),
  applies: sqlFlagApplies(RULE),
  evaluate: (instance, result) => evaluateSqlFlag(instance, RULE, result),
})
