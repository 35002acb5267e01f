import {
  WAFV2Client,
  ListWebACLsCommand,
  GetWebACLCommand,
  GetLoggingConfigurationCommand,
  type ListWebACLsResponse,
  type LoggingConfiguration,
  type Scope,
  type WebACL,
  type WebACLSummary,
} from '@aws-sdk/client-wafv2'
import { mapLimit } from '../limiter.js'
import type { CallResult } from '../collector.js'
import type { AwsCollector } from './module.js'

/** SDK shapes the normalizer reads (normalize/ does not import SDKs itself). */
export type { LoggingConfiguration, WebACL, WebACLSummary }

/** Raw WAFv2 data for one region: regional web ACLs, plus CloudFront web ACLs when the region is us-east-1. */
export interface Wafv2Raw {
  webAcls: {
    scope: 'REGIONAL' | 'CLOUDFRONT'
    summary: WebACLSummary
    webAcl: CallResult<WebACL | null>
    /** null = no logging configuration (WAFNonexistentItemException). */
    logging: CallResult<LoggingConfiguration | null>
  }[]
}

const TYPES = ['aws.wafv2.web-acl']
/** Web ACLs for CloudFront (scope CLOUDFRONT) are managed through the us-east-1 endpoint only (WAFv2 API reference, Scope). */
const CLOUDFRONT_REGION = 'us-east-1'

/** ListWebACLs has no SDK paginator: follow NextMarker until a page comes back without one (or empty). */
async function* pages(waf: WAFV2Client, scope: Scope, abortSignal: AbortSignal): AsyncIterable<ListWebACLsResponse> {
  let marker: string | undefined
  do {
    const page = await waf.send(new ListWebACLsCommand({ Scope: scope, Limit: 100, NextMarker: marker }), { abortSignal })
    yield page
    marker = page.WebACLs && page.WebACLs.length > 0 ? page.NextMarker : undefined
  } while (marker)
}

/** WAFv2 web ACLs with their rules, metrics settings and logging configuration. */
export const wafv2Collector: AwsCollector<Wafv2Raw> = {
  service: 'wafv2',
  scope: 'regional',
  produces: TYPES,
  async collect(ctx, session) {
    const waf = session.client(WAFV2Client, ctx.region)
    const scopes: ('REGIONAL' | 'CLOUDFRONT')[] = ctx.region === CLOUDFRONT_REGION ? ['REGIONAL', 'CLOUDFRONT'] : ['REGIONAL']
    const lists = await Promise.all(
      scopes.map(async (scope) => {
        const list = await ctx.paginate(
          'ListWebACLs',
          (abortSignal) => pages(waf, scope, abortSignal),
          (p) => p.WebACLs,
          { affects: TYPES },
        )
        return list.ok ? list.value.map((summary) => ({ scope, summary })) : []
      }),
    )
    const webAcls = await mapLimit(lists.flat(), 8, async ({ scope, summary }) => {
      const arn = summary.ARN
      const [webAcl, logging] = await Promise.all([
        ctx.call(
          'GetWebACL',
          async (abortSignal) =>
            (await waf.send(new GetWebACLCommand({ Name: summary.Name, Id: summary.Id, Scope: scope }), { abortSignal })).WebACL ?? null,
          { resource: arn },
        ),
        ctx.call(
          'GetLoggingConfiguration',
          async (abortSignal) =>
            (await waf.send(new GetLoggingConfigurationCommand({ ResourceArn: arn }), { abortSignal })).LoggingConfiguration ?? null,
          { resource: arn, absentOn: ['WAFNonexistentItemException'] },
        ),
      ])
      return { scope, summary, webAcl, logging }
    })
    return { webAcls }
  },
}
