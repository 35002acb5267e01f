import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AWS, type EcsClusterAttributes } from '../../../normalize/aws/types.js'

/** Container Insights collects per-task and per-service metrics and performance events. */
export default defineCheck<EcsClusterAttributes>({
  id: 'aws-ecs-cluster-container-insights-enabled',
  title: 'ECS cluster has CloudWatch Container Insights enabled',
  resourceType: AWS.ecsCluster,
  severity: 'low',
  categories: ['logging'],
  rationale:
    'Container Insights records CPU, memory, network and restart metrics per task and service; without it, unexpected workloads ' +
    '(such as crypto-mining in a compromised task) and failing tasks are much harder to spot and investigate.',
  remediation: {
    steps: [
      'Turn on the containerInsights setting of the cluster (enabled, or enhanced for per-container detail).',
      'Optionally set the account default with aws ecs put-account-setting-default so new clusters get it.',
    ],
    cli: 'aws ecs update-cluster-settings --cluster <cluster> --settings name=containerInsights,value=enabled',
    terraform: 'aws_ecs_cluster: setting { name = "containerInsights" value = "enabled" }.',
    references: [
      'https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/ContainerInsights.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/ecs-controls.html#ecs-12',
    ],
  },
  evaluate(cluster, result) {
    const { clusterName } = cluster.attributes
    const value = known(cluster.attributes.containerInsights, `Container Insights setting of cluster ${clusterName}`)
    return value === 'enabled' || value === 'enhanced'
      ? result.pass(`Cluster ${clusterName} has Container Insights ${value}.`)
      : result.fail(
          `Cluster ${clusterName} has Container Insights ${value === null ? 'not set (off unless the account default enables it)' : value}.`,
        )
  },
})
