import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type DbClusterAttributes } from '../../../normalize/aws/types.js'

/** Deletion protection stops an Aurora or Multi-AZ DB cluster from being deleted until it is turned off. */
export default defineCheck<DbClusterAttributes>({
  id: 'aws-rds-cluster-deletion-protection',
  title: 'RDS DB cluster has deletion protection enabled',
  resourceType: AWS.rdsDbCluster,
  severity: 'low',
  categories: ['resilience'],
  rationale:
    'Without deletion protection, one DeleteDBCluster call (a mistaken script, a compromised automation role) ' +
    'removes the RDS DB cluster; automated backups go with it unless a final snapshot is kept.',
  remediation: {
    steps: ['Enable deletion protection on the cluster.'],
    cli: 'aws rds modify-db-cluster --db-cluster-identifier <id> --deletion-protection --apply-immediately',
    terraform: 'aws_rds_cluster: deletion_protection = true',
    references: [
      'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/USER_DeleteCluster.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html',
    ],
  },
  evaluate(cluster, result) {
    const id = cluster.attributes.dbClusterIdentifier
    return cluster.attributes.deletionProtection
      ? result.pass(`Cluster ${id} has deletion protection enabled.`)
      : result.fail(`Cluster ${id} has deletion protection disabled.`)
  },
})
