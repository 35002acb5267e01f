import {
  ECSClient,
  DescribeClustersCommand,
  DescribeServicesCommand,
  DescribeTaskDefinitionCommand,
  paginateListClusters,
  paginateListServices,
  paginateListTaskDefinitions,
  type Cluster,
  type Service,
  type TaskDefinition,
} from '@aws-sdk/client-ecs'
import { mapLimit } from '../limiter.js'
import type { CallResult, CollectContext } from '../collector.js'
import type { AwsCollector } from './module.js'

/** SDK shapes the normalizer reads. */
export type { Cluster, Service, TaskDefinition, ContainerDefinition } from '@aws-sdk/client-ecs'

/**
 * A batch Describe* answer for one item: the item (null = the API listed it under `failures`, e.g. MISSING), or the
 * failure of the whole batch call.
 */
export type BatchItem<T> = CallResult<T | null>

/** Raw ECS data for one region. */
export interface EcsRaw {
  clusters: { arn: string; cluster: BatchItem<Cluster> }[]
  /** The latest ACTIVE revision of each task definition family. */
  taskDefinitions: { arn: string; definition: CallResult<TaskDefinition | null> }[]
  services: { arn: string; clusterArn: string; service: BatchItem<Service> }[]
}

const CLUSTER = 'aws.ecs.cluster'
const TASK_DEFINITION = 'aws.ecs.task-definition'
const SERVICE = 'aws.ecs.service'
const TYPES = [CLUSTER, TASK_DEFINITION, SERVICE]

/** Splits `items` into chunks of at most `size` (batch Describe* calls take 100 clusters or 10 services). */
export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out
}

/**
 * Runs a batch describe over `keys` in chunks and maps every key to its item: the item, null when the answer omits it,
 * or the chunk's failure. `keyOf` names the key each returned item answers for.
 */
export async function describeInBatches<T>(
  ctx: CollectContext,
  api: string,
  keys: readonly string[],
  size: number,
  describe: (chunk: string[], abortSignal: AbortSignal) => Promise<T[] | undefined>,
  keyOf: (item: T) => string | undefined,
): Promise<Map<string, BatchItem<T>>> {
  const out = new Map<string, BatchItem<T>>()
  await mapLimit(chunks(keys, size), 8, async (chunk) => {
    const r = await ctx.call(api, async (abortSignal) => (await describe(chunk, abortSignal)) ?? [], { resource: chunk.join(', ') })
    const byKey = new Map((r.ok ? (r.value ?? []) : []).map((item) => [keyOf(item), item]))
    for (const key of chunk) out.set(key, r.ok ? { ok: true, value: byKey.get(key) ?? null } : r)
  })
  return out
}

/** `family` and `revision` of a task definition ARN (`arn:...:task-definition/<family>:<revision>`). */
export function taskDefinitionRef(arn: string): { family: string; revision: number } {
  const tail = arn.slice(arn.lastIndexOf('/') + 1)
  const colon = tail.lastIndexOf(':')
  return colon < 0 ? { family: tail, revision: 0 } : { family: tail.slice(0, colon), revision: Number(tail.slice(colon + 1)) || 0 }
}

/** The highest revision of each family among ACTIVE task definition ARNs (older revisions are not collected). */
export function latestRevisions(arns: readonly string[]): string[] {
  const best = new Map<string, { arn: string; revision: number }>()
  for (const arn of arns) {
    const { family, revision } = taskDefinitionRef(arn)
    const seen = best.get(family)
    if (!seen || revision > seen.revision) best.set(family, { arn, revision })
  }
  return [...best.values()].map((b) => b.arn)
}

/** Services of every cluster, each with its DescribeServices answer (10 per call, the API maximum). */
async function collectServices(ctx: CollectContext, ecs: ECSClient, clusterArns: readonly string[]): Promise<EcsRaw['services']> {
  const perCluster = await mapLimit(clusterArns, 8, async (clusterArn) => {
    const list = await ctx.paginate(
      'ListServices',
      (abortSignal) => paginateListServices({ client: ecs }, { cluster: clusterArn }, { abortSignal }),
      (p) => p.serviceArns,
      { affects: [SERVICE] },
    )
    if (!list.ok) return []
    const described = await describeInBatches(
      ctx,
      'DescribeServices',
      list.value,
      10,
      async (chunk, abortSignal) =>
        (await ecs.send(new DescribeServicesCommand({ cluster: clusterArn, services: chunk, include: ['TAGS'] }), { abortSignal })).services,
      (s) => s.serviceArn,
    )
    return list.value.map((arn) => ({ arn, clusterArn, service: described.get(arn)! }))
  })
  return perCluster.flat()
}

/** ECS clusters (settings and ECS Exec configuration), the latest ACTIVE revision of each task definition family, and services. */
export const ecsCollector: AwsCollector<EcsRaw> = {
  service: 'ecs',
  scope: 'regional',
  produces: TYPES,
  async collect(ctx, session) {
    const ecs = session.client(ECSClient, ctx.region)
    const [clusterList, taskDefinitionList] = await Promise.all([
      ctx.paginate(
        'ListClusters',
        (abortSignal) => paginateListClusters({ client: ecs }, {}, { abortSignal }),
        (p) => p.clusterArns,
        { affects: [CLUSTER, SERVICE] },
      ),
      ctx.paginate(
        'ListTaskDefinitions',
        (abortSignal) => paginateListTaskDefinitions({ client: ecs }, { status: 'ACTIVE' }, { abortSignal }),
        (p) => p.taskDefinitionArns,
        { affects: [TASK_DEFINITION] },
      ),
    ])
    const clusterArns = clusterList.ok ? clusterList.value : []
    const [described, taskDefinitions, services] = await Promise.all([
      describeInBatches(
        ctx,
        'DescribeClusters',
        clusterArns,
        100,
        async (chunk, abortSignal) =>
          (await ecs.send(new DescribeClustersCommand({ clusters: chunk, include: ['SETTINGS', 'CONFIGURATIONS', 'TAGS'] }), { abortSignal }))
            .clusters,
        (c) => c.clusterArn,
      ),
      mapLimit(latestRevisions(taskDefinitionList.ok ? taskDefinitionList.value : []), 8, async (arn) => ({
        arn,
        definition: await ctx.call(
          'DescribeTaskDefinition',
          async (abortSignal) => (await ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition: arn }), { abortSignal })).taskDefinition ?? null,
          { resource: arn },
        ),
      })),
      collectServices(ctx, ecs, clusterArns),
    ])
    return { clusters: clusterArns.map((arn) => ({ arn, cluster: described.get(arn)! })), taskDefinitions, services }
  },
}
