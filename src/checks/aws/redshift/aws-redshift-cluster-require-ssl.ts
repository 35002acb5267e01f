import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AWS, type RedshiftClusterAttributes } from '../../../normalize/aws/types.js'

/** The require_ssl parameter makes the cluster refuse unencrypted client connections. */
export default defineCheck<RedshiftClusterAttributes>({
  id: 'aws-redshift-cluster-require-ssl',
  title: 'Redshift cluster requires SSL for client connections',
  resourceType: AWS.redshiftCluster,
  severity: 'medium',
  categories: ['encryption'],
  rationale:
    "Unless require_ssl is true in the cluster's parameter group, clients may connect without TLS and send " +
    'credentials and query results across the network in plaintext.',
  remediation: {
    steps: [
      "Set require_ssl = true in the cluster's (non-default) parameter group.",
      'Reboot the cluster if the change is pending, and make sure every client connects with TLS.',
    ],
    cli: 'aws redshift modify-cluster-parameter-group --parameter-group-name <group> --parameters ParameterName=require_ssl,ParameterValue=true',
    terraform:
      'aws_redshift_parameter_group: parameter { name = "require_ssl", value = "true" } and aws_redshift_cluster.cluster_parameter_group_name = that group',
    references: [
      'https://docs.aws.amazon.com/redshift/latest/mgmt/connecting-ssl-support.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/redshift-controls.html',
    ],
  },
  evaluate(cluster, result) {
    const { clusterIdentifier: id, parameterGroupNames } = cluster.attributes
    const groups = parameterGroupNames.join(', ') || '(none)'
    return known(cluster.attributes.requireSsl, `require_ssl of cluster ${id}`)
      ? result.pass(`Cluster ${id} requires SSL (require_ssl = true in ${groups}).`)
      : result.fail(`Cluster ${id} accepts connections without SSL (require_ssl is not true in parameter group ${groups}).`)
  },
})
