import { defineCheck } from '../../../evaluate/define-check.js'
import { GCP_DATA_TYPES, type SqlInstanceAttributes } from '../../../normalize/gcp/types-data.js'
import { evaluateSqlFlag, sqlFlagApplies, sqlFlagRemediation, type SqlFlagRule } from '../../_shared/gcp-sql-flags.js'

// CIS Google Cloud Foundations 6.1.3: the flag must be set to off explicitly.
const RULE: SqlFlagRule = { engine: 'mysql', flag: 'local_infile', want: 'off', unsetMeans: null }

/** Server-side LOAD DATA LOCAL lets a client ask the server to load files. */
export default defineCheck<SqlInstanceAttributes>({
  id: 'gcp-sql-mysql-local-infile-off',
  title: 'Cloud SQL MySQL instance sets local_infile to off',
  resourceType: GCP_DATA_TYPES.sqlInstance,
  severity: 'medium',
  categories: ['identity'],
  rationale:
    'With local_infile on, LOAD DATA LOCAL lets the server request files from the connecting client and lets SQL injection ' +
    'pull local files into tables; CIS asks for the flag to be explicitly off.',
  remediation: sqlFlagRemediation(RULE, 'https://dev.mysql.com/doc/refman/8.0/en/load-data-local-security.html'),
  applies: sqlFlagApplies(RULE),
  evaluate: (instance, result) => evaluateSqlFlag(instance, RULE, result),
})
