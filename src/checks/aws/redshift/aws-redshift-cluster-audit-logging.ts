import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AWS, type RedshiftClusterAttributes } from '../../../normalize/aws/types.js'

/** Redshift audit logging records connections, user changes and (optionally) every query. */
export default defineCheck<RedshiftClusterAttributes>({
  id: 'aws-redshift-cluster-audit-logging',
  title: 'Redshift cluster has audit logging enabled',
  resourceType: AWS.redshiftCluster,
  severity: 'medium',
  categories: ['logging'],
  rationale:
    'Without audit logging there is no record of who connected to the warehouse, from where, or which users were ' +
    'created or changed, so data theft through a stolen database credential cannot be traced.',
  remediation: {
    steps: [
      'Enable audit logging to CloudWatch Logs or an S3 bucket, exporting connectionlog, userlog and useractivitylog.',
      'For useractivitylog, also set enable_user_activity_logging = true in the cluster parameter group.',
    ],
    cli: 'aws redshift enable-logging --cluster-identifier <id> --log-destination-type cloudwatch --log-exports connectionlog userlog useractivitylog',
    terraform:
      'aws_redshift_logging: cluster_identifier = <id>, log_destination_type = "cloudwatch", log_exports = ["connectionlog", "userlog", "useractivitylog"]',
    references: [
      'https://docs.aws.amazon.com/redshift/latest/mgmt/db-auditing.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/redshift-controls.html',
    ],
  },
  evaluate(cluster, result) {
    const id = cluster.attributes.clusterIdentifier
    const logging = known(cluster.attributes.auditLogging, `audit logging status of cluster ${id}`)
    if (!logging.enabled) return result.fail(`Cluster ${id} has audit logging disabled.`)
    const exports = logging.logExports.length > 0 ? ` (${logging.logExports.join(', ')})` : ''
    return result.pass(`Cluster ${id} writes audit logs to ${logging.destination ?? 'S3'}${exports}.`)
  },
})
