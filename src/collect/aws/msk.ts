import { KafkaClient, paginateListClustersV2, type Cluster } from '@aws-sdk/client-kafka'
import { listOf } from '../list-of.js'
import type { AwsCollector } from './module.js'

export type { Cluster as MskClusterInfo }

/** Raw MSK data for one region: ListClustersV2 returns every cluster's full description. */
export interface MskRaw {
  clusters: Cluster[]
}

const CLUSTER = 'aws.msk.cluster'

/** MSK clusters (provisioned and serverless) with encryption, authentication, connectivity and logging settings. */
export const mskCollector: AwsCollector<MskRaw> = {
  service: 'msk',
  scope: 'regional',
  produces: [CLUSTER],
  async collect(ctx, session) {
    const client = session.client(KafkaClient, ctx.region)
    const clusters = await listOf(
      ctx,
      'ListClustersV2',
      CLUSTER,
      (abortSignal) => paginateListClustersV2({ client, pageSize: 100 }, {}, { abortSignal }),
      (p) => p.ClusterInfoList,
    )
    return { clusters }
  },
}
