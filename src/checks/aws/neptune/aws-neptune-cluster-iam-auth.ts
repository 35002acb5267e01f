import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type DbClusterAttributes } from '../../../normalize/aws/types.js'

/** IAM database authentication makes every Neptune request carry a SigV4-signed IAM identity. */
export default defineCheck<DbClusterAttributes>({
  id: 'aws-neptune-cluster-iam-auth',
  title: 'Neptune cluster has IAM database authentication enabled',
  resourceType: AWS.neptuneCluster,
  severity: 'medium',
  categories: ['identity'],
  rationale:
    'Neptune has no database users or passwords: without IAM database authentication, any client that can reach the ' +
    'cluster endpoint in the VPC can query and modify the whole graph. With it, every request must be signed by an ' +
    'IAM principal allowed neptune-db actions.',
  remediation: {
    steps: [
      'Enable IAM database authentication on the cluster.',
      'Grant clients neptune-db:* actions (e.g. neptune-db:ReadDataViaQuery) in IAM policies and sign requests with SigV4.',
    ],
    cli: 'aws neptune modify-db-cluster --db-cluster-identifier <id> --enable-iam-database-authentication --apply-immediately',
    terraform: 'aws_neptune_cluster: iam_database_authentication_enabled = true',
    references: [
      'https://docs.aws.amazon.com/neptune/latest/userguide/iam-auth-enable.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/neptune-controls.html',
    ],
  },
  evaluate(cluster, result) {
    const id = cluster.attributes.dbClusterIdentifier
    return cluster.attributes.iamDatabaseAuthentication
      ? result.pass(`Cluster ${id} requires IAM database authentication.`)
      : result.fail(`Cluster ${id} has IAM database authentication disabled, so any client that reaches the endpoint can query it.`)
  },
})
