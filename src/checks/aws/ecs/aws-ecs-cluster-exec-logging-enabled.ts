import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AWS, type EcsClusterAttributes } from '../../../normalize/aws/types.js'

/** ECS Exec sessions should be logged (logging DEFAULT or OVERRIDE), not explicitly turned off (NONE). */
export default defineCheck<EcsClusterAttributes>({
  id: 'aws-ecs-cluster-exec-logging-enabled',
  title: 'ECS cluster does not turn off logging of ECS Exec sessions',
  resourceType: AWS.ecsCluster,
  severity: 'medium',
  categories: ['logging'],
  rationale:
    'ECS Exec opens interactive shells in running containers; with its logging set to NONE, the commands typed in those sessions are ' +
    'recorded nowhere, so hands-on activity inside production tasks leaves no audit trail beyond the ExecuteCommand API call.',
  remediation: {
    steps: [
      "Set the cluster's executeCommandConfiguration logging to DEFAULT (the task's awslogs configuration) or OVERRIDE with a CloudWatch Logs group or S3 bucket.",
    ],
    cli: 'aws ecs update-cluster --cluster <cluster> --configuration "executeCommandConfiguration={logging=DEFAULT}"',
    terraform: 'aws_ecs_cluster: configuration { execute_command_configuration { logging = "DEFAULT" } } (or "OVERRIDE" with log_configuration).',
    references: ['https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-exec.html'],
  },
  evaluate(cluster, result) {
    const { clusterName } = cluster.attributes
    const logging = known(cluster.attributes.execCommandLogging, `ECS Exec configuration of cluster ${clusterName}`)
    if (logging === 'NONE') return result.fail(`Cluster ${clusterName} sets ECS Exec logging to NONE, so exec session commands are not recorded.`)
    return result.pass(`Cluster ${clusterName} logs ECS Exec sessions (logging ${logging ?? 'DEFAULT, not configured'}).`)
  },
})
