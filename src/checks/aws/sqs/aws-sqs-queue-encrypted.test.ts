import { describe, expect, it } from 'vitest'
import { unknown } from '../../../core/unknown.js'
import { AWS, type SqsQueueAttributes } from '../../../normalize/aws/types.js'
import check from './aws-sqs-queue-encrypted.js'
import { awsFixture, runCheck } from '../../_shared/testing.js'

const queue = (attrs: Partial<SqsQueueAttributes>) =>
  awsFixture<SqsQueueAttributes>(AWS.sqsQueue, {
    queueName: 'orders',
    queueUrl: 'https://sqs.us-east-1.amazonaws.com/111122223333/orders',
    kmsMasterKeyId: null,
    sqsManagedSseEnabled: true,
    policy: null,
    ...attrs,
  })

describe(check.id, () => {
  const failed = unknown('sqs:GetQueueAttributes: AccessDenied')
  const cases: { name: string; attrs: Partial<SqsQueueAttributes>; expected: string }[] = [
    { name: 'SSE-SQS', attrs: {}, expected: 'pass' },
    { name: 'SSE-KMS', attrs: { kmsMasterKeyId: 'alias/aws/sqs', sqsManagedSseEnabled: false }, expected: 'pass' },
    { name: 'no encryption', attrs: { sqsManagedSseEnabled: false }, expected: 'fail' },
    { name: 'attributes not collected', attrs: { kmsMasterKeyId: failed, sqsManagedSseEnabled: failed }, expected: 'error' },
  ]
  it.each(cases)('$name → $expected', ({ attrs, expected }) => {
    expect(runCheck(check, queue(attrs)).status).toBe(expected)
  })
})
