import { describe, expect, it } from 'vitest'
import { unknown, type Maybe } from '../../../core/unknown.js'
import { AWS, type SqsQueueAttributes, type PolicyDocument, type PolicyStatement } from '../../../normalize/aws/types.js'
import check from './aws-sqs-queue-policy-not-public.js'
import { awsFixture, runCheck } from '../../_shared/testing.js'

const RESOURCE = 'arn:aws:sqs:us-east-1:111122223333:orders'
const doc = (...Statement: PolicyStatement[]): PolicyDocument => ({ Version: '2012-10-17', Statement })
const allowAll = (extra: Partial<PolicyStatement> = {}): PolicyStatement => ({
  Sid: 'Open',
  Effect: 'Allow',
  Principal: '*',
  Action: 'sqs:SendMessage',
  Resource: RESOURCE,
  ...extra,
})
const fixture = (policy: Maybe<PolicyDocument | null>) =>
  awsFixture<SqsQueueAttributes>(AWS.sqsQueue, {
    queueName: 'orders',
    queueUrl: 'https://sqs.us-east-1.amazonaws.com/111122223333/orders',
    kmsMasterKeyId: null,
    sqsManagedSseEnabled: true,
    policy,
  })

describe(check.id, () => {
  const cases: { name: string; policy: Maybe<PolicyDocument | null>; expected: string }[] = [
    { name: 'no policy', policy: null, expected: 'pass' },
    {
      name: 'own account only',
      policy: doc(allowAll({ Principal: { AWS: 'arn:aws:iam::111122223333:root' } })),
      expected: 'pass',
    },
    { name: 'Principal *', policy: doc(allowAll()), expected: 'fail' },
    { name: 'AWS: * in a list', policy: doc(allowAll({ Principal: { AWS: ['arn:aws:iam::444455556666:root', '*'] } })), expected: 'fail' },
    { name: 'Principal * but Deny', policy: doc(allowAll({ Effect: 'Deny' })), expected: 'pass' },
    {
      name: 'Principal * limited to the organization',
      policy: doc(allowAll({ Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } } })),
      expected: 'pass',
    },
    {
      name: 'Principal * limited to a source account',
      policy: doc(allowAll({ Condition: { StringEquals: { 'aws:SourceAccount': '111122223333' } } })),
      expected: 'pass',
    },
    {
      name: 'Principal * limited to a VPC endpoint',
      policy: doc(allowAll({ Condition: { StringEquals: { 'aws:SourceVpce': 'vpce-0a1b2c3d' } } })),
      expected: 'pass',
    },
    {
      name: 'Principal * with a negated condition',
      policy: doc(allowAll({ Condition: { StringNotEquals: { 'aws:SourceAccount': '111122223333' } } })),
      expected: 'fail',
    },
    {
      name: 'Principal * with a condition that does not limit who (SecureTransport)',
      policy: doc(allowAll({ Condition: { Bool: { 'aws:SecureTransport': 'true' } } })),
      expected: 'fail',
    },
    { name: 'policy not collected', policy: unknown('AccessDenied'), expected: 'error' },
  ]
  it.each(cases)('$name → $expected', ({ policy, expected }) => {
    expect(runCheck(check, fixture(policy)).status).toBe(expected)
  })
})
