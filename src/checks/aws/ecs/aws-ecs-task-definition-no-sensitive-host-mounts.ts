import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AWS, type EcsTaskDefinitionAttributes } from '../../../normalize/aws/types.js'
import { taskName } from './containers.js'

/** Host paths that hand a container control of the instance: the root, system configuration, kernel interfaces, runtime sockets. */
const SENSITIVE = ['/etc', '/root', '/proc', '/sys', '/boot', '/dev', '/var/lib/docker', '/var/lib/containerd', '/var/lib/ecs']
const SOCKETS = /(?:^|\/)(?:docker|containerd|crio)\.sock$/

/** Why a host path is sensitive, or undefined. */
export function sensitivePath(path: string): string | undefined {
  const p = path.replace(/\/+$/, '') || '/'
  if (p === '/') return 'the host root filesystem'
  if (SOCKETS.test(p) || p === '/var/run' || p === '/run') return 'the container runtime socket'
  const hit = SENSITIVE.find((s) => p === s || p.startsWith(`${s}/`))
  return hit ? `host ${hit}` : undefined
}

/** Task volumes should not bind-mount sensitive paths of the container instance. */
export default defineCheck<EcsTaskDefinitionAttributes>({
  id: 'aws-ecs-task-definition-no-sensitive-host-mounts',
  title: 'ECS task definition mounts no sensitive host paths into containers',
  resourceType: AWS.ecsTaskDefinition,
  severity: 'high',
  categories: ['identity'],
  rationale:
    'A bind mount of the Docker socket, the host root, /etc, /proc or the runtime state gives the container the same control of the ' +
    "instance as privileged mode: one compromised application can start privileged containers, edit host files or read other tasks' data.",
  remediation: {
    steps: [
      'Remove the volumes whose host.sourcePath is a sensitive path (and their mountPoints), and register a new revision.',
      'Use task-scoped storage instead: Docker volumes, EFS volumes or ephemeral storage.',
    ],
    cli: 'aws ecs register-task-definition --cli-input-json file://task-definition-without-host-mounts.json',
    terraform: 'aws_ecs_task_definition: remove volume { host_path = ... } blocks that point at sensitive host paths.',
    references: [
      'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/bind-mounts.html',
      'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/security-tasks-containers.html',
    ],
  },
  evaluate(td, result) {
    const volumes = known(td.attributes.hostVolumes, `volumes of task definition ${taskName(td)}`)
    const found = volumes.flatMap((v) => {
      const why = sensitivePath(v.sourcePath)
      return why ? [`${v.name} → ${v.sourcePath} (${why})`] : []
    })
    return found.length === 0
      ? result.pass(`Task definition ${taskName(td)} bind-mounts no sensitive host path (${volumes.length} host volume(s)).`)
      : result.fail(`Task definition ${taskName(td)} bind-mounts sensitive host paths: ${found.join(', ')}.`)
  },
})
