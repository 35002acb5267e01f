import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AWS, type EksClusterAttributes } from '../../../normalize/aws/types.js'

/** The control-plane log types EKS can send to CloudWatch Logs. */
export const LOG_TYPES = ['api', 'audit', 'authenticator', 'controllerManager', 'scheduler'] as const

/** Every EKS control-plane log type should be sent to CloudWatch Logs. */
export default defineCheck<EksClusterAttributes>({
  id: 'aws-eks-cluster-control-plane-logging-enabled',
  title: 'EKS cluster sends all control-plane log types to CloudWatch Logs',
  resourceType: AWS.eksCluster,
  severity: 'medium',
  categories: ['logging'],
  rationale:
    'Control-plane logs are the only record of who did what through the Kubernetes API (audit), who authenticated as which IAM ' +
    'principal (authenticator) and how the API server, scheduler and controllers behaved; they are off by default and cannot be recovered later.',
  remediation: {
    steps: [
      'Enable the api, audit, authenticator, controllerManager and scheduler log types.',
      'Set a retention period on the /aws/eks/<cluster>/cluster log group.',
    ],
    cli: 'aws eks update-cluster-config --name <cluster> --logging \'{"clusterLogging":[{"types":["api","audit","authenticator","controllerManager","scheduler"],"enabled":true}]}\'',
    terraform: 'aws_eks_cluster: enabled_cluster_log_types = ["api", "audit", "authenticator", "controllerManager", "scheduler"].',
    references: [
      'https://docs.aws.amazon.com/eks/latest/userguide/control-plane-logs.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/eks-controls.html#eks-8',
    ],
  },
  evaluate(cluster, result) {
    const { clusterName } = cluster.attributes
    const enabled = known(cluster.attributes.enabledLogTypes, `logging configuration of cluster ${clusterName}`)
    const missing = LOG_TYPES.filter((t) => !enabled.includes(t))
    return missing.length === 0
      ? result.pass(`Cluster ${clusterName} sends all control-plane log types to CloudWatch Logs.`)
      : result.fail(`Cluster ${clusterName} does not send these control-plane log types: ${missing.join(', ')}.`)
  },
})
