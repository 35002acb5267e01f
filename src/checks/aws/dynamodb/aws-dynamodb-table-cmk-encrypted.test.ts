import { describe, expect, it } from 'vitest'
import type { Resource } from '../../../core/resource.js'
import { unknown } from '../../../core/unknown.js'
import { AWS, type DynamoDbTableAttributes, type KmsKeyAttributes } from '../../../normalize/aws/types.js'
import check from './aws-dynamodb-table-cmk-encrypted.js'
import { tableFixture } from './fixtures.js'
import { awsFixture, runCheck } from '../../_shared/testing.js'

const KEY = 'arn:aws:kms:us-east-1:111122223333:key/1234abcd'
const key = (keyManager: 'CUSTOMER' | 'AWS'): Resource<unknown> =>
  awsFixture<KmsKeyAttributes>(
    AWS.kmsKey,
    {
      keyId: '1234abcd',
      keyManager,
      keyState: 'Enabled',
      keySpec: 'SYMMETRIC_DEFAULT',
      keyUsage: 'ENCRYPT_DECRYPT',
      origin: 'AWS_KMS',
      rotationEnabled: true,
      policy: null,
    },
    { uid: KEY, name: '1234abcd' },
  )

describe(check.id, () => {
  const cases: { name: string; attrs: Partial<DynamoDbTableAttributes>; others: Resource<unknown>[]; expected: string; says: string }[] = [
    { name: 'customer-managed key', attrs: {}, others: [key('CUSTOMER')], expected: 'pass', says: 'customer-managed KMS key' },
    { name: 'AWS-managed aws/dynamodb key', attrs: {}, others: [key('AWS')], expected: 'fail', says: 'AWS-managed key' },
    { name: 'default AWS-owned key', attrs: { kmsKeyArn: null }, others: [], expected: 'fail', says: 'AWS-owned key' },
    {
      name: 'key in another account',
      attrs: { kmsKeyArn: 'arn:aws:kms:us-east-1:444455556666:key/ffff' },
      others: [],
      expected: 'pass',
      says: 'another account',
    },
    { name: 'own-account key missing from the inventory', attrs: {}, others: [], expected: 'error', says: 'not found' },
    {
      name: 'DescribeTable failed',
      attrs: { kmsKeyArn: unknown('dynamodb:DescribeTable: AccessDenied') },
      others: [],
      expected: 'error',
      says: 'not collected',
    },
  ]
  it.each(cases)('$name → $expected', ({ attrs, others, expected, says }) => {
    const f = runCheck(check, tableFixture(attrs), others)
    expect(f.status).toBe(expected)
    expect(f.message).toContain(says)
  })

  it('KMS keys not listed in the region → error', () => {
    const gap = {
      provider: 'aws' as const,
      account: '111122223333',
      service: 'kms',
      region: 'us-east-1',
      api: 'ListKeys',
      reason: 'AccessDenied',
      resourceTypes: [AWS.kmsKey],
    }
    expect(runCheck(check, tableFixture({ kmsKeyArn: 'arn:aws:kms:us-east-1:444455556666:key/ffff' }), [], [gap]).status).toBe('error')
  })
})
