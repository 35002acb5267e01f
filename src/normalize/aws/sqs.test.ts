import { describe, expect, it } from 'vitest'
import { isUnknown } from '../../core/unknown.js'
import type { SqsRaw } from '../../collect/aws/sqs.js'
import { normalizeSqs } from './sqs.js'
import { AWS } from './types.js'

const ACCOUNT = '111122223333'
const scope = { account: ACCOUNT, region: 'us-east-1', regions: ['us-east-1'] }
const URL_ = `https://sqs.us-east-1.amazonaws.com/${ACCOUNT}/orders`
const ARN = `arn:aws:sqs:us-east-1:${ACCOUNT}:orders`
const POLICY = JSON.stringify({
  Version: '2012-10-17',
  Id: 'orders-policy',
  Statement: [{ Sid: 'sns', Effect: 'Allow', Principal: { Service: 'sns.amazonaws.com' }, Action: 'sqs:SendMessage', Resource: ARN }],
})

const attrs = (over: Record<string, string> = {}): Record<string, string> => ({
  QueueArn: ARN,
  ApproximateNumberOfMessages: '0',
  CreatedTimestamp: '1736496000',
  LastModifiedTimestamp: '1736496000',
  VisibilityTimeout: '30',
  MaximumMessageSize: '262144',
  MessageRetentionPeriod: '345600',
  DelaySeconds: '0',
  ReceiveMessageWaitTimeSeconds: '0',
  SqsManagedSseEnabled: 'true',
  ...over,
})

describe('normalizeSqs', () => {
  it('an SSE-SQS queue with a policy', () => {
    const raw: SqsRaw = { queues: [{ queueUrl: URL_, attributes: { ok: true, value: attrs({ Policy: POLICY }) } }] }
    const [r] = normalizeSqs(raw, scope)
    expect(r).toMatchObject({
      uid: ARN,
      type: AWS.sqsQueue,
      name: 'orders',
      relations: [],
      attributes: { queueName: 'orders', queueUrl: URL_, kmsMasterKeyId: null, sqsManagedSseEnabled: true, policy: { Id: 'orders-policy' } },
    })
  })

  it('an SSE-KMS queue without a policy', () => {
    const raw: SqsRaw = {
      queues: [{ queueUrl: URL_, attributes: { ok: true, value: attrs({ SqsManagedSseEnabled: 'false', KmsMasterKeyId: 'alias/aws/sqs' }) } }],
    }
    const [r] = normalizeSqs(raw, scope)
    expect(r!.attributes).toMatchObject({ kmsMasterKeyId: 'alias/aws/sqs', sqsManagedSseEnabled: false, policy: null })
    expect(r!.relations).toEqual([{ kind: 'uses-kms-key', target: 'alias/aws/sqs' }])
  })

  it('a failed GetQueueAttributes: uid from the URL, attributes Unknown', () => {
    const raw: SqsRaw = { queues: [{ queueUrl: URL_, attributes: { ok: false, reason: 'AccessDenied', code: 'AccessDenied' } }] }
    const [r] = normalizeSqs(raw, scope)
    expect(r!.uid).toBe(ARN)
    expect(isUnknown(r!.attributes.kmsMasterKeyId)).toBe(true)
    expect(isUnknown(r!.attributes.sqsManagedSseEnabled)).toBe(true)
    expect(isUnknown(r!.attributes.policy)).toBe(true)
  })
})
