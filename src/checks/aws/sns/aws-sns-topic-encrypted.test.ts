import { describe, expect, it } from 'vitest'
import { unknown } from '../../../core/unknown.js'
import { AWS, type SnsTopicAttributes } from '../../../normalize/aws/types.js'
import check from './aws-sns-topic-encrypted.js'
import { awsFixture, runCheck } from '../../_shared/testing.js'

const topic = (attrs: Partial<SnsTopicAttributes>) =>
  awsFixture<SnsTopicAttributes>(AWS.snsTopic, { topicName: 'alerts', kmsMasterKeyId: 'alias/aws/sns', policy: null, ...attrs })

describe(check.id, () => {
  const cases: { name: string; attrs: Partial<SnsTopicAttributes>; expected: string }[] = [
    { name: 'AWS-managed key', attrs: {}, expected: 'pass' },
    { name: 'customer key ARN', attrs: { kmsMasterKeyId: 'arn:aws:kms:us-east-1:111122223333:key/abcd' }, expected: 'pass' },
    { name: 'no key', attrs: { kmsMasterKeyId: null }, expected: 'fail' },
    { name: 'attributes not collected', attrs: { kmsMasterKeyId: unknown('sns:GetTopicAttributes: AuthorizationError') }, expected: 'error' },
  ]
  it.each(cases)('$name → $expected', ({ attrs, expected }) => {
    expect(runCheck(check, topic(attrs)).status).toBe(expected)
  })
})
