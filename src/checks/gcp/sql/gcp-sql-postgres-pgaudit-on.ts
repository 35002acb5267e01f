import { defineCheck } from '../../../evaluate/define-check.js'
import { GCP_DATA_TYPES, type SqlInstanceAttributes } from '../../../normalize/gcp/types-data.js'
import { evaluateSqlFlag, sqlFlagApplies, sqlFlagRemediation, type SqlFlagRule } from '../../_shared/gcp-sql-flags.js'

// CIS Google Cloud Foundations 6.2.8 (default off; also run CREATE EXTENSION pgaudit and set pgaudit.log).
const RULE: SqlFlagRule = { engine: 'postgres', flag: 'cloudsql.enable_pgaudit', want: 'on', unsetMeans: 'off' }

/** Database activity should reach Cloud Audit Logs. */
export default defineCheck<SqlInstanceAttributes>({
  id: 'gcp-sql-postgres-pgaudit-on',
  title: 'Cloud SQL PostgreSQL instance sets cloudsql.enable_pgaudit to on',
  resourceType: GCP_DATA_TYPES.sqlInstance,
  severity: 'medium',
  categories: ['logging'],
  rationale:
    'pgAudit records who ran which statements (DDL, role changes, reads of sensitive tables) into Cloud Audit Logs; without ' +
    'it database-level activity is not auditable centrally.',
  remediation: sqlFlagRemediation(RULE, 'https://cloud.google.com/sql/docs/postgres/pg-audit'),
  applies: sqlFlagApplies(RULE),
  evaluate: (instance, result) => evaluateSqlFlag(instance, RULE, result),
})
