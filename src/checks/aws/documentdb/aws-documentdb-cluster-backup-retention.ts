import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type DbClusterAttributes } from '../../../normalize/aws/types.js'

/** DocumentDB clusters should keep automated backups for at least 7 days. */
export default defineCheck<DbClusterAttributes>({
  id: 'aws-documentdb-cluster-backup-retention',
  title: 'DocumentDB cluster keeps automated backups for at least 7 days',
  resourceType: AWS.documentdbCluster,
  severity: 'medium',
  categories: ['resilience'],
  rationale:
    'DocumentDB keeps continuous backups for the retention period only (1 day by default); a corruption or deletion ' +
    'noticed after that can no longer be undone by a point-in-time restore. Seven days covers a normal ' +
    'incident-detection window.',
  remediation: {
    steps: ['Set the backup retention period to 7 days or more.'],
    cli: 'aws docdb modify-db-cluster --db-cluster-identifier <id> --backup-retention-period 7 --apply-immediately',
    terraform: 'aws_docdb_cluster: backup_retention_period = 7',
    references: [
      'https://docs.aws.amazon.com/documentdb/latest/developerguide/backup_restore.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/documentdb-controls.html',
    ],
  },
  evaluate(cluster, result) {
    const { dbClusterIdentifier: id, backupRetentionPeriod: days } = cluster.attributes
    return days >= 7
      ? result.pass(`Cluster ${id} keeps automated backups for ${days} days.`)
      : result.fail(`Cluster ${id} keeps automated backups for only ${days} day(s) (at least 7 expected).`)
  },
})
