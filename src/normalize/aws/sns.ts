import type { Resource } from '../../core/resource.js'
import { unknown, type Maybe } from '../../core/unknown.js'
import type { SnsRaw } from '../../collect/aws/sns.js'
import { AWS, type SnsTopicAttributes } from './types.js'
import { awsResource, maybePolicy, type NormalizeScope } from './helpers.js'

/** SNS topics → aws.sns.topic; a failed GetTopicAttributes leaves the key and policy Unknown. */
export function normalizeSns(raw: SnsRaw, scope: NormalizeScope): Resource<SnsTopicAttributes>[] {
  return raw.topics.map(({ topicArn, attributes }) => {
    // One call returns every attribute, so its failure leaves all of them Unknown.
    const read = <T>(pick: (a: Record<string, string>) => Maybe<T>): Maybe<T> =>
      attributes.ok ? pick(attributes.value ?? {}) : unknown(`sns:GetTopicAttributes: ${attributes.reason}`)
    const kmsMasterKeyId = read((a) => a.KmsMasterKeyId || null)
    const topicName = topicArn.split(':').pop() ?? topicArn
    return awsResource<SnsTopicAttributes>({
      uid: topicArn,
      type: AWS.snsTopic,
      account: scope.account,
      region: scope.region,
      name: topicName,
      relations: typeof kmsMasterKeyId === 'string' ? [{ kind: 'uses-kms-key', target: kmsMasterKeyId }] : [],
      attributes: {
        topicName,
        kmsMasterKeyId,
        policy: read((a) => maybePolicy({ ok: true, value: a.Policy ?? null }, 'sns:GetTopicAttributes')),
      },
    })
  })
}
