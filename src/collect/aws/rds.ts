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
import { listOf } from '../list-of.js'
import type { AwsCollector } from './module.js'

/** SDK shapes the normalizer reads (normalize/ does not import SDKs itself). */
export type { DBClusterSnapshot, DBInstance, DBSnapshot } from '@aws-sdk/client-rds'

/** A snapshot attribute as DescribeDB(Cluster)SnapshotAttributes returns it ('restore' lists who may restore). */
export interface RdsSnapshotAttribute {
  AttributeName?: string | undefined
  AttributeValues?: string[] | undefined
}

/** A snapshot with who may restore it (its 'restore' attribute), as RdsRaw holds it. */
export interface SharedSnapshot<S> {
  snapshot: S
  attributes: CallResult<RdsSnapshotAttribute[] | null>
}

/** Raw RDS data of one region; failed list calls leave an empty list (and a recorded error). */
export interface RdsRaw {
  instances: DBInstance[]
  snapshots: SharedSnapshot<DBSnapshot>[]
  clusterSnapshots: SharedSnapshot<DBClusterSnapshot>[]
}

const INSTANCE = 'aws.rds.db-instance'
const SNAPSHOT = 'aws.rds.db-snapshot'
const TYPES = [INSTANCE, SNAPSHOT]

/** Per-snapshot attribute calls in flight at once (the runner's limiter still caps calls per service and region). */
const ATTRIBUTE_CONCURRENCY = 8

/** Automated snapshots cannot be shared, so they have no 'restore' attribute to read (RDS user guide, "Sharing a DB snapshot"). */
const NOT_SHAREABLE: CallResult<RdsSnapshotAttribute[]> = { ok: true, value: [] }

/** Reads each snapshot's sharing attributes with `read` (a few at a time); automated snapshots are not asked. */
export function withShareAttributes<S extends { SnapshotType?: string | undefined }>(
  ctx: CollectContext,
  snapshots: readonly S[],
  api: string,
  arnOf: (snapshot: S) => string | undefined,
  read: (snapshot: S, abortSignal: AbortSignal) => Promise<RdsSnapshotAttribute[] | undefined>,
): Promise<SharedSnapshot<S>[]> {
  return mapLimit(snapshots, ATTRIBUTE_CONCURRENCY, async (snapshot) => ({
    snapshot,
    attributes:
      snapshot.SnapshotType === 'automated'
        ? NOT_SHAREABLE
        : await ctx.call(api, async (abortSignal) => (await read(snapshot, abortSignal)) ?? [], { resource: arnOf(snapshot) }),
  }))
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
  return withShareAttributes(
    ctx,
    snapshots,
    'DescribeDBSnapshotAttributes',
    (s) => s.DBSnapshotArn,
    async (s, abortSignal) =>
      (await rds.send(new DescribeDBSnapshotAttributesCommand({ DBSnapshotIdentifier: s.DBSnapshotIdentifier }), { abortSignal }))
        .DBSnapshotAttributesResult?.DBSnapshotAttributes,
  )
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
  const command = (s: DBClusterSnapshot) =>
    new DescribeDBClusterSnapshotAttributesCommand({ DBClusterSnapshotIdentifier: s.DBClusterSnapshotIdentifier })
  return withShareAttributes(
    ctx,
    snapshots,
    'DescribeDBClusterSnapshotAttributes',
    (s) => s.DBClusterSnapshotArn,
    async (s, abortSignal) => (await rds.send(command(s), { abortSignal })).DBClusterSnapshotAttributesResult?.DBClusterSnapshotAttributes,
  )
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
