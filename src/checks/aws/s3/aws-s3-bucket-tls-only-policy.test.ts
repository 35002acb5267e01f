import { describe, expect, it } from 'vitest'
import check from './aws-s3-bucket-tls-only-policy.js'
import { unknown, type Maybe } from '../../../core/unknown.js'
import type { PolicyDocument, PolicyStatement } from '../../../normalize/aws/types.js'
import { runCheck } from '../../_shared/testing.js'
import { bucketFixture, policyOf } from '../../_shared/s3-fixtures.js'

const RESOURCES = ['arn:aws:s3:::example-data', 'arn:aws:s3:::example-data/*']
const deny = (extra: Partial<PolicyStatement>): PolicyStatement => ({
  Sid: 'DenyInsecure',
  Effect: 'Deny',
  Principal: '*',
  Action: 's3:*',
  Resource: RESOURCES,
  ...extra,
})
const insecure = { Bool: { 'aws:SecureTransport': 'false' } }
const allowRead: PolicyStatement = {
  Effect: 'Allow',
  Principal: { AWS: 'arn:aws:iam::444455556666:root' },
  Action: 's3:GetObject',
  Resource: RESOURCES[1],
}

describe(check.id, () => {
  const cases: { name: string; policy: Maybe<PolicyDocument | null>; expected: 'pass' | 'fail' | 'error' }[] = [
    { name: 'Bool SecureTransport "false"', policy: policyOf(allowRead, deny({ Condition: insecure })), expected: 'pass' },
    {
      name: 'Bool SecureTransport false (boolean)',
      policy: policyOf(deny({ Condition: { Bool: { 'aws:SecureTransport': false } } })),
      expected: 'pass',
    },
    {
      name: 'Principal {AWS: *} and Action *',
      policy: policyOf(deny({ Principal: { AWS: '*' }, Action: '*', Condition: insecure })),
      expected: 'pass',
    },
    {
      name: 'minimum TLS version, IfExists (denies plain HTTP too)',
      policy: policyOf(deny({ Condition: { NumericLessThanIfExists: { 's3:TlsVersion': 1.2 } } })),
      expected: 'pass',
    },
    {
      name: 'minimum TLS version alone lets plain HTTP through',
      policy: policyOf(deny({ Condition: { NumericLessThan: { 's3:TlsVersion': 1.2 } } })),
      expected: 'fail',
    },
    { name: 'no bucket policy', policy: null, expected: 'fail' },
    { name: 'policy without a deny', policy: policyOf(allowRead), expected: 'fail' },
    {
      name: 'Allow conditioned on SecureTransport true is not a deny',
      policy: policyOf({ ...allowRead, Condition: { Bool: { 'aws:SecureTransport': 'true' } } }),
      expected: 'fail',
    },
    { name: 'deny covers only s3:GetObject', policy: policyOf(deny({ Action: 's3:GetObject', Condition: insecure })), expected: 'fail' },
    {
      name: 'deny for one account only',
      policy: policyOf(deny({ Principal: { AWS: 'arn:aws:iam::444455556666:root' }, Condition: insecure })),
      expected: 'fail',
    },
    { name: 'deny with SecureTransport true', policy: policyOf(deny({ Condition: { Bool: { 'aws:SecureTransport': 'true' } } })), expected: 'fail' },
    { name: 'policy not collected', policy: unknown('s3:GetBucketPolicy: AccessDenied'), expected: 'error' },
  ]
  it.each(cases)('$name → $expected', ({ policy, expected }) => {
    expect(runCheck(check, bucketFixture({ policy })).status).toBe(expected)
  })

  it('names the enforcing statement', () => {
    expect(runCheck(check, bucketFixture({ policy: policyOf(allowRead, deny({ Condition: insecure })) })).message).toContain(
      'statement "DenyInsecure"',
    )
  })
})
