import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AWS, type EcsTaskDefinitionAttributes } from '../../../normalize/aws/types.js'
import { taskName } from './containers.js'

/** Tasks should not share the container instance's process namespace (pidMode "host"). */
export default defineCheck<EcsTaskDefinitionAttributes>({
  id: 'aws-ecs-task-definition-no-host-pid-mode',
  title: "ECS task definition does not share the host's process namespace",
  resourceType: AWS.ecsTaskDefinition,
  severity: 'medium',
  categories: ['identity'],
  rationale:
    'With pidMode "host" the containers see every process on the container instance, including other tasks\' processes, their ' +
    'command lines and (as root) their environments and memory, which breaks the isolation between tasks.',
  remediation: {
    steps: ['Remove pidMode or set it to "task", and register a new revision.', 'Update the services that use the family.'],
    cli: 'aws ecs register-task-definition --family <family> --pid-mode task --container-definitions file://containers.json',
    terraform: 'aws_ecs_task_definition: remove pid_mode or set pid_mode = "task".',
    references: [
      'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#task_definition_pidmode',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/ecs-controls.html#ecs-3',
    ],
  },
  evaluate(td, result) {
    const mode = known(td.attributes.pidMode, `PID mode of task definition ${taskName(td)}`)
    return mode === 'host'
      ? result.fail(`Task definition ${taskName(td)} sets pidMode "host", so its containers see every process on the instance.`)
      : result.pass(`Task definition ${taskName(td)} does not share the host's process namespace (pidMode ${mode ?? 'not set'}).`)
  },
})
