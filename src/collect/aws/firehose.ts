import {
  FirehoseClient,
  DescribeDeliveryStreamCommand,
  ListDeliveryStreamsCommand,
  type DeliveryStreamEncryptionConfiguration,
} from '@aws-sdk/client-firehose'
import { mapLimit } from '../limiter.js'
import type { CallResult } from '../collector.js'
import type { AwsCollector } from './module.js'

/** The parts of DescribeDeliveryStream Posture keeps (destinations are left out: they may carry endpoint settings). */
export interface DeliveryStreamDetail {
  DeliveryStreamARN?: string | undefined
  DeliveryStreamType?: string | undefined
  DeliveryStreamEncryptionConfiguration?: DeliveryStreamEncryptionConfiguration | undefined
}

/** Raw Firehose data for one region. */
export interface FirehoseRaw {
  deliveryStreams: { name: string; detail: CallResult<DeliveryStreamDetail | null> }[]
}

const TYPES = ['aws.firehose.delivery-stream']

/** Firehose delivery streams with their server-side encryption settings. */
export const firehoseCollector: AwsCollector<FirehoseRaw> = {
  service: 'firehose',
  scope: 'regional',
  produces: TYPES,
  async collect(ctx, session) {
    const client = session.client(FirehoseClient, ctx.region)
    const list = await ctx.paginate(
      'ListDeliveryStreams',
      async function* (abortSignal) {
        let start: string | undefined
        for (;;) {
          const page = await client.send(new ListDeliveryStreamsCommand({ Limit: 10000, ExclusiveStartDeliveryStreamName: start }), { abortSignal })
          yield page
          start = page.DeliveryStreamNames?.at(-1)
          if (!page.HasMoreDeliveryStreams || !start) break
        }
      },
      (p) => p.DeliveryStreamNames,
      { affects: TYPES },
    )
    if (!list.ok) return { deliveryStreams: [] }
    const deliveryStreams = await mapLimit(list.value, 8, async (name) => ({
      name,
      detail: await ctx.call(
        'DescribeDeliveryStream',
        async (abortSignal) => {
          const d = (await client.send(new DescribeDeliveryStreamCommand({ DeliveryStreamName: name }), { abortSignal })).DeliveryStreamDescription
          return d
            ? {
                DeliveryStreamARN: d.DeliveryStreamARN,
                DeliveryStreamType: d.DeliveryStreamType,
                DeliveryStreamEncryptionConfiguration: d.DeliveryStreamEncryptionConfiguration,
              }
            : null
        },
        { resource: name },
      ),
    }))
    return { deliveryStreams }
  },
}
