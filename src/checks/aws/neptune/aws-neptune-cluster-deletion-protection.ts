import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type DbClusterAttributes } from '../../../normalize/aws/types.js'

/** Deletion protection stops a Neptune cluster from being deleted until it is turned off. */
export default defineCheck<DbClusterAttributes>({
  id: 'aws-neptune-cluster-deletion-protection',
  title: 'Neptune cluster has deletion protection enabled',
  resourceType: AWS.neptuneCluster,
  severity: 'low',
  categories: ['resilience'],
  rationale:
    'Without deletion protection, one DeleteDBCluster call (a mistaken script, a compromised automation role) ' +
    'removes the Neptune cluster; automated backups go with it unless a final snapshot is kept.',
  remediation: {
    steps: ['Enable deletion protection on the cluster.'],
    cli: 'aws neptune modify-db-cluster --db-cluster-identifier <id> --deletion-protection --apply-immediately',
    terraform: 'aws_neptune_cluster: deletion_protection = true',
    references: [
      'https://docs.aws.amazon.com/neptune/latest/userguide/manage-console-instances-delete.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/neptune-controls.html',
    ],
  },
  evaluate(cluster, result) {
    const id = cluster.attributes.dbClusterIdentifier
    return cluster.attributes.deletionProtection
      ? result.pass(`Cluster ${id} has deletion protection enabled.`)
      : result.fail(`Cluster ${id} has deletion protection disabled.`)
  },
})
