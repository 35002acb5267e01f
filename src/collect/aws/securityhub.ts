import { SecurityHubClient, DescribeHubCommand, paginateGetEnabledStandards, type StandardsSubscription } from '@aws-sdk/client-securityhub'
import type { CallResult } from '../collector.js'
import type { AwsCollector } from './module.js'

/** Raw Security Hub data for one region: the hub (null = not subscribed) and, when subscribed, its enabled standards. */
export interface SecurityhubRaw {
  hub: CallResult<{ hubArn: string } | null>
  standards: CallResult<StandardsSubscription[]> | null
}

const TYPES = ['aws.securityhub.hub']

/**
 * The region's one securityhub-hub resource is always emitted (normalize/aws/types.ts settingUid), so a failed call makes
 * its attributes Unknown (one ERROR per check) rather than marking the whole type missing (which would add a second).
 */
function settingResource(ctx: { account: string; region: string }): string {
  return `aws:${ctx.account}:${ctx.region}:securityhub-hub`
}

/** True for DescribeHub's answer when the account never enabled Security Hub in the region (not a failure). */
function isNotSubscribed(err: unknown): boolean {
  const e = err as { name?: string; message?: string }
  return e?.name === 'InvalidAccessException' && /not subscribed/i.test(e.message ?? '')
}

/** Security Hub state of a region: DescribeHub, then GetEnabledStandards only when the hub exists. */
export const securityhubCollector: AwsCollector<SecurityhubRaw> = {
  service: 'securityhub',
  scope: 'regional',
  produces: TYPES,
  async collect(ctx, session) {
    const client = session.client(SecurityHubClient, ctx.region)
    const hub = await ctx.call(
      'DescribeHub',
      async (abortSignal) => {
        try {
          const out = await client.send(new DescribeHubCommand({}), { abortSignal })
          return { hubArn: out.HubArn ?? '' }
        } catch (err) {
          // Other InvalidAccessException messages (or AccessDenied) stay failures: only "not subscribed" means off.
          if (isNotSubscribed(err)) return null
          throw err
        }
      },
      { resource: settingResource(ctx) },
    )
    if (!hub.ok || hub.value === null) return { hub, standards: null }
    const standards = await ctx.paginate(
      'GetEnabledStandards',
      () => paginateGetEnabledStandards({ client }, {}),
      (p) => p.StandardsSubscriptions,
      { resource: hub.value.hubArn },
    )
    return { hub, standards }
  },
}
