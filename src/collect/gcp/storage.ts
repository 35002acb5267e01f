import { storage, type storage_v1 } from '@googleapis/storage'
import { mapLimit } from '../limiter.js'
import type { CallResult } from '../collector.js'
import type { GcpCollector } from './module.js'
import { tokenPages } from './pages.js'

/** A bucket as buckets.list returns it with projection=full (ACLs included). */
export type GcpBucketResourceRaw = storage_v1.Schema$Bucket

/** A bucket IAM policy as buckets.getIamPolicy returns it. */
export type GcpBucketPolicyRaw = storage_v1.Schema$Policy

/** One bucket and the result of reading its IAM policy. */
export interface GcpBucketRaw {
  bucket: GcpBucketResourceRaw
  iamPolicy: CallResult<GcpBucketPolicyRaw | null>
}

/** Raw Cloud Storage data of one project. */
export interface GcpStorageRaw {
  buckets: GcpBucketRaw[]
}

const BUCKET = 'gcp.storage.bucket'

/**
 * Cloud Storage buckets of the project (buckets.list, projection=full so bucket and default object ACLs come back)
 * with each bucket's IAM policy (version 3, so conditional bindings are returned as written).
 */
export const storageCollector: GcpCollector<GcpStorageRaw> = {
  service: 'storage',
  scope: 'global',
  produces: [BUCKET],
  async collect(ctx, session) {
    const api = storage({ version: 'v1', ...session.apiOptions() })
    const list = await ctx.paginate(
      'storage.buckets.list',
      (signal) => tokenPages(async (pageToken) => (await api.buckets.list({ project: ctx.account, projection: 'full', pageToken }, { signal })).data),
      (page) => page.items,
      { affects: [BUCKET] },
    )
    const named = list.ok ? list.value.filter((b) => !!b.name) : []
    const buckets = await mapLimit(named, 8, async (bucket): Promise<GcpBucketRaw> => {
      const iamPolicy = await ctx.call(
        'storage.buckets.getIamPolicy',
        async (signal) => (await api.buckets.getIamPolicy({ bucket: bucket.name!, optionsRequestedPolicyVersion: 3 }, { signal })).data,
        { resource: `//storage.googleapis.com/projects/_/buckets/${bucket.name}` },
      )
      return { bucket, iamPolicy }
    })
    return { buckets }
  },
}
