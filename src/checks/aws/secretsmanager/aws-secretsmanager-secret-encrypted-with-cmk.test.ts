import { describe, expect, it } from 'vitest'
import type { Resource } from '../../../core/resource.js'
import type { SecretsManagerSecretAttributes } from '../../../normalize/aws/types.js'
import check from './aws-secretsmanager-secret-encrypted-with-cmk.js'
import { runCheck } from '../../_shared/testing.js'
import { kmsKeyFixture, secretFixture } from '../backup/management-fixtures.js'

const CMK = '1234abcd-12ab-34cd-56ef-1234567890ab'
const AWS_KEY = '0987dcba-09fe-87dc-65ba-ab0987654321'
const keys = [kmsKeyFixture(CMK, 'CUSTOMER'), kmsKeyFixture(AWS_KEY, 'AWS')] as Resource<unknown>[]
const gap = {
  provider: 'aws' as const,
  account: '111122223333',
  service: 'kms',
  region: 'us-east-1',
  api: 'ListKeys',
  reason: 'AccessDenied',
  resourceTypes: ['aws.kms.key'],
}

describe(check.id, () => {
  const cases: { name: string; attrs: Partial<SecretsManagerSecretAttributes>; expected: string; errors?: (typeof gap)[] }[] = [
    { name: 'default key (KmsKeyId omitted)', attrs: { kmsKeyId: null }, expected: 'fail' },
    { name: 'alias/aws/secretsmanager', attrs: { kmsKeyId: 'alias/aws/secretsmanager' }, expected: 'fail' },
    { name: 'AWS managed key by ARN', attrs: { kmsKeyId: `arn:aws:kms:us-east-1:111122223333:key/${AWS_KEY}` }, expected: 'fail' },
    { name: 'customer key by ARN', attrs: { kmsKeyId: `arn:aws:kms:us-east-1:111122223333:key/${CMK}` }, expected: 'pass' },
    { name: 'customer key by id', attrs: { kmsKeyId: CMK }, expected: 'pass' },
    { name: 'customer alias', attrs: { kmsKeyId: 'alias/secrets-prod' }, expected: 'pass' },
    { name: 'key of another account', attrs: { kmsKeyId: `arn:aws:kms:us-east-1:444455556666:key/${CMK}` }, expected: 'pass' },
    { name: 'key of the account not collected', attrs: { kmsKeyId: 'ffff0000-12ab-34cd-56ef-1234567890ab' }, expected: 'error' },
    { name: 'KMS keys not listed', attrs: { kmsKeyId: CMK }, expected: 'error', errors: [gap] },
  ]
  it.each(cases)('$name → $expected', ({ attrs, expected, errors }) => {
    const others = errors ? [] : keys
    expect(runCheck(check, secretFixture(attrs), others, errors).status).toBe(expected)
  })
})
