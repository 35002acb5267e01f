import {
  RDSClient,
  DescribeDBClusterSnapshotAttributesCommand,
  DescribeDBSnapshotAttributesCommand,
  paginateDescribeDBClusterSnapshots,
  paginateDescribeDBInstances,
  paginateDescribeDBSnapshots,
  type DBClusterSnapshot,
  type DBInstance,
  type DBSnapshot,
} from '@aws-sdk/client-rds'
import { mapLimit } from '../limiter.js'
import type { CallResult, CollectContext } from '../collector.js'
import type { AwsCollector } from './module.js'

/** SDK shapes the normalizer reads (normalize/ does not import SDKs itself). */
export type { DBClusterSnapshot, DBInstance, DBSnapshot } from '@aws-sdk/client-rds'

/** A snapshot attribute as DescribeDB(Cluster)SnapshotAttributes returns it ('restore' lists who may restore). */
export interface RdsSnapshotAttribute {
  AttributeName?: string | undefined
  AttributeValues?: string[] | undefined
}

/** Raw RDS data of one region; failed list calls leave an empty list (and a recorded error). */
export interface RdsRaw {
  instances: DBInstance[]
  snapshots: { snapshot: DBSnapshot; attributes: CallResult<RdsSnapshotAttribute[] | null> }[]
  clusterSnapshots: { snapshot: DBClusterSnapshot; attributes: CallResult<RdsSnapshotAttribute[] | null> }[]
}

const INSTANCE = 'aws.rds.db-instance'
const SNAPSHOT = 'aws.rds.db-snapshot'
const TYPES = [INSTANCE, SNAPSHOT]

/** Per-snapshot attribute calls in flight at once (the runner's limiter still caps calls per service and region). */
const ATTRIBUTE_CONCURRENCY = 8

/** Automated snapshots cannot be shared, so they have no 'restore' attribute to read (RDS user guide, "Sharing a DB snapshot"). */
const NOT_SHAREABLE: CallResult<RdsSnapshotAttribute[]> = { ok: true, value: [] }

/** Drains a list call; on failure the type is marked incomplete and the list is empty. */
async function listOf<P, T>(
  ctx: CollectContext,
  api: string,
  type: string,
  pages: (signal: AbortSignal) => AsyncIterable<P>,
  pick: (page: P) => T[] | undefined,
): Promise<T[]> {
  const r = await ctx.paginate(api, pages, pick, { affects: [type] })
  return r.ok ? r.value : []
}

/** DB instance snapshots (automated and manual) with their sharing attributes. */
async function collectSnapshots(ctx: CollectContext, rds: RDSClient): Promise<RdsRaw['snapshots']> {
  const snapshots = await listOf(
    ctx,
    'DescribeDBSnapshots',
    SNAPSHOT,
    (abortSignal) => paginateDescribeDBSnapshots({ client: rds }, {}, { abortSignal }),
    (p) => p.DBSnapshots,
  )
  return mapLimit(snapshots, ATTRIBUTE_CONCURRENCY, async (snapshot) => ({
    snapshot,
    attributes:
      snapshot.SnapshotType === 'automated'
        ? NOT_SHAREABLE
        : await ctx.call(
            'DescribeDBSnapshotAttributes',
            async (abortSignal) =>
              (await rds.send(new DescribeDBSnapshotAttributesCommand({ DBSnapshotIdentifier: snapshot.DBSnapshotIdentifier }), { abortSignal }))
                .DBSnapshotAttributesResult?.DBSnapshotAttributes ?? [],
            { resource: snapshot.DBSnapshotArn },
          ),
  }))
}

/** DB cluster snapshots (Aurora, Multi-AZ clusters) with their sharing attributes. */
async function collectClusterSnapshots(ctx: CollectContext, rds: RDSClient): Promise<RdsRaw['clusterSnapshots']> {
  const snapshots = await listOf(
    ctx,
    'DescribeDBClusterSnapshots',
    SNAPSHOT,
    (abortSignal) => paginateDescribeDBClusterSnapshots({ client: rds }, {}, { abortSignal }),
    (p) => p.DBClusterSnapshots,
  )
  return mapLimit(snapshots, ATTRIBUTE_CONCURRENCY, async (snapshot) => ({
    snapshot,
    attributes:
      snapshot.SnapshotType === 'automated'
        ? NOT_SHAREABLE
        : await ctx.call(
            'DescribeDBClusterSnapshotAttributes',
            async (abortSignal) =>
              (
                await rds.send(
                  new DescribeDBClusterSnapshotAttributesCommand({ DBClusterSnapshotIdentifier: snapshot.DBClusterSnapshotIdentifier }),
                  { abortSignal },
                )
              ).DBClusterSnapshotAttributesResult?.DBClusterSnapshotAttributes ?? [],
            { resource: snapshot.DBClusterSnapshotArn },
          ),
  }))
}

/** RDS DB instances, and DB and DB cluster snapshots with who may restore them. */
export const rdsCollector: AwsCollector<RdsRaw> = {
  service: 'rds',
  scope: 'regional',
  produces: TYPES,
  async collect(ctx, session) {
    const rds = session.client(RDSClient, ctx.region)
    const [instances, snapshots, clusterSnapshots] = await Promise.all([
      listOf(
        ctx,
        'DescribeDBInstances',
        INSTANCE,
        (abortSignal) => paginateDescribeDBInstances({ client: rds }, {}, { abortSignal }),
        (p) => p.DBInstances,
      ),
      collectSnapshots(ctx, rds),
      collectClusterSnapshots(ctx, rds),
    ])
    return { instances, snapshots, clusterSnapshots }
  },
}
