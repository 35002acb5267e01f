import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type EcsTaskDefinitionAttributes } from '../../../normalize/aws/types.js'
import { containersVerdict } from './containers.js'

/** Containers should mount their root filesystem read-only, writing only to declared volumes. */
export default defineCheck<EcsTaskDefinitionAttributes>({
  id: 'aws-ecs-task-definition-read-only-root-filesystem',
  title: 'ECS task definition containers have a read-only root filesystem',
  resourceType: AWS.ecsTaskDefinition,
  severity: 'medium',
  categories: ['identity'],
  rationale:
    'With a writable root filesystem, an attacker who gets code execution in the container can drop tools, alter binaries or ' +
    'configuration and persist until the task is replaced; a read-only root limits writes to the volumes the task declares.',
  remediation: {
    steps: [
      'Set "readonlyRootFilesystem": true in each container definition.',
      'Give paths the application must write (such as /tmp) their own volume and mount point, then register a new revision.',
    ],
    cli: 'aws ecs register-task-definition --cli-input-json file://task-definition-readonly-root.json',
    terraform: 'aws_ecs_task_definition: in container_definitions set "readonlyRootFilesystem": true for every container.',
    references: [
      'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#container_definition_storage',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/ecs-controls.html#ecs-5',
    ],
  },
  evaluate: (td, result) =>
    containersVerdict(
      td,
      result,
      (c) => (c.readonlyRootFilesystem ? undefined : 'has a writable root filesystem'),
      'every container has a read-only root filesystem.',
    ),
})
