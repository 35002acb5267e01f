import { describe, expect, it } from 'vitest'
import type { Resource } from '../../core/resource.js'
import { isUnknown, unknown } from '../../core/unknown.js'
import type { CallResult } from '../../collect/collector.js'
import type { S3BucketRaw, S3Raw } from '../../collect/aws/s3.js'
import { kmsKeyArn, normalizeS3 } from './s3.js'
import { AWS, type PolicyDocument, type S3AccountPublicAccessBlockAttributes, type S3BucketAttributes } from './types.js'

const ok = <T>(value: T): CallResult<T> => ({ ok: true, value })
const denied: CallResult<never> = { ok: false, reason: 'AccessDenied: Access Denied', code: 'AccessDenied' }
const scope = { account: '111122223333', region: 'global', regions: ['us-east-1', 'eu-west-1'] }
const OWNER = '79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be'
const KEY_ID = '1234abcd-12ab-34cd-56ef-1234567890ab'

const POLICY = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'DenyInsecure',
      Effect: 'Deny',
      Principal: '*',
      Action: 's3:*',
      Resource: 'arn:aws:s3:::prod-data/*',
      Condition: { Bool: { 'aws:SecureTransport': 'false' } },
    },
  ],
})

/** A bucket as the collector returns it when nothing is configured (every "not configured" answer is null). */
function bare(name: string, region: string): S3BucketRaw {
  return {
    bucket: { Name: name, CreationDate: new Date('2024-03-01T12:00:00Z') },
    region,
    acl: ok({ Owner: { ID: OWNER }, Grants: [{ Grantee: { Type: 'CanonicalUser', ID: OWNER }, Permission: 'FULL_CONTROL' }] }),
    policy: ok(null),
    publicAccessBlock: ok(null),
    encryption: ok(null),
    versioning: ok({}),
    logging: ok(null),
    ownership: ok(null),
    tags: ok(null),
  }
}

const hardened: S3BucketRaw = {
  ...bare('prod-data', 'us-east-1'),
  acl: ok({
    Owner: { ID: OWNER },
    Grants: [
      { Grantee: { Type: 'CanonicalUser', ID: OWNER }, Permission: 'FULL_CONTROL' },
      { Grantee: { Type: 'Group', URI: 'http://acs.amazonaws.com/groups/s3/LogDelivery' }, Permission: 'READ_ACP' },
    ],
  }),
  policy: ok(POLICY),
  publicAccessBlock: ok({ BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true }),
  encryption: ok({ Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: KEY_ID }, BucketKeyEnabled: true }] }),
  versioning: ok({ Status: 'Enabled', MFADelete: 'Enabled' }),
  logging: ok({ TargetBucket: 'access-logs', TargetPrefix: 'prod-data/' }),
  ownership: ok({ Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] }),
  tags: ok([
    { Key: 'env', Value: 'prod' },
    { Key: 'owner', Value: 'data-team' },
  ]),
}

const failing: S3BucketRaw = {
  ...bare('locked-down', 'eu-west-1'),
  acl: denied,
  policy: denied,
  publicAccessBlock: denied,
  encryption: denied,
  versioning: denied,
  logging: denied,
  ownership: denied,
  tags: denied,
}

const raw = (buckets: S3BucketRaw[], accountPab: S3Raw['accountPublicAccessBlock'] = ok(null)): S3Raw => ({
  buckets,
  accountPublicAccessBlock: accountPab,
})
const bucketOf = (rs: Resource[], name: string) => rs.find((r) => r.uid === `arn:aws:s3:::${name}`) as Resource<S3BucketAttributes> | undefined

describe('normalizeS3 buckets', () => {
  const cases: {
    name: string
    bucket: S3BucketRaw
    expected: Partial<S3BucketAttributes>
    region: string
    tags: Record<string, string>
    relations: Resource['relations']
  }[] = [
    {
      name: 'hardened bucket: every setting read, SSE-KMS key id resolved to an ARN',
      bucket: hardened,
      region: 'us-east-1',
      expected: {
        bucketName: 'prod-data',
        creationDate: '2024-03-01T12:00:00.000Z',
        acl: {
          ownerId: OWNER,
          grants: [
            { granteeType: 'CanonicalUser', grantee: OWNER, permission: 'FULL_CONTROL' },
            { granteeType: 'Group', grantee: 'http://acs.amazonaws.com/groups/s3/LogDelivery', permission: 'READ_ACP' },
          ],
        },
        policy: JSON.parse(POLICY) as PolicyDocument,
        publicAccessBlock: { blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: true, restrictPublicBuckets: true },
        encryption: { algorithm: 'aws:kms', kmsKeyId: KEY_ID, bucketKeyEnabled: true },
        versioning: { status: 'Enabled', mfaDelete: true },
        logging: { targetBucket: 'access-logs', targetPrefix: 'prod-data/' },
        ownership: 'BucketOwnerEnforced',
      },
      tags: { env: 'prod', owner: 'data-team' },
      relations: [{ kind: 'uses-kms-key', target: `arn:aws:kms:us-east-1:111122223333:key/${KEY_ID}` }],
    },
    {
      name: 'nothing configured: absent settings are null, versioning Disabled',
      bucket: bare('scratch', 'eu-west-1'),
      region: 'eu-west-1',
      expected: {
        policy: null,
        publicAccessBlock: null,
        encryption: null,
        versioning: { status: 'Disabled', mfaDelete: false },
        logging: null,
        ownership: null,
      },
      tags: {},
      relations: [],
    },
    {
      name: 'every per-bucket call denied: each attribute Unknown, tags empty',
      bucket: failing,
      region: 'eu-west-1',
      expected: {
        acl: unknown('s3:GetBucketAcl: AccessDenied: Access Denied'),
        policy: unknown('s3:GetBucketPolicy: AccessDenied: Access Denied'),
        publicAccessBlock: unknown('s3:GetPublicAccessBlock: AccessDenied: Access Denied'),
        encryption: unknown('s3:GetBucketEncryption: AccessDenied: Access Denied'),
        versioning: unknown('s3:GetBucketVersioning: AccessDenied: Access Denied'),
        logging: unknown('s3:GetBucketLogging: AccessDenied: Access Denied'),
        ownership: unknown('s3:GetBucketOwnershipControls: AccessDenied: Access Denied'),
      },
      tags: {},
      relations: [],
    },
    {
      name: 'SSE-S3 and suspended versioning: no key relation',
      bucket: {
        ...bare('legacy', 'us-east-1'),
        encryption: ok({ Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] }),
        versioning: ok({ Status: 'Suspended', MFADelete: 'Disabled' }),
        ownership: ok({ Rules: [{ ObjectOwnership: 'ObjectWriter' }] }),
      },
      region: 'us-east-1',
      expected: {
        encryption: { algorithm: 'AES256', kmsKeyId: null, bucketKeyEnabled: false },
        versioning: { status: 'Suspended', mfaDelete: false },
        ownership: 'ObjectWriter',
      },
      tags: {},
      relations: [],
    },
    {
      name: 'SSE-KMS with the AWS managed key (no key id): no key relation',
      bucket: {
        ...bare('managed-key', 'us-east-1'),
        encryption: ok({ Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms' } }] }),
      },
      region: 'us-east-1',
      expected: { encryption: { algorithm: 'aws:kms', kmsKeyId: null, bucketKeyEnabled: false } },
      tags: {},
      relations: [],
    },
  ]
  it.each(cases)('$name', ({ bucket, expected, region, tags, relations }) => {
    const r = bucketOf(normalizeS3(raw([bucket]), scope), bucket.bucket.Name!)!
    expect(r).toMatchObject({ type: AWS.s3Bucket, account: '111122223333', region, name: bucket.bucket.Name, tags, relations })
    expect(r.attributes).toMatchObject(expected)
  })

  it('marks a policy that is not JSON Unknown, not absent', () => {
    const r = bucketOf(normalizeS3(raw([{ ...bare('odd-policy', 'us-east-1'), policy: ok('{"Statement": [') }]), scope), 'odd-policy')!
    const policy = r.attributes.policy
    expect(isUnknown(policy) && policy.$unknown).toMatch(/^s3:GetBucketPolicy: policy is not valid JSON/)
  })

  it('keeps only buckets in the scanned regions', () => {
    const rs = normalizeS3(raw([bare('use1', 'us-east-1'), bare('apse2', 'ap-southeast-2'), bare('euw1', 'eu-west-1')]), scope)
    expect(rs.filter((r) => r.type === AWS.s3Bucket).map((r) => r.name)).toEqual(['use1', 'euw1'])
  })
})

describe('normalizeS3 account public access block', () => {
  const uid = 'aws:111122223333:global:s3-account-public-access-block'
  const cases: { name: string; result: S3Raw['accountPublicAccessBlock']; config: S3AccountPublicAccessBlockAttributes['config'] }[] = [
    {
      name: 'partially configured (unset switches are off)',
      result: ok({ BlockPublicAcls: true, IgnorePublicAcls: true }),
      config: { blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: false, restrictPublicBuckets: false },
    },
    { name: 'not configured → null', result: ok(null), config: null },
    { name: 'call failed → Unknown', result: denied, config: unknown('s3:GetAccountPublicAccessBlock: AccessDenied: Access Denied') },
  ]
  it.each(cases)('$name', ({ result, config }) => {
    const r = normalizeS3(raw([], result), scope).find((x) => x.uid === uid) as Resource<S3AccountPublicAccessBlockAttributes>
    expect(r).toMatchObject({ type: AWS.s3AccountPublicAccessBlock, region: 'global', account: '111122223333' })
    expect(r.attributes.config).toEqual(config)
  })
})

describe('kmsKeyArn', () => {
  const arn = `arn:aws:kms:eu-west-1:444455556666:key/${KEY_ID}`
  const cases = [
    { name: 'key ARN kept as is', keyId: arn, region: 'us-east-1', expected: arn },
    { name: 'bare key id', keyId: KEY_ID, region: 'eu-west-1', expected: `arn:aws:kms:eu-west-1:111122223333:key/${KEY_ID}` },
    { name: 'alias', keyId: 'alias/s3-data', region: 'us-east-1', expected: 'arn:aws:kms:us-east-1:111122223333:alias/s3-data' },
    { name: 'China partition', keyId: KEY_ID, region: 'cn-north-1', expected: `arn:aws-cn:kms:cn-north-1:111122223333:key/${KEY_ID}` },
    { name: 'GovCloud partition', keyId: KEY_ID, region: 'us-gov-west-1', expected: `arn:aws-us-gov:kms:us-gov-west-1:111122223333:key/${KEY_ID}` },
  ]
  it.each(cases)('$name', ({ keyId, region, expected }) => {
    expect(kmsKeyArn(keyId, region, '111122223333')).toBe(expected)
  })
})
