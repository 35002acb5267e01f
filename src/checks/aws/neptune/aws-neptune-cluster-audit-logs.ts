import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type DbClusterAttributes } from '../../../normalize/aws/types.js'

/** Neptune audit logs should be exported to CloudWatch Logs. */
export default defineCheck<DbClusterAttributes>({
  id: 'aws-neptune-cluster-audit-logs',
  title: 'Neptune cluster exports audit logs to CloudWatch Logs',
  resourceType: AWS.neptuneCluster,
  severity: 'medium',
  categories: ['logging'],
  rationale:
    'Without audit logs exported to CloudWatch Logs there is no durable record of who connected to the Neptune ' +
    'cluster and what they ran, so misuse of a database credential cannot be detected or investigated.',
  remediation: {
    steps: ['Enable the audit log in the cluster parameter group (neptune_enable_audit_log = 1).', 'Export the "audit" log type to CloudWatch Logs.'],
    cli: 'aws neptune modify-db-cluster --db-cluster-identifier <id> --cloudwatch-logs-export-configuration \'{"EnableLogTypes":["audit"]}\'',
    terraform:
      'aws_neptune_cluster: enable_cloudwatch_logs_exports = ["audit"], with aws_neptune_cluster_parameter_group parameter { name = "neptune_enable_audit_log", value = "1" }',
    references: [
      'https://docs.aws.amazon.com/neptune/latest/userguide/auditing.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/neptune-controls.html',
    ],
  },
  evaluate(cluster, result) {
    const { dbClusterIdentifier: id, cloudwatchLogsExports } = cluster.attributes
    if (cloudwatchLogsExports.includes('audit')) return result.pass(`Cluster ${id} exports audit logs to CloudWatch Logs.`)
    const others = cloudwatchLogsExports.length > 0 ? ` (exports only ${cloudwatchLogsExports.join(', ')})` : ''
    return result.fail(`Cluster ${id} does not export audit logs to CloudWatch Logs${others}.`)
  },
})
