import {
  RedshiftClient,
  paginateDescribeClusters,
  paginateDescribeClusterParameters,
  DescribeLoggingStatusCommand,
  type Cluster,
  type LoggingStatus,
  type Parameter,
} from '@aws-sdk/client-redshift'
import { mapLimit } from '../limiter.js'
import type { CallResult } from '../collector.js'
import { partitionOf } from './ec2-arn.js'
import type { AwsCollector } from './module.js'

export type { Cluster, LoggingStatus, Parameter }

/** Raw Redshift data for one region: clusters with their logging status, and the parameters of each parameter group they use. */
export interface RedshiftRaw {
  clusters: { cluster: Cluster; logging: CallResult<LoggingStatus | null> }[]
  /** Parameter group name → its parameters (only require_ssl is kept). */
  parameterGroups: Record<string, CallResult<Parameter[]>>
}

const TYPES = ['aws.redshift.cluster']

/** The documented ARN of a provisioned cluster (Redshift API reference, "Amazon Redshift resource ARNs"). */
export function redshiftClusterArn(region: string, account: string, id: string): string {
  return `arn:${partitionOf(region)}:redshift:${region}:${account}:cluster:${id}`
}

/** Redshift provisioned clusters, their audit logging status and the require_ssl setting of their parameter groups. */
export const redshiftCollector: AwsCollector<RedshiftRaw> = {
  service: 'redshift',
  scope: 'regional',
  produces: TYPES,
  async collect(ctx, session) {
    const rs = session.client(RedshiftClient, ctx.region)
    const list = await ctx.paginate(
      'DescribeClusters',
      (abortSignal) => paginateDescribeClusters({ client: rs }, {}, { abortSignal }),
      (p) => p.Clusters,
      { affects: TYPES },
    )
    if (!list.ok) return { clusters: [], parameterGroups: {} }
    const clusters = await mapLimit(list.value, 8, async (cluster) => ({
      cluster,
      logging: await ctx.call(
        'DescribeLoggingStatus',
        async (abortSignal) => await rs.send(new DescribeLoggingStatusCommand({ ClusterIdentifier: cluster.ClusterIdentifier }), { abortSignal }),
        { resource: redshiftClusterArn(ctx.region, ctx.account, cluster.ClusterIdentifier ?? '') },
      ),
    }))
    const groupNames = [
      ...new Set(list.value.flatMap((c) => (c.ClusterParameterGroups ?? []).map((g) => g.ParameterGroupName).filter((n): n is string => !!n))),
    ]
    const groups = await mapLimit(groupNames, 8, async (name) => {
      const params = await ctx.paginate(
        'DescribeClusterParameters',
        (abortSignal) => paginateDescribeClusterParameters({ client: rs }, { ParameterGroupName: name }, { abortSignal }),
        (p) => p.Parameters?.filter((x) => x.ParameterName === 'require_ssl'),
        { resource: name },
      )
      return [name, params] as const
    })
    return { clusters, parameterGroups: Object.fromEntries(groups) }
  },
}
