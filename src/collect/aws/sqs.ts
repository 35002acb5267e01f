import { SQSClient, paginateListQueues, GetQueueAttributesCommand } from '@aws-sdk/client-sqs'
import { mapLimit } from '../limiter.js'
import type { CallResult } from '../collector.js'
import type { AwsCollector } from './module.js'

/** Raw SQS data for one region: each queue URL with its attribute map (QueueArn, KmsMasterKeyId, Policy, ...). */
export interface SqsRaw {
  queues: { queueUrl: string; attributes: CallResult<Record<string, string> | null> }[]
}

const TYPES = ['aws.sqs.queue']

/** SQS queues with all their attributes (encryption settings and access policy). */
export const sqsCollector: AwsCollector<SqsRaw> = {
  service: 'sqs',
  scope: 'regional',
  produces: TYPES,
  async collect(ctx, session) {
    const sqs = session.client(SQSClient, ctx.region)
    const list = await ctx.paginate(
      'ListQueues',
      // Without MaxResults, ListQueues returns at most 1,000 URLs and no NextToken (SQS API reference, ListQueues).
      () => paginateListQueues({ client: sqs }, { MaxResults: 1000 }),
      (p) => p.QueueUrls,
      { affects: TYPES },
    )
    if (!list.ok) return { queues: [] }
    const queues = await mapLimit(list.value, 8, async (queueUrl) => ({
      queueUrl,
      attributes: await ctx.call(
        'GetQueueAttributes',
        async (abortSignal) =>
          (await sqs.send(new GetQueueAttributesCommand({ QueueUrl: queueUrl, AttributeNames: ['All'] }), { abortSignal })).Attributes ?? {},
        { resource: queueUrl },
      ),
    }))
    return { queues }
  },
}
