import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type RedshiftClusterAttributes } from '../../../normalize/aws/types.js'

/** Automated snapshots are the cluster's point-in-time backups. */
export default defineCheck<RedshiftClusterAttributes>({
  id: 'aws-redshift-cluster-automated-snapshots',
  title: 'Redshift cluster has automated snapshots enabled',
  resourceType: AWS.redshiftCluster,
  severity: 'medium',
  categories: ['resilience'],
  rationale:
    'With an automated snapshot retention period of 0, Redshift takes no automated snapshots, so a dropped table, a ' +
    'bad load or a deleted cluster can only be recovered from manual snapshots, if anyone took one.',
  remediation: {
    steps: ['Set an automated snapshot retention period of at least 1 day (7 or more recommended).'],
    cli: 'aws redshift modify-cluster --cluster-identifier <id> --automated-snapshot-retention-period 7',
    terraform: 'aws_redshift_cluster: automated_snapshot_retention_period = 7',
    references: [
      'https://docs.aws.amazon.com/redshift/latest/mgmt/working-with-snapshots.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/redshift-controls.html',
    ],
  },
  evaluate(cluster, result) {
    const { clusterIdentifier: id, automatedSnapshotRetentionPeriod: days } = cluster.attributes
    return days > 0
      ? result.pass(`Cluster ${id} keeps automated snapshots for ${days} day(s).`)
      : result.fail(`Cluster ${id} takes no automated snapshots (retention period 0).`)
  },
})
