import { KinesisClient, DescribeStreamSummaryCommand, paginateListStreams, type StreamDescriptionSummary } from '@aws-sdk/client-kinesis'
import { mapLimit } from '../limiter.js'
import type { CallResult } from '../collector.js'
import type { AwsCollector } from './module.js'

export type { StreamDescriptionSummary }

/** Raw Kinesis Data Streams data for one region: each stream (name, ARN when listed) with its summary. */
export interface KinesisRaw {
  streams: { name: string; arn: string | undefined; summary: CallResult<StreamDescriptionSummary | null> }[]
}

const TYPES = ['aws.kinesis.stream']

/** Kinesis data streams with their encryption and retention settings. */
export const kinesisCollector: AwsCollector<KinesisRaw> = {
  service: 'kinesis',
  scope: 'regional',
  produces: TYPES,
  async collect(ctx, session) {
    const client = session.client(KinesisClient, ctx.region)
    const list = await ctx.paginate(
      'ListStreams',
      (abortSignal) => paginateListStreams({ client, pageSize: 1000 }, {}, { abortSignal }),
      // StreamSummaries carries the ARN; older answers only list StreamNames.
      (p) =>
        p.StreamSummaries?.length
          ? p.StreamSummaries.map((s) => ({ name: s.StreamName ?? '', arn: s.StreamARN }))
          : (p.StreamNames ?? []).map((name) => ({ name, arn: undefined as string | undefined })),
      { affects: TYPES },
    )
    if (!list.ok) return { streams: [] }
    const streams = await mapLimit(list.value, 8, async ({ name, arn }) => ({
      name,
      arn,
      summary: await ctx.call(
        'DescribeStreamSummary',
        async (abortSignal) =>
          (await client.send(new DescribeStreamSummaryCommand({ StreamName: name }), { abortSignal })).StreamDescriptionSummary ?? null,
        { resource: arn ?? name },
      ),
    }))
    return { streams }
  },
}
