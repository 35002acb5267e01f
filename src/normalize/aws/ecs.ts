import type { Relation, Resource } from '../../core/resource.js'
import { unknown, type Maybe } from '../../core/unknown.js'
import type { CallResult } from '../../collect/collector.js'
import { taskDefinitionRef, type Cluster, type ContainerDefinition, type EcsRaw, type Service, type TaskDefinition } from '../../collect/aws/ecs.js'
import { findSecretsInVariables } from '../secrets.js'
import { AWS, type EcsClusterAttributes, type EcsContainer, type EcsServiceAttributes, type EcsTaskDefinitionAttributes } from './types.js'
import { awsResource, type NormalizeScope } from './helpers.js'

/** Reads attributes from a describe answer: Unknown when the call failed or the answer did not include the item. */
function reader<T>(r: CallResult<T | null>, api: string): <V>(pick: (item: T) => V) => Maybe<V> {
  return (pick) => {
    if (!r.ok) return unknown(`${api}: ${r.reason}`)
    if (r.value === null) return unknown(`${api}: not returned (deleted while scanning, or listed under failures)`)
    return pick(r.value)
  }
}

/** ECS tags ([{key, value}], lowercase) to a record. */
function ecsTags(tags: readonly { key?: string | undefined; value?: string | undefined }[] | undefined): Record<string, string> {
  const out: Record<string, string> = {}
  for (const t of tags ?? []) if (t.key) out[t.key] = t.value ?? ''
  return out
}

/** The last path segment of an ARN (`.../name`). */
const lastSegment = (arn: string): string => arn.slice(arn.lastIndexOf('/') + 1)

function cluster(arn: string, r: CallResult<Cluster | null>, scope: NormalizeScope): Resource<EcsClusterAttributes> {
  const read = reader(r, 'ecs:DescribeClusters')
  const name = (r.ok && r.value?.clusterName) || lastSegment(arn)
  return awsResource<EcsClusterAttributes>({
    uid: arn,
    type: AWS.ecsCluster,
    account: scope.account,
    region: scope.region,
    name,
    tags: r.ok && r.value ? ecsTags(r.value.tags) : {},
    attributes: {
      clusterName: name,
      containerInsights: read((c) => c.settings?.find((s) => s.name === 'containerInsights')?.value ?? null),
      execCommandLogging: read((c) => c.configuration?.executeCommandConfiguration?.logging ?? null),
    },
  })
}

/** One container definition → its security settings; environment values are dropped here. */
function container(c: ContainerDefinition): EcsContainer {
  return {
    name: c.name ?? '',
    image: c.image ?? '',
    privileged: c.privileged ?? false,
    user: c.user || null,
    readonlyRootFilesystem: c.readonlyRootFilesystem ?? false,
    logDriver: c.logConfiguration?.logDriver ?? null,
    environmentNames: (c.environment ?? []).map((e) => e.name ?? '').filter(Boolean),
    secretNames: (c.secrets ?? []).map((s) => s.name ?? '').filter(Boolean),
  }
}

/** Secrets in every container's plain environment, located as `container <name> environment variable <VAR>`. */
function environmentSecrets(td: TaskDefinition): EcsTaskDefinitionAttributes['environmentSecrets'] {
  return (td.containerDefinitions ?? []).flatMap((c) =>
    findSecretsInVariables(
      (c.environment ?? []).map((e) => ({ name: e.name ?? '', value: e.value ?? '' })),
      `container ${c.name ?? ''} environment variable`,
    ),
  )
}

function taskDefinition(arn: string, r: CallResult<TaskDefinition | null>, scope: NormalizeScope): Resource<EcsTaskDefinitionAttributes> {
  const read = reader(r, 'ecs:DescribeTaskDefinition')
  const { family, revision } = taskDefinitionRef(arn)
  const roles = r.ok && r.value ? [r.value.taskRoleArn, r.value.executionRoleArn].filter((a): a is string => !!a) : []
  return awsResource<EcsTaskDefinitionAttributes>({
    uid: arn,
    type: AWS.ecsTaskDefinition,
    account: scope.account,
    region: scope.region,
    name: `${family}:${revision}`,
    relations: [...new Set(roles)].map((target): Relation => ({ kind: 'uses-role', target })),
    attributes: {
      family,
      revision,
      networkMode: read((td) => td.networkMode ?? null),
      pidMode: read((td) => td.pidMode ?? null),
      containers: read((td) => (td.containerDefinitions ?? []).map(container)),
      hostVolumes: read((td) =>
        (td.volumes ?? []).flatMap((v) => (v.host?.sourcePath ? [{ name: v.name ?? '', sourcePath: v.host.sourcePath }] : [])),
      ),
      environmentSecrets: read(environmentSecrets),
      taskRoleArn: read((td) => td.taskRoleArn ?? null),
    },
  })
}

function service(arn: string, clusterArn: string, r: CallResult<Service | null>, scope: NormalizeScope): Resource<EcsServiceAttributes> {
  const read = reader(r, 'ecs:DescribeServices')
  const name = (r.ok && r.value?.serviceName) || lastSegment(arn)
  const taskDefinitionArn = r.ok ? r.value?.taskDefinition : undefined
  return awsResource<EcsServiceAttributes>({
    uid: arn,
    type: AWS.ecsService,
    account: scope.account,
    region: scope.region,
    name,
    tags: r.ok && r.value ? ecsTags(r.value.tags) : {},
    relations: [
      { kind: 'in-cluster', target: clusterArn },
      ...(taskDefinitionArn ? [{ kind: 'runs-task-definition', target: taskDefinitionArn }] : []),
    ],
    attributes: {
      serviceName: name,
      clusterArn,
      launchType: read((s) => s.launchType ?? null),
      assignPublicIp: read(
        (s) => s.networkConfiguration?.awsvpcConfiguration?.assignPublicIp ?? (s.networkConfiguration?.awsvpcConfiguration ? 'DISABLED' : null),
      ),
      taskDefinition: read((s) => s.taskDefinition ?? null),
    },
  })
}

/** ECS raw data of one region → clusters, task definitions (latest ACTIVE revision per family) and services. */
export function normalizeEcs(raw: EcsRaw, scope: NormalizeScope): Resource[] {
  return [
    ...raw.clusters.map((c) => cluster(c.arn, c.cluster, scope)),
    ...raw.taskDefinitions.map((t) => taskDefinition(t.arn, t.definition, scope)),
    ...raw.services.map((s) => service(s.arn, s.clusterArn, s.service, scope)),
  ]
}
