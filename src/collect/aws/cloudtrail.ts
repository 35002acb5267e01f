import {
  CloudTrailClient,
  DescribeTrailsCommand,
  GetTrailStatusCommand,
  GetEventSelectorsCommand,
  type Trail,
  type EventSelector,
  type AdvancedEventSelector,
} from '@aws-sdk/client-cloudtrail'
import { mapLimit } from '../limiter.js'
import type { CallResult } from '../collector.js'
import type { AwsCollector } from './module.js'

/** A trail's event selectors as GetEventSelectors returns them: classic or advanced, never both. */
export interface TrailSelectorsRaw {
  EventSelectors?: EventSelector[]
  AdvancedEventSelectors?: AdvancedEventSelector[]
}

/** Raw CloudTrail data for one region: trails homed there, each with its logging status and event selectors. */
export interface CloudtrailRaw {
  trails: { trail: Trail; isLogging: CallResult<boolean | null>; selectors: CallResult<TrailSelectorsRaw | null> }[]
}

const TYPES = ['aws.cloudtrail.trail']

/**
 * CloudTrail trails whose home region is this region, so each trail is seen once across the scan. Status and
 * selectors are asked by ARN, which also works for organization trails seen from a member account
 * (https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_GetTrailStatus.html).
 */
export const cloudtrailCollector: AwsCollector<CloudtrailRaw> = {
  service: 'cloudtrail',
  scope: 'regional',
  produces: TYPES,
  async collect(ctx, session) {
    const ct = session.client(CloudTrailClient, ctx.region)
    // DescribeTrails is not paginated; includeShadowTrails=false drops copies of trails homed in other regions.
    const list = await ctx.call(
      'DescribeTrails',
      async (abortSignal) => (await ct.send(new DescribeTrailsCommand({ includeShadowTrails: false }), { abortSignal })).trailList ?? [],
      { affects: TYPES },
    )
    if (!list.ok || !list.value) return { trails: [] }
    const byArn = new Map<string, Trail>()
    for (const t of list.value) if (t.TrailARN && t.HomeRegion === ctx.region) byArn.set(t.TrailARN, t)
    const trails = await mapLimit([...byArn.values()], 4, async (trail) => {
      const name = trail.TrailARN
      const isLogging = await ctx.call(
        'GetTrailStatus',
        async (abortSignal) => (await ct.send(new GetTrailStatusCommand({ Name: name }), { abortSignal })).IsLogging ?? false,
        { resource: name },
      )
      const selectors = await ctx.call(
        'GetEventSelectors',
        async (abortSignal) => {
          const out = await ct.send(new GetEventSelectorsCommand({ TrailName: name }), { abortSignal })
          return { EventSelectors: out.EventSelectors, AdvancedEventSelectors: out.AdvancedEventSelectors }
        },
        { resource: name },
      )
      return { trail, isLogging, selectors }
    })
    return { trails }
  },
}
