import type { Resource } from '../../core/resource.js'
import { unknown, type Maybe } from '../../core/unknown.js'
import type { SqsRaw } from '../../collect/aws/sqs.js'
import { partitionOf } from '../../collect/aws/ec2-arn.js'
import { AWS, type SqsQueueAttributes } from './types.js'
import { awsResource, maybePolicy, type NormalizeScope } from './helpers.js'

/** The queue ARN from a queue URL (`https://sqs.<region>.amazonaws.com/<account>/<name>`), for when QueueArn is missing. */
function arnFromUrl(queueUrl: string, scope: NormalizeScope): { arn: string; name: string } {
  const [account, name] = new URL(queueUrl).pathname.split('/').filter(Boolean)
  const queueName = name ?? queueUrl
  return { arn: `arn:${partitionOf(scope.region)}:sqs:${scope.region}:${account ?? scope.account}:${queueName}`, name: queueName }
}

/** SQS queues → aws.sqs.queue; a failed GetQueueAttributes leaves encryption and policy Unknown. */
export function normalizeSqs(raw: SqsRaw, scope: NormalizeScope): Resource<SqsQueueAttributes>[] {
  return raw.queues.map(({ queueUrl, attributes }) => {
    // One call returns every attribute, so its failure leaves all of them Unknown.
    const read = <T>(pick: (a: Record<string, string>) => Maybe<T>): Maybe<T> =>
      attributes.ok ? pick(attributes.value ?? {}) : unknown(`sqs:GetQueueAttributes: ${attributes.reason}`)
    const fallback = arnFromUrl(queueUrl, scope)
    const kmsMasterKeyId = read((a) => a.KmsMasterKeyId || null)
    return awsResource<SqsQueueAttributes>({
      uid: (attributes.ok ? attributes.value?.QueueArn : undefined) ?? fallback.arn,
      type: AWS.sqsQueue,
      account: scope.account,
      region: scope.region,
      name: fallback.name,
      relations: typeof kmsMasterKeyId === 'string' ? [{ kind: 'uses-kms-key', target: kmsMasterKeyId }] : [],
      attributes: {
        queueName: fallback.name,
        queueUrl,
        kmsMasterKeyId,
        sqsManagedSseEnabled: read((a) => a.SqsManagedSseEnabled === 'true'),
        policy: read((a) => maybePolicy({ ok: true, value: a.Policy ?? null }, 'sqs:GetQueueAttributes')),
      },
    })
  })
}
