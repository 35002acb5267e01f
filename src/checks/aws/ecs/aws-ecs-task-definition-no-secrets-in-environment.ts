import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type EcsTaskDefinitionAttributes } from '../../../normalize/aws/types.js'
import { secretsVerdict } from '../../_shared/secrets.js'
import { taskName } from './containers.js'

/** Credentials belong in `secrets` (Secrets Manager or Parameter Store references), not in plain environment variables. */
export default defineCheck<EcsTaskDefinitionAttributes>({
  id: 'aws-ecs-task-definition-no-secrets-in-environment',
  title: 'ECS task definition has no credentials in container environment variables',
  resourceType: AWS.ecsTaskDefinition,
  severity: 'critical',
  categories: ['secrets'],
  rationale:
    'Plain environment variables are part of the task definition: anyone allowed ecs:DescribeTaskDefinition, and every tool that ' +
    'exports task definitions, reads them in clear text, and they stay in every old revision; a credential there is already disclosed.',
  remediation: {
    steps: [
      'Store the value in AWS Secrets Manager or SSM Parameter Store (SecureString) and rotate it, since it has been exposed.',
      'Replace the environment entry with a "secrets" entry whose valueFrom is the secret or parameter ARN, and allow the task execution role to read it.',
      'Register the new revision, update the services, and deregister the revisions that contain the value.',
    ],
    cli: 'aws ecs register-task-definition --cli-input-json file://task-definition-with-secrets-valueFrom.json',
    terraform:
      'aws_ecs_task_definition: in container_definitions move the variable from "environment" to "secrets": [{ "name": ..., "valueFrom": <aws_secretsmanager_secret ARN> }].',
    references: [
      'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/specifying-sensitive-data.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/ecs-controls.html#ecs-8',
    ],
  },
  evaluate: (td, result) => secretsVerdict(td.attributes.environmentSecrets, `the container environment of task definition ${taskName(td)}`, result),
})
