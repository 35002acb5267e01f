import { SNSClient, paginateListTopics, GetTopicAttributesCommand } from '@aws-sdk/client-sns'
import { mapLimit } from '../limiter.js'
import type { CallResult } from '../collector.js'
import type { AwsCollector } from './module.js'

/** Raw SNS data for one region: each topic ARN with its attribute map (KmsMasterKeyId, Policy, ...). */
export interface SnsRaw {
  topics: { topicArn: string; attributes: CallResult<Record<string, string> | null> }[]
}

const TYPES = ['aws.sns.topic']

/** SNS topics with their attributes (encryption key and access policy). */
export const snsCollector: AwsCollector<SnsRaw> = {
  service: 'sns',
  scope: 'regional',
  produces: TYPES,
  async collect(ctx, session) {
    const sns = session.client(SNSClient, ctx.region)
    const list = await ctx.paginate(
      'ListTopics',
      () => paginateListTopics({ client: sns }, {}),
      (p) => p.Topics,
      { affects: TYPES },
    )
    if (!list.ok) return { topics: [] }
    const arns = list.value.map((t) => t.TopicArn).filter((a): a is string => !!a)
    const topics = await mapLimit(arns, 8, async (topicArn) => ({
      topicArn,
      attributes: await ctx.call(
        'GetTopicAttributes',
        async (abortSignal) => (await sns.send(new GetTopicAttributesCommand({ TopicArn: topicArn }), { abortSignal })).Attributes ?? {},
        { resource: topicArn },
      ),
    }))
    return { topics }
  },
}
