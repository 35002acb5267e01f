import {
  Route53Client,
  paginateListHostedZones,
  paginateListQueryLoggingConfigs,
  GetDNSSECCommand,
  ListResourceRecordSetsCommand,
  type HostedZone,
  type ResourceRecordSet,
  type ListResourceRecordSetsCommandOutput,
} from '@aws-sdk/client-route-53'
import { mapLimit } from '../limiter.js'
import { partitionOf } from './ec2-arn.js'
import type { CallResult } from '../collector.js'
import type { AwsCollector } from './module.js'

export type { HostedZone, ResourceRecordSet }

/** Raw Route 53 data: every hosted zone with its DNSSEC status, query logging configurations and record sets. */
export interface Route53Raw {
  zones: {
    zone: HostedZone
    /** GetDNSSEC Status.ServeSignature; null for private zones (not called). */
    dnssec: CallResult<string | null>
    /** Log group ARNs of the zone's query logging configurations (account-wide ListQueryLoggingConfigs); null for private zones. */
    queryLogging: CallResult<string[] | null>
    records: CallResult<ResourceRecordSet[]>
  }[]
}

const TYPES = ['aws.route53.hosted-zone']

/** The bare zone id from ListHostedZones' `/hostedzone/<id>`. */
export function zoneIdOf(id: string | undefined): string {
  return (id ?? '').replace(/^\/hostedzone\//, '')
}

/** Pages of ListResourceRecordSets (no SDK paginator: the next page starts at NextRecordName/Type/Identifier). */
async function* recordPages(r53: Route53Client, zoneId: string, abortSignal: AbortSignal): AsyncIterable<ListResourceRecordSetsCommandOutput> {
  let start: { StartRecordName?: string; StartRecordType?: ListResourceRecordSetsCommandOutput['NextRecordType']; StartRecordIdentifier?: string } =
    {}
  for (;;) {
    const page = await r53.send(new ListResourceRecordSetsCommand({ HostedZoneId: zoneId, MaxItems: 300, ...start }), { abortSignal })
    yield page
    if (!page.IsTruncated || !page.NextRecordName) return
    start = { StartRecordName: page.NextRecordName, StartRecordType: page.NextRecordType, StartRecordIdentifier: page.NextRecordIdentifier }
  }
}

/** Route 53 hosted zones (global; the API is served from us-east-1 in the aws partition, so calls go to the home region's endpoint). */
export const route53Collector: AwsCollector<Route53Raw> = {
  service: 'route53',
  scope: 'global',
  produces: TYPES,
  async collect(ctx, session) {
    const r53 = session.client(Route53Client, session.homeRegion)
    const list = await ctx.paginate(
      'ListHostedZones',
      () => paginateListHostedZones({ client: r53 }, {}),
      (p) => p.HostedZones,
      {
        affects: TYPES,
      },
    )
    if (!list.ok) return { zones: [] }
    const partition = partitionOf(ctx.regions[0] ?? session.homeRegion)
    // One account-wide listing, grouped by zone: fewer calls than one per zone, and a failure leaves only this attribute Unknown.
    const logging = await ctx.paginate(
      'ListQueryLoggingConfigs',
      () => paginateListQueryLoggingConfigs({ client: r53 }, {}),
      (p) => p.QueryLoggingConfigs,
      { resource: `arn:${partition}:route53:::hostedzone/*` },
    )
    const zones = await mapLimit(list.value, 8, async (zone) => {
      const zoneId = zoneIdOf(zone.Id)
      const resource = `arn:${partition}:route53:::hostedzone/${zoneId}`
      const isPrivate = zone.Config?.PrivateZone === true
      // DNSSEC signing and hosted-zone query logging exist for public zones only.
      const queryLogging: CallResult<string[] | null> = isPrivate
        ? { ok: true, value: null }
        : logging.ok
          ? {
              ok: true,
              value: logging.value
                .filter((c) => zoneIdOf(c.HostedZoneId) === zoneId)
                .map((c) => c.CloudWatchLogsLogGroupArn ?? '')
                .filter((a) => a !== ''),
            }
          : logging
      const [dnssec, records] = await Promise.all([
        isPrivate
          ? Promise.resolve<CallResult<string | null>>({ ok: true, value: null })
          : ctx.call(
              'GetDNSSEC',
              async (abortSignal) => (await r53.send(new GetDNSSECCommand({ HostedZoneId: zoneId }), { abortSignal })).Status?.ServeSignature ?? null,
              { resource },
            ),
        ctx.paginate(
          'ListResourceRecordSets',
          (signal) => recordPages(r53, zoneId, signal),
          (p) => p.ResourceRecordSets,
          { resource },
        ),
      ])
      return { zone, dnssec, queryLogging, records }
    })
    return { zones }
  },
}
