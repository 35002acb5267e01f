import { GuardDutyClient, paginateListDetectors, GetDetectorCommand } from '@aws-sdk/client-guardduty'
import { mapLimit } from '../limiter.js'
import type { CallResult } from '../collector.js'
import type { AwsCollector } from './module.js'

/** Raw GuardDuty data for one region: detector ids, each with its GetDetector status (which may have failed). */
export interface GuarddutyRaw {
  detectors: CallResult<{ detectorId: string; status: CallResult<string | null> }[]>
}

const TYPES = ['aws.guardduty.detectors']

/**
 * The region's one guardduty-detectors resource is always emitted (normalize/aws/types.ts settingUid), so a failed call makes
 * its attributes Unknown (one ERROR per check) rather than marking the whole type missing (which would add a second).
 */
function settingResource(ctx: { account: string; region: string }): string {
  return `aws:${ctx.account}:${ctx.region}:guardduty-detectors`
}

/** GuardDuty detectors of a region (a region has at most one per account) with their status. */
export const guarddutyCollector: AwsCollector<GuarddutyRaw> = {
  service: 'guardduty',
  scope: 'regional',
  produces: TYPES,
  async collect(ctx, session) {
    const client = session.client(GuardDutyClient, ctx.region)
    const ids = await ctx.paginate(
      'ListDetectors',
      () => paginateListDetectors({ client }, {}),
      (p) => p.DetectorIds,
      { resource: settingResource(ctx) },
    )
    if (!ids.ok) return { detectors: ids }
    const detectors = await mapLimit(ids.value, 4, async (detectorId) => ({
      detectorId,
      status: await ctx.call(
        'GetDetector',
        async (abortSignal) => (await client.send(new GetDetectorCommand({ DetectorId: detectorId }), { abortSignal })).Status ?? null,
        { resource: detectorId },
      ),
    }))
    return { detectors: { ok: true, value: detectors } }
  },
}
