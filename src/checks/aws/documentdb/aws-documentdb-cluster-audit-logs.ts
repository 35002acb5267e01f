import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type DbClusterAttributes } from '../../../normalize/aws/types.js'

/** DocumentDB audit logs should be exported to CloudWatch Logs. */
export default defineCheck<DbClusterAttributes>({
  id: 'aws-documentdb-cluster-audit-logs',
  title: 'DocumentDB cluster exports audit logs to CloudWatch Logs',
  resourceType: AWS.documentdbCluster,
  severity: 'medium',
  categories: ['logging'],
  rationale:
    'Without audit logs exported to CloudWatch Logs there is no durable record of who connected to the DocumentDB ' +
    'cluster and what they ran, so misuse of a database credential cannot be detected or investigated.',
  remediation: {
    steps: ['Enable the audit log in the cluster parameter group (audit_logs = enabled).', 'Export the "audit" log type to CloudWatch Logs.'],
    cli: 'aws docdb modify-db-cluster --db-cluster-identifier <id> --cloudwatch-logs-export-configuration \'{"EnableLogTypes":["audit"]}\'',
    terraform:
      'aws_docdb_cluster: enabled_cloudwatch_logs_exports = ["audit"], with aws_docdb_cluster_parameter_group parameter { name = "audit_logs", value = "enabled" }',
    references: [
      'https://docs.aws.amazon.com/documentdb/latest/developerguide/event-auditing.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/documentdb-controls.html',
    ],
  },
  evaluate(cluster, result) {
    const { dbClusterIdentifier: id, cloudwatchLogsExports } = cluster.attributes
    if (cloudwatchLogsExports.includes('audit')) return result.pass(`Cluster ${id} exports audit logs to CloudWatch Logs.`)
    const others = cloudwatchLogsExports.length > 0 ? ` (exports only ${cloudwatchLogsExports.join(', ')})` : ''
    return result.fail(`Cluster ${id} does not export audit logs to CloudWatch Logs${others}.`)
  },
})
