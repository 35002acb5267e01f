import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AWS, type EksClusterAttributes } from '../../../normalize/aws/types.js'

/** Private endpoint access keeps node and in-VPC traffic to the Kubernetes API inside the VPC. */
export default defineCheck<EksClusterAttributes>({
  id: 'aws-eks-cluster-private-endpoint-enabled',
  title: 'EKS cluster has private API endpoint access enabled',
  resourceType: AWS.eksCluster,
  severity: 'medium',
  categories: ['network'],
  rationale:
    'Without private endpoint access, nodes and everything else in the VPC reach the Kubernetes API over its public endpoint, so ' +
    'the public endpoint can never be turned off or narrowed to a few CIDRs without cutting the nodes off.',
  remediation: {
    steps: [
      'Enable private endpoint access (the VPC needs DNS hostnames and DNS resolution turned on).',
      'Then narrow or turn off public access (see aws-eks-cluster-endpoint-not-public).',
    ],
    cli: 'aws eks update-cluster-config --name <cluster> --resources-vpc-config endpointPrivateAccess=true',
    terraform: 'aws_eks_cluster: vpc_config { endpoint_private_access = true }.',
    references: ['https://docs.aws.amazon.com/eks/latest/userguide/cluster-endpoint.html'],
  },
  evaluate(cluster, result) {
    const { clusterName } = cluster.attributes
    return known(cluster.attributes.endpointPrivateAccess, `endpoint access of cluster ${clusterName}`)
      ? result.pass(`Cluster ${clusterName} has private endpoint access enabled.`)
      : result.fail(`Cluster ${clusterName} has private endpoint access disabled, so in-VPC clients use the public endpoint.`)
  },
})
