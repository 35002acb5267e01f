import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type RedshiftClusterAttributes } from '../../../normalize/aws/types.js'

/** A publicly accessible cluster gets a public IP and an internet-resolvable endpoint. */
export default defineCheck<RedshiftClusterAttributes>({
  id: 'aws-redshift-cluster-not-public',
  title: 'Redshift cluster is not publicly accessible',
  resourceType: AWS.redshiftCluster,
  severity: 'high',
  categories: ['network'],
  rationale:
    'A publicly accessible cluster has a public IP address and a DNS name that resolves to it from anywhere, so its ' +
    'database port is one security group rule (or one leaked password) away from the internet; data warehouses hold ' +
    "the most complete copy of an organisation's data.",
  remediation: {
    steps: [
      'Turn off public accessibility on the cluster.',
      'Reach it through a VPN, AWS PrivateLink (Redshift-managed VPC endpoints) or a bastion instead.',
    ],
    cli: 'aws redshift modify-cluster --cluster-identifier <id> --no-publicly-accessible',
    terraform: 'aws_redshift_cluster: publicly_accessible = false',
    references: [
      'https://docs.aws.amazon.com/redshift/latest/mgmt/managing-clusters-vpc.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/redshift-controls.html',
    ],
  },
  evaluate(cluster, result) {
    const id = cluster.attributes.clusterIdentifier
    return cluster.attributes.publiclyAccessible
      ? result.fail(`Cluster ${id} is publicly accessible: it has a public IP address and an endpoint that resolves from the internet.`)
      : result.pass(`Cluster ${id} is not publicly accessible.`)
  },
})
