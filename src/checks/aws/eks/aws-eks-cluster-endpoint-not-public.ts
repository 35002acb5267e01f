import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AWS, type EksClusterAttributes } from '../../../normalize/aws/types.js'

const OPEN = new Set(['0.0.0.0/0', '::/0'])

/** The Kubernetes API endpoint should not be reachable from the whole internet. */
export default defineCheck<EksClusterAttributes>({
  id: 'aws-eks-cluster-endpoint-not-public',
  title: 'EKS cluster API endpoint is not open to the whole internet',
  resourceType: AWS.eksCluster,
  severity: 'high',
  categories: ['network'],
  rationale:
    'A public API server endpoint open to 0.0.0.0/0 lets anyone on the internet reach the Kubernetes API: one leaked kubeconfig ' +
    'or token, a misconfigured anonymous RBAC binding or an API server vulnerability is then enough to control the cluster.',
  remediation: {
    steps: [
      'Turn on private endpoint access and turn off public access, reaching the API from the VPC (VPN, Direct Connect or a bastion).',
      'If public access is needed, restrict publicAccessCidrs to the address ranges of your administrators and CI systems.',
    ],
    cli: 'aws eks update-cluster-config --name <cluster> --resources-vpc-config endpointPublicAccess=false,endpointPrivateAccess=true',
    terraform:
      'aws_eks_cluster: vpc_config { endpoint_public_access = false, endpoint_private_access = true } (or public_access_cidrs = [<trusted ranges>]).',
    references: [
      'https://docs.aws.amazon.com/eks/latest/userguide/cluster-endpoint.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/eks-controls.html#eks-1',
    ],
  },
  evaluate(cluster, result) {
    const { clusterName } = cluster.attributes
    const isPublic = known(cluster.attributes.endpointPublicAccess, `endpoint access of cluster ${clusterName}`)
    if (!isPublic) return result.pass(`Cluster ${clusterName} has no public API endpoint.`)
    const cidrs = known(cluster.attributes.publicAccessCidrs, `public access CIDRs of cluster ${clusterName}`)
    const open = cidrs.filter((c) => OPEN.has(c))
    return open.length > 0
      ? result.fail(`Cluster ${clusterName} has a public API endpoint open to ${open.join(' and ')}.`)
      : result.pass(`Cluster ${clusterName} has a public API endpoint restricted to ${cidrs.join(', ')}.`)
  },
})
