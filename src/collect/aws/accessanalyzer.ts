import { AccessAnalyzerClient, paginateListAnalyzers, type AnalyzerSummary } from '@aws-sdk/client-accessanalyzer'
import type { CallResult } from '../collector.js'
import type { AwsCollector } from './module.js'

/** Raw IAM Access Analyzer data for one region: every analyzer (all types), or why they could not be listed. */
export interface AccessanalyzerRaw {
  analyzers: CallResult<AnalyzerSummary[]>
}

const TYPES = ['aws.accessanalyzer.analyzers']

/**
 * The region's one access-analyzers resource is always emitted (normalize/aws/types.ts settingUid), so a failed call makes
 * its attributes Unknown (one ERROR per check) rather than marking the whole type missing (which would add a second).
 */
function settingResource(ctx: { account: string; region: string }): string {
  return `aws:${ctx.account}:${ctx.region}:access-analyzers`
}

/** IAM Access Analyzer analyzers of a region (one unfiltered ListAnalyzers; the type is kept for the checks). */
export const accessanalyzerCollector: AwsCollector<AccessanalyzerRaw> = {
  service: 'accessanalyzer',
  scope: 'regional',
  produces: TYPES,
  async collect(ctx, session) {
    const client = session.client(AccessAnalyzerClient, ctx.region)
    const analyzers = await ctx.paginate(
      'ListAnalyzers',
      () => paginateListAnalyzers({ client }, {}),
      (p) => p.analyzers,
      { resource: settingResource(ctx) },
    )
    return { analyzers }
  },
}
