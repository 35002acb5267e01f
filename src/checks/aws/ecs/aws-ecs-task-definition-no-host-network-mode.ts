import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AWS, type EcsTaskDefinitionAttributes } from '../../../normalize/aws/types.js'
import { taskName } from './containers.js'

/** Tasks should not share the container instance's network namespace (networkMode "host"). */
export default defineCheck<EcsTaskDefinitionAttributes>({
  id: 'aws-ecs-task-definition-no-host-network-mode',
  title: 'ECS task definition does not use the host network mode',
  resourceType: AWS.ecsTaskDefinition,
  severity: 'medium',
  categories: ['network'],
  rationale:
    "In host network mode the containers share the instance's network stack: they can bind any host port, reach services listening " +
    'on localhost and the instance metadata endpoint with the instance role, and bypass per-task security groups.',
  remediation: {
    steps: [
      'Change networkMode to "awsvpc" (own network interface and security group per task) or "bridge", and register a new revision.',
      'Update the services that use the family, adjusting port mappings and load balancer target types as needed.',
    ],
    cli: 'aws ecs register-task-definition --family <family> --network-mode awsvpc --container-definitions file://containers.json',
    terraform: 'aws_ecs_task_definition: network_mode = "awsvpc".',
    references: [
      'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-networking.html',
      'https://docs.aws.amazon.com/AmazonECS/latest/bestpracticesguide/networking-networkmode.html',
    ],
  },
  evaluate(td, result) {
    const mode = known(td.attributes.networkMode, `network mode of task definition ${taskName(td)}`)
    return mode === 'host'
      ? result.fail(`Task definition ${taskName(td)} uses the host network mode, so its containers share the instance's network stack.`)
      : result.pass(`Task definition ${taskName(td)} uses the ${mode ?? 'default (bridge)'} network mode.`)
  },
})
