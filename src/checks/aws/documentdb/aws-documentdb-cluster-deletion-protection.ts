import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type DbClusterAttributes } from '../../../normalize/aws/types.js'

/** Deletion protection stops a DocumentDB cluster from being deleted until it is turned off. */
export default defineCheck<DbClusterAttributes>({
  id: 'aws-documentdb-cluster-deletion-protection',
  title: 'DocumentDB cluster has deletion protection enabled',
  resourceType: AWS.documentdbCluster,
  severity: 'low',
  categories: ['resilience'],
  rationale:
    'Without deletion protection, one DeleteDBCluster call (a mistaken script, a compromised automation role) ' +
    'removes the DocumentDB cluster; automated backups go with it unless a final snapshot is kept.',
  remediation: {
    steps: ['Enable deletion protection on the cluster.'],
    cli: 'aws docdb modify-db-cluster --db-cluster-identifier <id> --deletion-protection --apply-immediately',
    terraform: 'aws_docdb_cluster: deletion_protection = true',
    references: [
      'https://docs.aws.amazon.com/documentdb/latest/developerguide/db-cluster-delete.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/documentdb-controls.html',
    ],
  },
  evaluate(cluster, result) {
    const id = cluster.attributes.dbClusterIdentifier
    return cluster.attributes.deletionProtection
      ? result.pass(`Cluster ${id} has deletion protection enabled.`)
      : result.fail(`Cluster ${id} has deletion protection disabled.`)
  },
})
