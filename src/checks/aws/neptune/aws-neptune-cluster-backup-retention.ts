import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type DbClusterAttributes } from '../../../normalize/aws/types.js'

/** Neptune clusters should keep automated backups for at least 7 days. */
export default defineCheck<DbClusterAttributes>({
  id: 'aws-neptune-cluster-backup-retention',
  title: 'Neptune cluster keeps automated backups for at least 7 days',
  resourceType: AWS.neptuneCluster,
  severity: 'medium',
  categories: ['resilience'],
  rationale:
    'Neptune keeps continuous backups for the retention period only (1 day by default); a corruption or deletion ' +
    'noticed after that can no longer be undone by a point-in-time restore. Seven days covers a normal ' +
    'incident-detection window.',
  remediation: {
    steps: ['Set the backup retention period to 7 days or more.'],
    cli: 'aws neptune modify-db-cluster --db-cluster-identifier <id> --backup-retention-period 7 --apply-immediately',
    terraform: 'aws_neptune_cluster: backup_retention_period = 7',
    references: [
      'https://docs.aws.amazon.com/neptune/latest/userguide/backup-restore.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/neptune-controls.html',
    ],
  },
  evaluate(cluster, result) {
    const { dbClusterIdentifier: id, backupRetentionPeriod: days } = cluster.attributes
    return days >= 7
      ? result.pass(`Cluster ${id} keeps automated backups for ${days} days.`)
      : result.fail(`Cluster ${id} keeps automated backups for only ${days} day(s) (at least 7 expected).`)
  },
})
