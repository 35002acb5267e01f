/**
 * SNS topics and SQS queues from code. Terraform `aws_sns_topic` (+ `aws_sns_topic_policy`) and `aws_sqs_queue`
 * (+ `aws_sqs_queue_policy`); CloudFormation `AWS::SNS::Topic` (+ `TopicPolicy`, `TopicInlinePolicy`) and
 * `AWS::SQS::Queue` (+ `QueuePolicy`, `QueueInlinePolicy`). Left out: a topic is not encrypted; a queue without a
 * KMS key gets SSE-SQS, on by default for queues created since October 2022
 * (https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-server-side-encryption.html);
 * no policy means the owner-only default.
 */
import { isUnknown } from '../../core/unknown.js'
import { AWS, type SnsTopicAttributes, type SqsQueueAttributes } from '../../normalize/aws/types.js'
import { partsAdapter, type AdaptContext, type AdaptedResource, type Adapter, type IacResource } from '../model.js'
import { byName, kmsKeyRef, kmsRelations, literalName, partsFor, unattributed } from './storage-common.js'
import { bool, cfnTags, policyOf, tfTags } from './values.js'

/** The policy of the first `types` resource naming the target in `field`; Unknown when one names a target unknown until apply. */
function policyPart(ctx: AdaptContext, r: IacResource, parts: [type: string, field: string, doc: string][], ids: readonly string[]): unknown {
  for (const [type, field, doc] of parts) {
    const found = partsFor(ctx, type, field, r, byName(ids))[0]
    if (found) return found.values[doc]
  }
  for (const [type, field] of parts) {
    const orphan = unattributed(ctx, type, field)
    if (orphan) return orphan
  }
  return undefined
}

function topic(ctx: AdaptContext, name: string, key: unknown, policy: unknown, tags: Record<string, string>): AdaptedResource<SnsTopicAttributes>[] {
  const kms = kmsKeyRef(key, ctx)
  const attributes: SnsTopicAttributes = { topicName: name, kmsMasterKeyId: kms.ref, policy: policyOf(policy) }
  return [{ type: AWS.snsTopic, name, tags, attributes, relations: kmsRelations(kms) }]
}

function tfTopic(r: IacResource, ctx: AdaptContext): AdaptedResource<SnsTopicAttributes>[] {
  const v = r.values
  const { name, ids } = literalName(v, 'name', r)
  const policy = policyPart(ctx, r, [['aws_sns_topic_policy', 'arn', 'policy']], ids) ?? v.policy
  return topic(ctx, name, v.kms_master_key_id, policy, tfTags(v))
}

function cfnTopic(r: IacResource, ctx: AdaptContext): AdaptedResource<SnsTopicAttributes>[] {
  const v = r.values
  const { name, ids } = literalName(v, 'TopicName', r)
  const policy = policyPart(
    ctx,
    r,
    [
      ['AWS::SNS::TopicPolicy', 'Topics', 'PolicyDocument'],
      ['AWS::SNS::TopicInlinePolicy', 'TopicArn', 'PolicyDocument'],
    ],
    ids,
  )
  return topic(ctx, name, v.KmsMasterKeyId, policy, cfnTags(v))
}

function queue(
  ctx: AdaptContext,
  fields: { name: string; key: unknown; sseSqs: unknown; policy: unknown; tags: Record<string, string> },
): AdaptedResource<SqsQueueAttributes>[] {
  const kms = kmsKeyRef(fields.key, ctx)
  // SSE-SQS and SSE-KMS exclude each other: a queue with a KMS key does not use SSE-SQS.
  const sseSqs = kms.ref === null ? bool(fields.sseSqs, true) : false
  const attributes: SqsQueueAttributes = {
    queueName: fields.name,
    // The URL holds the account id, known at apply.
    queueUrl: '',
    kmsMasterKeyId: kms.ref,
    sqsManagedSseEnabled: isUnknown(sseSqs) ? sseSqs : sseSqs === true,
    policy: policyOf(fields.policy),
  }
  return [{ type: AWS.sqsQueue, name: fields.name, tags: fields.tags, attributes, relations: kmsRelations(kms) }]
}

function tfQueue(r: IacResource, ctx: AdaptContext): AdaptedResource<SqsQueueAttributes>[] {
  const v = r.values
  const { name, ids } = literalName(v, 'name', r)
  const policy = policyPart(ctx, r, [['aws_sqs_queue_policy', 'queue_url', 'policy']], ids) ?? v.policy
  return queue(ctx, { name, key: v.kms_master_key_id, sseSqs: v.sqs_managed_sse_enabled, policy, tags: tfTags(v) })
}

function cfnQueue(r: IacResource, ctx: AdaptContext): AdaptedResource<SqsQueueAttributes>[] {
  const v = r.values
  const { name, ids } = literalName(v, 'QueueName', r)
  const policy = policyPart(
    ctx,
    r,
    [
      ['AWS::SQS::QueuePolicy', 'Queues', 'PolicyDocument'],
      ['AWS::SQS::QueueInlinePolicy', 'Queue', 'PolicyDocument'],
    ],
    ids,
  )
  return queue(ctx, { name, key: v.KmsMasterKeyId, sseSqs: v.SqsManagedSseEnabled, policy, tags: cfnTags(v) })
}

/** SNS and SQS adapters (Terraform and CloudFormation). */
export const messagingAdapters: Adapter[] = [
  { language: 'terraform', types: ['aws_sns_topic'], produces: [AWS.snsTopic], adapt: tfTopic },
  { language: 'terraform', types: ['aws_sqs_queue'], produces: [AWS.sqsQueue], adapt: tfQueue },
  { language: 'cloudformation', types: ['AWS::SNS::Topic'], produces: [AWS.snsTopic], adapt: cfnTopic },
  { language: 'cloudformation', types: ['AWS::SQS::Queue'], produces: [AWS.sqsQueue], adapt: cfnQueue },
  // Read as parts of the topic or queue whose policy they set.
  partsAdapter('terraform', ['aws_sns_topic_policy', 'aws_sqs_queue_policy']),
  partsAdapter('cloudformation', ['AWS::SNS::TopicPolicy', 'AWS::SNS::TopicInlinePolicy', 'AWS::SQS::QueuePolicy', 'AWS::SQS::QueueInlinePolicy']),
]
