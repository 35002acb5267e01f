import { RDSClient, paginateDescribeDBClusters, type DBCluster } from '@aws-sdk/client-rds'
import type { AwsCollector } from './module.js'

export type { DBCluster }

/** Raw DB clusters of one region (Aurora, Multi-AZ DB clusters, DocumentDB and Neptune share the RDS API). */
export interface RdsClustersRaw {
  clusters: DBCluster[]
}

/** Every engine's clusters come from one list call, so its failure leaves all three types incomplete. */
const TYPES = ['aws.rds.db-cluster', 'aws.documentdb.cluster', 'aws.neptune.cluster']

/**
 * DB clusters through DescribeDBClusters: Engine 'docdb' is DocumentDB, 'neptune' is Neptune, the rest are RDS
 * (Aurora and Multi-AZ DB clusters). Cluster snapshots are collected by the rds collector (aws.rds.db-snapshot).
 */
export const rdsClustersCollector: AwsCollector<RdsClustersRaw> = {
  service: 'rds-clusters',
  scope: 'regional',
  produces: TYPES,
  async collect(ctx, session) {
    const rds = session.client(RDSClient, ctx.region)
    const r = await ctx.paginate(
      'DescribeDBClusters',
      (abortSignal) => paginateDescribeDBClusters({ client: rds }, {}, { abortSignal }),
      (p) => p.DBClusters,
      { affects: TYPES },
    )
    return { clusters: r.ok ? r.value : [] }
  },
}
