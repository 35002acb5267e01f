import {
  EKSClient,
  DescribeClusterCommand,
  DescribeNodegroupCommand,
  paginateListClusters,
  paginateListNodegroups,
  type Cluster,
  type Nodegroup,
} from '@aws-sdk/client-eks'
import { mapLimit } from '../limiter.js'
import type { CallResult } from '../collector.js'
import type { AwsCollector } from './module.js'

/** SDK shapes the normalizer reads. */
export type { Cluster as EksCluster, Nodegroup as EksNodegroup } from '@aws-sdk/client-eks'

/** Raw EKS data for one region: each cluster with its description and its managed node groups. */
export interface EksRaw {
  clusters: {
    name: string
    cluster: CallResult<Cluster | null>
    nodegroups: { name: string; nodegroup: CallResult<Nodegroup | null> }[]
  }[]
}

const CLUSTER = 'aws.eks.cluster'
const NODEGROUP = 'aws.eks.nodegroup'
const TYPES = [CLUSTER, NODEGROUP]

/** EKS clusters (endpoint access, secrets encryption, control-plane logging, version) and their managed node groups. */
export const eksCollector: AwsCollector<EksRaw> = {
  service: 'eks',
  scope: 'regional',
  produces: TYPES,
  async collect(ctx, session) {
    const eks = session.client(EKSClient, ctx.region)
    const list = await ctx.paginate(
      'ListClusters',
      (abortSignal) => paginateListClusters({ client: eks }, {}, { abortSignal }),
      (p) => p.clusters,
      {
        affects: TYPES,
      },
    )
    if (!list.ok) return { clusters: [] }
    const clusters = await mapLimit(list.value, 8, async (name) => {
      const [cluster, groups] = await Promise.all([
        ctx.call('DescribeCluster', async (abortSignal) => (await eks.send(new DescribeClusterCommand({ name }), { abortSignal })).cluster ?? null, {
          resource: name,
        }),
        ctx.paginate(
          'ListNodegroups',
          (abortSignal) => paginateListNodegroups({ client: eks }, { clusterName: name }, { abortSignal }),
          (p) => p.nodegroups,
          {
            affects: [NODEGROUP],
          },
        ),
      ])
      const nodegroups = await mapLimit(groups.ok ? groups.value : [], 8, async (nodegroupName) => ({
        name: nodegroupName,
        nodegroup: await ctx.call(
          'DescribeNodegroup',
          async (abortSignal) =>
            (await eks.send(new DescribeNodegroupCommand({ clusterName: name, nodegroupName }), { abortSignal })).nodegroup ?? null,
          { resource: `${name}/${nodegroupName}` },
        ),
      }))
      return { name, cluster, nodegroups }
    })
    return { clusters }
  },
}
