import { OpenSearchClient, ListDomainNamesCommand, DescribeDomainsCommand, type DomainStatus } from '@aws-sdk/client-opensearch'
import { mapLimit } from '../limiter.js'
import type { CallResult } from '../collector.js'
import { partitionOf } from './ec2-arn.js'
import type { AwsCollector } from './module.js'

export type { DomainStatus }

/** Raw OpenSearch data for one region: each domain name with its DescribeDomains status (null = not returned). */
export interface OpenSearchRaw {
  domains: { domainName: string; status: CallResult<DomainStatus | null> }[]
}

const TYPES = ['aws.opensearch.domain']

/** DescribeDomains accepts at most 5 names per request (OpenSearch API reference, DescribeDomains). */
const BATCH = 5

/** The documented ARN of a domain (OpenSearch Service uses the `es` service prefix). */
export function opensearchDomainArn(region: string, account: string, name: string): string {
  return `arn:${partitionOf(region)}:es:${region}:${account}:domain/${name}`
}

/** OpenSearch Service domains (OpenSearch and Elasticsearch engines) with their full configuration and access policy. */
export const opensearchCollector: AwsCollector<OpenSearchRaw> = {
  service: 'opensearch',
  scope: 'regional',
  produces: TYPES,
  async collect(ctx, session) {
    const os = session.client(OpenSearchClient, ctx.region)
    const list = await ctx.call(
      'ListDomainNames',
      async (abortSignal) => (await os.send(new ListDomainNamesCommand({}), { abortSignal })).DomainNames ?? [],
      { affects: TYPES },
    )
    if (!list.ok) return { domains: [] }
    const names = (list.value ?? []).map((d) => d.DomainName).filter((n): n is string => !!n)
    const batches: string[][] = []
    for (let i = 0; i < names.length; i += BATCH) batches.push(names.slice(i, i + BATCH))
    const described = await mapLimit(batches, 8, async (batch) => {
      const r = await ctx.call(
        'DescribeDomains',
        async (abortSignal) => (await os.send(new DescribeDomainsCommand({ DomainNames: batch }), { abortSignal })).DomainStatusList ?? [],
        { resource: batch.map((n) => opensearchDomainArn(ctx.region, ctx.account, n)).join(',') },
      )
      return batch.map((domainName): OpenSearchRaw['domains'][number] => ({
        domainName,
        status: r.ok ? { ok: true, value: (r.value ?? []).find((d) => d.DomainName === domainName) ?? null } : r,
      }))
    })
    return { domains: described.flat() }
  },
}
