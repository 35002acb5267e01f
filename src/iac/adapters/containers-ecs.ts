/**
 * ECS clusters, task definitions and services from code. Terraform task definitions carry their containers as a
 * JSON string (`container_definitions = jsonencode([...])`, API field names), CloudFormation as a list of
 * PascalCase objects; both are read by one container reader. A new task definition has no revision yet: it is
 * shown as revision 0.
 */
import { isUnknown, unknown, type Maybe } from '../../core/unknown.js'
import {
  AWS,
  type EcsClusterAttributes,
  type EcsContainer,
  type EcsHostVolume,
  type EcsServiceAttributes,
  type EcsTaskDefinitionAttributes,
} from '../../normalize/aws/types.js'
import type { SecretHit } from '../../normalize/secrets.js'
import type { AdaptContext, AdaptedResource, Adapter, IacResource } from '../model.js'
import { block, blocks, bool, cfnTags, list, obj, str, tfTags } from './values.js'
import { idOf, jsonOf, nameOf, objects, relationTo, variableSecrets } from './containers-values.js'

type Values = Readonly<Record<string, unknown>>
type Casing = 'camel' | 'pascal'

/** A container-definition field under the template's casing (`readonlyRootFilesystem` / `ReadonlyRootFilesystem`). */
const key = (name: string, casing: Casing): string => (casing === 'camel' ? name : name.charAt(0).toUpperCase() + name.slice(1))

/** A text field that no check judges (name, image): its value, or a placeholder when known only after apply. */
function label(v: unknown): string {
  const s = str(v, '')
  return isUnknown(s) ? '(known after apply)' : s
}

/** `[{name, value}]` pairs of a container's environment (value may be Unknown). */
function environment(c: Values, casing: Casing): Maybe<{ name: string; value: unknown }[]> {
  const entries = list(c[key('environment', casing)])
  if (isUnknown(entries)) return entries
  const out: { name: string; value: unknown }[] = []
  for (const e of entries) {
    const pair = obj(e)
    if (isUnknown(pair)) return pair
    if (!pair) continue
    const name = str(pair[key('name', casing)], '')
    if (isUnknown(name)) return name
    if (name !== '') out.push({ name, value: pair[key('value', casing)] })
  }
  return out
}

/** Names of `secrets` entries (injected from Secrets Manager / Parameter Store). */
function secretNames(c: Values, casing: Casing): Maybe<string[]> {
  const entries = list(c[key('secrets', casing)])
  if (isUnknown(entries)) return entries
  const out: string[] = []
  for (const e of entries) {
    const pair = obj(e)
    if (isUnknown(pair)) return pair
    const name = pair ? str(pair[key('name', casing)], '') : ''
    if (isUnknown(name)) return name
    if (name !== '') out.push(name)
  }
  return out
}

/** One container definition; defaults are the RegisterTaskDefinition ones (privileged false, writable root, no user). */
function container(raw: unknown, casing: Casing): Maybe<{ c: EcsContainer; env: { name: string; value: unknown }[] }> {
  const c = obj(raw)
  if (isUnknown(c)) return c
  if (!c) return unknown('container definition is not an object')
  const privileged = bool(c[key('privileged', casing)], false)
  const user = str(c[key('user', casing)], null)
  const readonly = bool(c[key('readonlyRootFilesystem', casing)], false)
  const logConfig = obj(c[key('logConfiguration', casing)])
  const logDriver = isUnknown(logConfig) ? logConfig : logConfig ? str(logConfig[key('logDriver', casing)], null) : null
  const env = environment(c, casing)
  const secrets = secretNames(c, casing)
  for (const v of [privileged, user, readonly, logDriver, env, secrets]) if (isUnknown(v)) return v
  const envList = env as { name: string; value: unknown }[]
  return {
    c: {
      name: label(c[key('name', casing)]),
      image: label(c[key('image', casing)]),
      privileged: privileged === true,
      user: user === '' ? null : (user as string | null),
      readonlyRootFilesystem: readonly === true,
      logDriver: logDriver as string | null,
      environmentNames: envList.map((e) => e.name),
      secretNames: secrets as string[],
    },
    env: envList,
  }
}

/** Containers and the credentials in their plain environment. */
function containers(defs: Maybe<unknown>, casing: Casing): { containers: Maybe<EcsContainer[]>; secrets: Maybe<SecretHit[]> } {
  const items = isUnknown(defs) ? defs : list(defs)
  if (isUnknown(items)) return { containers: items, secrets: items }
  const out: EcsContainer[] = []
  const hits: SecretHit[] = []
  let secretsUnknown: Maybe<SecretHit[]> | undefined
  for (const item of items) {
    const read = container(item, casing)
    if (isUnknown(read)) return { containers: read, secrets: read }
    out.push(read.c)
    const found = variableSecrets(read.env, `container ${read.c.name} environment variable`)
    if (isUnknown(found)) secretsUnknown ??= found
    else hits.push(...found)
  }
  return { containers: out, secrets: secretsUnknown ?? hits }
}

function tfTaskDefinition(r: IacResource, ctx: AdaptContext): AdaptedResource<EcsTaskDefinitionAttributes>[] {
  const v = r.values
  const family = nameOf(r, 'family')
  const read = containers(jsonOf(v.container_definitions, 'container_definitions'), 'camel')
  const volumes = blocks(v, 'volume')
  const hostVolumes: Maybe<EcsHostVolume[]> = isUnknown(volumes) ? volumes : hostPaths(volumes.map((b) => ({ name: b.name, path: b.host_path })))
  return [
    {
      type: AWS.ecsTaskDefinition,
      name: `${family}:0`,
      tags: tfTags(v),
      relations: [...relationTo('uses-role', v.task_role_arn, ctx), ...relationTo('uses-role', v.execution_role_arn, ctx)],
      attributes: {
        family,
        revision: 0,
        networkMode: str(v.network_mode, null),
        pidMode: str(v.pid_mode, null),
        containers: read.containers,
        hostVolumes,
        environmentSecrets: read.secrets,
        taskRoleArn: idOf(v.task_role_arn, ctx),
      },
    },
  ]
}

/** Host volumes (a bind mount with a source path); a volume without one is Docker-managed. */
function hostPaths(volumes: { name: unknown; path: unknown }[]): Maybe<EcsHostVolume[]> {
  const out: EcsHostVolume[] = []
  for (const vol of volumes) {
    const path = str(vol.path, null)
    if (isUnknown(path)) return path
    if (path) out.push({ name: label(vol.name), sourcePath: path })
  }
  return out
}

/** CloudFormation volumes: `{ Name, Host: { SourcePath } }`. */
function cfnHostPaths(volumes: readonly Values[]): Maybe<EcsHostVolume[]> {
  const pairs: { name: unknown; path: unknown }[] = []
  for (const vol of volumes) {
    const host = obj(vol.Host)
    if (isUnknown(host)) return host
    pairs.push({ name: vol.Name, path: host?.SourcePath })
  }
  return hostPaths(pairs)
}

function cfnTaskDefinition(r: IacResource, ctx: AdaptContext): AdaptedResource<EcsTaskDefinitionAttributes>[] {
  const v = r.values
  const family = nameOf(r, 'Family')
  const read = containers(v.ContainerDefinitions, 'pascal')
  const volumes = objects(v.Volumes)
  const hostVolumes = isUnknown(volumes) ? volumes : cfnHostPaths(volumes)
  return [
    {
      type: AWS.ecsTaskDefinition,
      name: `${family}:0`,
      tags: cfnTags(v),
      relations: [...relationTo('uses-role', v.TaskRoleArn, ctx), ...relationTo('uses-role', v.ExecutionRoleArn, ctx)],
      attributes: {
        family,
        revision: 0,
        networkMode: str(v.NetworkMode, null),
        pidMode: str(v.PidMode, null),
        containers: read.containers,
        hostVolumes,
        environmentSecrets: read.secrets,
        taskRoleArn: idOf(v.TaskRoleArn, ctx),
      },
    },
  ]
}

/** The containerInsights value among cluster settings; null when the setting is not written. */
function insights(settings: Maybe<readonly unknown[]>, casing: Casing): Maybe<string | null> {
  if (isUnknown(settings)) return settings
  for (const s of settings) {
    const o = obj(s)
    if (isUnknown(o)) return o
    const name = o ? str(o[key('name', casing)], null) : null
    if (isUnknown(name)) return name
    if (name === 'containerInsights') return str(o?.[key('value', casing)], null)
  }
  return null
}

function tfCluster(r: IacResource): AdaptedResource<EcsClusterAttributes>[] {
  const v = r.values
  const clusterName = nameOf(r, 'name')
  const configuration = block(v, 'configuration')
  const exec = isUnknown(configuration) ? configuration : configuration ? block(configuration, 'execute_command_configuration') : null
  const logging = isUnknown(exec) ? exec : exec ? str(exec.logging, 'DEFAULT') : null
  return [
    {
      type: AWS.ecsCluster,
      name: clusterName,
      tags: tfTags(v),
      attributes: { clusterName, containerInsights: insights(blocks(v, 'setting'), 'camel'), execCommandLogging: logging },
    },
  ]
}

function cfnCluster(r: IacResource): AdaptedResource<EcsClusterAttributes>[] {
  const v = r.values
  const clusterName = nameOf(r, 'ClusterName')
  const configuration = obj(v.Configuration)
  const exec = isUnknown(configuration) ? configuration : configuration ? obj(configuration.ExecuteCommandConfiguration) : null
  const logging = isUnknown(exec) ? exec : exec ? str(exec.Logging, 'DEFAULT') : null
  return [
    {
      type: AWS.ecsCluster,
      name: clusterName,
      tags: cfnTags(v),
      attributes: { clusterName, containerInsights: insights(list(v.ClusterSettings), 'pascal'), execCommandLogging: logging },
    },
  ]
}

/** The cluster a service runs in: a declared cluster's uid, a literal name/ARN, or the `default` cluster. */
function clusterOf(v: unknown, ctx: AdaptContext): string {
  const id = idOf(v, ctx)
  return isUnknown(id) ? '(known after apply)' : (id ?? 'default')
}

function service(
  r: IacResource,
  ctx: AdaptContext,
  fields: { name: string; cluster: unknown; taskDefinition: unknown; launchType: unknown; assignPublicIp: Maybe<string | null> },
  tags: Record<string, string>,
): AdaptedResource<EcsServiceAttributes>[] {
  const clusterArn = clusterOf(fields.cluster, ctx)
  const clusterTarget = ctx.resolve(fields.cluster)
  return [
    {
      type: AWS.ecsService,
      name: fields.name,
      tags,
      relations: [
        ...(clusterTarget ? [{ kind: 'in-cluster', target: ctx.uidOf(clusterTarget) }] : []),
        ...relationTo('runs-task-definition', fields.taskDefinition, ctx),
      ],
      attributes: {
        serviceName: fields.name,
        clusterArn,
        launchType: str(fields.launchType, null),
        assignPublicIp: fields.assignPublicIp,
        taskDefinition: idOf(fields.taskDefinition, ctx),
      },
    },
  ]
}

function tfService(r: IacResource, ctx: AdaptContext): AdaptedResource<EcsServiceAttributes>[] {
  const v = r.values
  const net = block(v, 'network_configuration')
  // assign_public_ip defaults to false (registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ecs_service).
  const assign = isUnknown(net) ? net : net ? bool(net.assign_public_ip, false) : null
  const assignPublicIp = isUnknown(assign) ? assign : assign === null ? null : assign ? 'ENABLED' : 'DISABLED'
  return service(
    r,
    ctx,
    { name: nameOf(r, 'name'), cluster: v.cluster, taskDefinition: v.task_definition, launchType: v.launch_type, assignPublicIp },
    tfTags(v),
  )
}

function cfnService(r: IacResource, ctx: AdaptContext): AdaptedResource<EcsServiceAttributes>[] {
  const v = r.values
  const net = obj(v.NetworkConfiguration)
  const awsvpc = isUnknown(net) ? net : net ? obj(net.AwsvpcConfiguration) : null
  // AssignPublicIp defaults to DISABLED (AWS::ECS::Service AwsVpcConfiguration).
  const assignPublicIp = isUnknown(awsvpc) ? awsvpc : awsvpc ? str(awsvpc.AssignPublicIp, 'DISABLED') : null
  return service(
    r,
    ctx,
    { name: nameOf(r, 'ServiceName'), cluster: v.Cluster, taskDefinition: v.TaskDefinition, launchType: v.LaunchType, assignPublicIp },
    cfnTags(v),
  )
}

/** ECS adapters (Terraform and CloudFormation). */
export const ecsAdapters: Adapter[] = [
  { language: 'terraform', types: ['aws_ecs_cluster'], produces: [AWS.ecsCluster], adapt: tfCluster },
  { language: 'terraform', types: ['aws_ecs_task_definition'], produces: [AWS.ecsTaskDefinition], adapt: tfTaskDefinition },
  { language: 'terraform', types: ['aws_ecs_service'], produces: [AWS.ecsService], adapt: tfService },
  { language: 'cloudformation', types: ['AWS::ECS::Cluster'], produces: [AWS.ecsCluster], adapt: cfnCluster },
  { language: 'cloudformation', types: ['AWS::ECS::TaskDefinition'], produces: [AWS.ecsTaskDefinition], adapt: cfnTaskDefinition },
  { language: 'cloudformation', types: ['AWS::ECS::Service'], produces: [AWS.ecsService], adapt: cfnService },
]
