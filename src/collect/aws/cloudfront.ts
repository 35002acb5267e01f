import {
  CloudFrontClient,
  paginateListDistributions,
  GetDistributionConfigCommand,
  type DistributionConfig,
  type DistributionSummary,
} from '@aws-sdk/client-cloudfront'
import { mapLimit } from '../limiter.js'
import type { CallResult } from '../collector.js'
import type { AwsCollector } from './module.js'

/** SDK shapes the normalizer reads (normalize/ does not import SDKs itself). */
export type { DistributionConfig, DistributionSummary }

/** Raw CloudFront data (global): each distribution summary with its full configuration (logging, default root object). */
export interface CloudFrontRaw {
  distributions: { summary: DistributionSummary; config: CallResult<DistributionConfig | null> }[]
}

const TYPES = ['aws.cloudfront.distribution']
/** CloudFront is a global service whose API endpoint is in us-east-1. */
const API_REGION = 'us-east-1'

/** CloudFront distributions (behaviors, origins, viewer certificate, web ACL) with logging and default root object. */
export const cloudfrontCollector: AwsCollector<CloudFrontRaw> = {
  service: 'cloudfront',
  scope: 'global',
  produces: TYPES,
  async collect(ctx, session) {
    const cf = session.client(CloudFrontClient, API_REGION)
    const list = await ctx.paginate(
      'ListDistributions',
      (abortSignal) => paginateListDistributions({ client: cf }, {}, { abortSignal }),
      (p) => p.DistributionList?.Items,
      { affects: TYPES },
    )
    if (!list.ok) return { distributions: [] }
    const distributions = await mapLimit(list.value, 8, async (summary) => ({
      summary,
      config: await ctx.call(
        'GetDistributionConfig',
        async (abortSignal) => (await cf.send(new GetDistributionConfigCommand({ Id: summary.Id }), { abortSignal })).DistributionConfig ?? null,
        { resource: summary.ARN ?? summary.Id },
      ),
    }))
    return { distributions }
  },
}
