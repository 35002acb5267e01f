import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type EcsTaskDefinitionAttributes } from '../../../normalize/aws/types.js'
import { containersVerdict } from './containers.js'

/** True when a `user` value (user, user:group, uid, uid:gid) names the root user. */
export function isRootUser(user: string): boolean {
  const name = user.split(':')[0]!.trim()
  return name === 'root' || name === '0'
}

/** Every container should run as a named non-root user rather than the image default (root unless the image says otherwise). */
export default defineCheck<EcsTaskDefinitionAttributes>({
  id: 'aws-ecs-task-definition-non-root-user',
  title: 'ECS task definition containers run as a non-root user',
  resourceType: AWS.ecsTaskDefinition,
  severity: 'medium',
  categories: ['identity'],
  rationale:
    "Without a `user`, a container runs as the image's user, which is root for most images; root inside the container can modify " +
    "the image's files, use the capabilities Docker grants by default, and is one kernel or runtime flaw away from root on the host.",
  remediation: {
    steps: [
      'Set "user" in each container definition to a non-root user or UID (for example "1000:1000") that the image supports.',
      'Make the files the application writes owned by that user in the image, then register a new task definition revision.',
    ],
    cli: 'aws ecs register-task-definition --cli-input-json file://task-definition-with-user.json',
    terraform: 'aws_ecs_task_definition: in container_definitions set "user": "1000:1000" (any non-root UID) for every container.',
    references: [
      'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#container_definition_security',
      'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/security-tasks-containers.html',
    ],
  },
  evaluate: (td, result) =>
    containersVerdict(
      td,
      result,
      (c) =>
        c.user === null ? 'no user set, so the image default (usually root) applies' : isRootUser(c.user) ? `user "${c.user}" is root` : undefined,
      'every container runs as a non-root user.',
    ),
})
