import { defineCheck } from '../../../evaluate/define-check.js'
import { GCP_DATA_TYPES, type SqlInstanceAttributes } from '../../../normalize/gcp/types-data.js'

// CIS Google Cloud Foundations 6.7 (read replicas excluded: they cannot have backups of their own).
/** Automated daily backups are what makes a deleted table or a corrupted database recoverable. */
export default defineCheck<SqlInstanceAttributes>({
  id: 'gcp-sql-instance-automated-backups',
  title: 'Cloud SQL instance has automated backups enabled',
  resourceType: GCP_DATA_TYPES.sqlInstance,
  severity: 'medium',
  categories: ['resilience'],
  rationale:
    'Without automated backups an accidental DELETE, a bad migration or ransomware leaves no restore point; point-in-time recovery ' +
    'also depends on them.',
  remediation: {
    steps: ['Enable automated backups with a start time in a quiet period.', 'Enable point-in-time recovery and set backup retention to your RPO.'],
    cli: 'gcloud sql instances patch <instance> --backup-start-time=02:00 --enable-point-in-time-recovery',
    terraform: 'google_sql_database_instance settings { backup_configuration { enabled = true  point_in_time_recovery_enabled = true } }',
    references: [
      'https://cloud.google.com/sql/docs/mysql/backup-recovery/backups',
      'https://cloud.google.com/sql/docs/postgres/backup-recovery/backups',
    ],
  },
  applies: (r) => r.attributes.instanceType === 'CLOUD_SQL_INSTANCE',
  evaluate(instance, result) {
    const { name, backupEnabled } = instance.attributes
    return backupEnabled
      ? result.pass(`Cloud SQL instance ${name} has automated backups enabled.`)
      : result.fail(`Cloud SQL instance ${name} has automated backups disabled.`)
  },
})
