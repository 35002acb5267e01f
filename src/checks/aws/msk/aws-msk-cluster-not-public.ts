import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type MskClusterAttributes, type MskProvisionedSettings } from '../../../normalize/aws/types.js'

/** MSK cluster is not publicly accessible (provisioned clusters; serverless clusters always use TLS and IAM). */
export default defineCheck<MskClusterAttributes>({
  id: 'aws-msk-cluster-not-public',
  title: 'MSK cluster is not publicly accessible',
  resourceType: AWS.mskCluster,
  severity: 'high',
  categories: ['network'],
  rationale:
    'With public access on (SERVICE_PROVIDED_EIPS), brokers get public IP addresses reachable from the internet; only authentication stands between any attacker and the cluster data.',
  remediation: {
    steps: [
      'Turn public access off and reach the cluster from inside the VPC, through VPC peering, Transit Gateway or multi-VPC private connectivity.',
    ],
    cli: 'aws kafka update-connectivity --cluster-arn <cluster-arn> --current-version <version> --connectivity-info \'{"PublicAccess":{"Type":"DISABLED"}}\'',
    terraform: 'aws_msk_cluster: broker_node_group_info { connectivity_info { public_access { type = "DISABLED" } } }.',
    references: ['https://docs.aws.amazon.com/msk/latest/developerguide/public-access.html'],
  },
  applies: (cluster) => cluster.attributes.provisioned !== null,
  evaluate(cluster, result) {
    const { clusterName } = cluster.attributes
    const p = cluster.attributes.provisioned as MskProvisionedSettings
    return p.publicAccess === 'DISABLED'
      ? result.pass(`Cluster ${clusterName} has public access disabled.`)
      : result.fail(`Cluster ${clusterName} has public access ${p.publicAccess}: its brokers are reachable from the internet.`)
  },
})
