import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type EcsTaskDefinitionAttributes } from '../../../normalize/aws/types.js'
import { containersVerdict } from './containers.js'

/** Every container should send its output somewhere (logConfiguration with a log driver). */
export default defineCheck<EcsTaskDefinitionAttributes>({
  id: 'aws-ecs-task-definition-logging-configured',
  title: 'ECS task definition configures logging for every container',
  resourceType: AWS.ecsTaskDefinition,
  severity: 'medium',
  categories: ['logging'],
  rationale:
    'A container without a log configuration keeps its output only on the container instance (or nowhere on Fargate), so the ' +
    "application's errors and the traces of an intrusion disappear with the task.",
  remediation: {
    steps: [
      'Add a logConfiguration to each container definition, for example the awslogs driver with a CloudWatch Logs group, or awsfirelens.',
      'Register a new revision and update the services that use the family.',
    ],
    cli: 'aws ecs register-task-definition --cli-input-json file://task-definition-with-awslogs.json',
    terraform:
      'aws_ecs_task_definition: in container_definitions add "logConfiguration": { "logDriver": "awslogs", "options": { "awslogs-group": ..., "awslogs-region": ..., "awslogs-stream-prefix": ... } }.',
    references: [
      'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/using_awslogs.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/ecs-controls.html#ecs-9',
    ],
  },
  evaluate: (td, result) =>
    containersVerdict(td, result, (c) => (c.logDriver === null ? 'has no log configuration' : undefined), 'every container has a log configuration.'),
})
