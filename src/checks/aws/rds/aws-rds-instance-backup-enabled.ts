import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type RdsInstanceAttributes } from '../../../normalize/aws/types.js'

/** Minimum automated-backup retention, in days (AWS Security Hub RDS.11 and AWS Config db-instance-backup-enabled use 7). */
const MIN_RETENTION_DAYS = 7

/** Automated backups with a week of retention allow point-in-time recovery after deletion, corruption or ransomware. */
export default defineCheck<RdsInstanceAttributes>({
  id: 'aws-rds-instance-backup-enabled',
  title: `RDS DB instance has automated backups retained for at least ${MIN_RETENTION_DAYS} days`,
  resourceType: AWS.rdsInstance,
  severity: 'medium',
  categories: ['resilience'],
  rationale:
    'With a retention period of 0 there are no automated backups and no point-in-time recovery; a few days of retention often ends before ' +
    'corruption, a bad migration or an intrusion is noticed, leaving only already-damaged backups.',
  remediation: {
    steps: [`Set the backup retention period to ${MIN_RETENTION_DAYS} days or more (up to 35), and choose a backup window.`],
    cli: `aws rds modify-db-instance --db-instance-identifier <id> --backup-retention-period ${MIN_RETENTION_DAYS} --apply-immediately`,
    terraform: `aws_db_instance: backup_retention_period = ${MIN_RETENTION_DAYS} (or more).`,
    references: [
      'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_WorkingWithAutomatedBackups.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-11',
    ],
  },
  evaluate(db, result) {
    const { dbInstanceIdentifier: id, backupRetentionPeriod: days } = db.attributes
    if (days <= 0) return result.fail(`DB instance ${id} has automated backups disabled (retention period 0).`)
    return days >= MIN_RETENTION_DAYS
      ? result.pass(`DB instance ${id} keeps automated backups for ${days} days.`)
      : result.fail(`DB instance ${id} keeps automated backups for only ${days} day(s), fewer than ${MIN_RETENTION_DAYS}.`)
  },
})
