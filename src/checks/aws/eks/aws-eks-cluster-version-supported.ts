import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AWS, type EksClusterAttributes } from '../../../normalize/aws/types.js'
import { standardSupport } from './versions.js'

/** The cluster's Kubernetes version should still be in EKS standard support (dated table in versions.ts). */
export default defineCheck<EksClusterAttributes>({
  id: 'aws-eks-cluster-version-supported',
  title: 'EKS cluster runs a Kubernetes version in standard support',
  resourceType: AWS.eksCluster,
  severity: 'medium',
  categories: ['patching'],
  rationale:
    'Once a Kubernetes version leaves EKS standard support it receives fixes only under paid extended support, and the upstream ' +
    'project no longer patches it; when extended support ends AWS upgrades the control plane on its own schedule, which can break ' +
    'workloads that were never tested on the new version.',
  remediation: {
    steps: [
      'Check workloads and add-ons for APIs removed in the next version (for example with EKS upgrade insights).',
      'Upgrade the control plane one minor version at a time, then the node groups and add-ons, until the version is in standard support.',
    ],
    cli: 'aws eks update-cluster-version --name <cluster> --kubernetes-version <next-minor-version>',
    terraform: 'aws_eks_cluster: version = "<supported minor version>" (and aws_eks_node_group version to match).',
    references: [
      'https://docs.aws.amazon.com/eks/latest/userguide/kubernetes-versions.html',
      'https://docs.aws.amazon.com/eks/latest/userguide/update-cluster.html',
    ],
  },
  evaluate(cluster, result, ctx) {
    const { clusterName } = cluster.attributes
    const version = known(cluster.attributes.version, `Kubernetes version of cluster ${clusterName}`)
    if (version === null) return result.error(`EKS did not report the Kubernetes version of cluster ${clusterName}.`)
    const s = standardSupport(version, ctx.now)
    if (s.note === 'unknown') return result.error(`Cluster ${clusterName} reports an unrecognised Kubernetes version "${version}".`)
    if (s.note === 'newer')
      return result.pass(`Cluster ${clusterName} runs Kubernetes ${version}, newer than every version in Posture's support table.`)
    if (s.note === 'older') return result.fail(`Cluster ${clusterName} runs Kubernetes ${version}, long past the end of EKS standard support.`)
    return s.inSupport
      ? result.pass(`Cluster ${clusterName} runs Kubernetes ${version}, in EKS standard support until ${s.end}.`)
      : result.fail(`Cluster ${clusterName} runs Kubernetes ${version}, whose EKS standard support ended on ${s.end}.`)
  },
})
