import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type EcsTaskDefinitionAttributes } from '../../../normalize/aws/types.js'
import { containersVerdict } from './containers.js'

/** No container of an ECS task definition should run privileged (root on the container instance). */
export default defineCheck<EcsTaskDefinitionAttributes>({
  id: 'aws-ecs-task-definition-no-privileged-containers',
  title: 'ECS task definition runs no container in privileged mode',
  resourceType: AWS.ecsTaskDefinition,
  severity: 'high',
  categories: ['identity'],
  rationale:
    'A privileged container gets every Linux capability and access to all host devices, so whoever compromises the application ' +
    'in it (one vulnerable dependency is enough) can take over the container instance, read the other tasks on it and use the ' +
    'instance role.',
  remediation: {
    steps: [
      'Remove "privileged": true from the container definitions and register a new revision of the task definition.',
      'If the container needs one specific capability, grant only that one with linuxParameters.capabilities.add.',
      'Update the services that use the family to the new revision and deregister the old revisions.',
    ],
    cli: 'aws ecs register-task-definition --cli-input-json file://task-definition-without-privileged.json',
    terraform: 'aws_ecs_task_definition: in container_definitions set "privileged": false (or omit it) for every container.',
    references: [
      'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#container_definition_security',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/ecs-controls.html#ecs-4',
    ],
  },
  evaluate: (td, result) =>
    containersVerdict(td, result, (c) => (c.privileged ? 'runs privileged' : undefined), 'no container runs in privileged mode.'),
})
