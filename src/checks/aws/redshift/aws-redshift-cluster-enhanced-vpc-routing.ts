import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type RedshiftClusterAttributes } from '../../../normalize/aws/types.js'

/** Enhanced VPC routing sends COPY and UNLOAD traffic through the cluster's VPC. */
export default defineCheck<RedshiftClusterAttributes>({
  id: 'aws-redshift-cluster-enhanced-vpc-routing',
  title: 'Redshift cluster uses enhanced VPC routing',
  resourceType: AWS.redshiftCluster,
  severity: 'low',
  categories: ['network'],
  rationale:
    'Without enhanced VPC routing, COPY and UNLOAD traffic to S3 and other services leaves through the ' +
    'internet-facing path managed by Redshift, bypassing VPC endpoint policies, security groups, network ACLs and ' +
    'VPC flow logs that would otherwise restrict and record it.',
  remediation: {
    steps: [
      'Enable enhanced VPC routing on the cluster.',
      'Provide a route to S3 (a gateway VPC endpoint, or a NAT) so COPY and UNLOAD keep working.',
    ],
    cli: 'aws redshift modify-cluster --cluster-identifier <id> --enhanced-vpc-routing',
    terraform: 'aws_redshift_cluster: enhanced_vpc_routing = true',
    references: [
      'https://docs.aws.amazon.com/redshift/latest/mgmt/enhanced-vpc-routing.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/redshift-controls.html',
    ],
  },
  evaluate(cluster, result) {
    const id = cluster.attributes.clusterIdentifier
    return cluster.attributes.enhancedVpcRouting
      ? result.pass(`Cluster ${id} routes COPY and UNLOAD traffic through its VPC (enhanced VPC routing).`)
      : result.fail(`Cluster ${id} does not use enhanced VPC routing, so COPY and UNLOAD traffic bypasses VPC controls.`)
  },
})
