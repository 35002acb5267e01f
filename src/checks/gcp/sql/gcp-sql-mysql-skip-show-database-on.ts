import { defineCheck } from '../../../evaluate/define-check.js'
import { GCP_DATA_TYPES, type SqlInstanceAttributes } from '../../../normalize/gcp/types-data.js'
import { evaluateSqlFlag, sqlFlagApplies, sqlFlagRemediation, type SqlFlagRule } from '../../_shared/gcp-sql-flags.js'

// CIS Google Cloud Foundations 6.1.2 (MySQL default off).
const RULE: SqlFlagRule = { engine: 'mysql', flag: 'skip_show_database', want: 'on', unsetMeans: 'off' }

/** SHOW DATABASES should list only the databases a user has privileges on. */
export default defineCheck<SqlInstanceAttributes>({
  id: 'gcp-sql-mysql-skip-show-database-on',
  title: 'Cloud SQL MySQL instance sets skip_show_database to on',
  resourceType: GCP_DATA_TYPES.sqlInstance,
  severity: 'low',
  categories: ['identity'],
  rationale:
    'With skip_show_database off, any account can run SHOW DATABASES and enumerate every database on the instance, ' +
    'which helps an attacker pick targets; on limits it to holders of the SHOW DATABASES privilege.',
  remediation: sqlFlagRemediation(RULE),
  applies: sqlFlagApplies(RULE),
  evaluate: (instance, result) => evaluateSqlFlag(instance, RULE, result),
})
