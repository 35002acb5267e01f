/** Demo estate, S3 part: public and private buckets, public and TLS-only policies, a hardened and a bare bucket. */
import {
  S3Client,
  CreateBucketCommand,
  PutBucketAclCommand,
  PutBucketEncryptionCommand,
  PutBucketLoggingCommand,
  PutBucketOwnershipControlsCommand,
  PutBucketPolicyCommand,
  PutBucketVersioningCommand,
  PutPublicAccessBlockCommand,
  type BucketCannedACL,
} from '@aws-sdk/client-s3'
import { settingUid } from '../../src/normalize/aws/types.js'
import type { SeedContext } from './seed-demo.js'

/** What later seeding steps need from S3. */
export interface S3Seed {
  /** Bucket CloudTrail delivers to. */
  trailBucket: string
}

const arn = (bucket: string): string => `arn:aws:s3:::${bucket}`

/** A deny of every request not made over TLS (https://docs.aws.amazon.com/AmazonS3/latest/userguide/security-best-practices.html). */
function tlsOnlyPolicy(bucket: string): string {
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'DenyInsecureTransport',
        Effect: 'Deny',
        Principal: '*',
        Action: 's3:*',
        Resource: [arn(bucket), `${arn(bucket)}/*`],
        Condition: { Bool: { 'aws:SecureTransport': 'false' } },
      },
    ],
  })
}

/** Anyone on the internet may read every object: the classic data-leak policy. */
function publicReadPolicy(bucket: string): string {
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Sid: 'PublicRead', Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: `${arn(bucket)}/*` }],
  })
}

/** CloudTrail's documented bucket policy (https://docs.aws.amazon.com/awscloudtrail/latest/userguide/create-s3-bucket-policy-for-cloudtrail.html). */
function trailBucketPolicy(bucket: string, account: string): string {
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      { Sid: 'AclCheck', Effect: 'Allow', Principal: { Service: 'cloudtrail.amazonaws.com' }, Action: 's3:GetBucketAcl', Resource: arn(bucket) },
      {
        Sid: 'Write',
        Effect: 'Allow',
        Principal: { Service: 'cloudtrail.amazonaws.com' },
        Action: 's3:PutObject',
        Resource: `${arn(bucket)}/AWSLogs/${account}/*`,
        Condition: { StringEquals: { 's3:x-amz-acl': 'bucket-owner-full-control' } },
      },
    ],
  })
}

/** Creates a bucket in `region` (us-east-1 takes no location constraint). */
async function bucket(ctx: SeedContext, region: string, name: string, acl?: BucketCannedACL): Promise<void> {
  const s3 = new S3Client(ctx.config(region))
  try {
    await s3.send(
      new CreateBucketCommand({
        Bucket: name,
        ...(acl ? { ACL: acl } : {}),
        ...(region === 'us-east-1' ? {} : { CreateBucketConfiguration: { LocationConstraint: region as 'eu-west-1' } }),
      }),
    )
    ctx.count()
  } finally {
    s3.destroy()
  }
}

/** Turns on everything a well-run bucket has: versioning, default encryption, public access block, access logs, no ACLs. */
async function harden(s3: S3Client, name: string, logBucket: string): Promise<void> {
  await Promise.all([
    s3.send(new PutBucketVersioningCommand({ Bucket: name, VersioningConfiguration: { Status: 'Enabled' } })),
    s3.send(
      new PutBucketEncryptionCommand({
        Bucket: name,
        ServerSideEncryptionConfiguration: { Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' }, BucketKeyEnabled: true }] },
      }),
    ),
    s3.send(
      new PutPublicAccessBlockCommand({
        Bucket: name,
        PublicAccessBlockConfiguration: { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true },
      }),
    ),
    s3.send(new PutBucketPolicyCommand({ Bucket: name, Policy: tlsOnlyPolicy(name) })),
    s3.send(
      new PutBucketLoggingCommand({ Bucket: name, BucketLoggingStatus: { LoggingEnabled: { TargetBucket: logBucket, TargetPrefix: `${name}/` } } }),
    ),
    s3.send(new PutBucketOwnershipControlsCommand({ Bucket: name, OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] } })),
  ])
}

/** Records the expectations of the S3 part. */
function expectations(ctx: SeedContext): void {
  const ok = (id: string, b: string, why: string): void => ctx.ok(id, arn(b), b, why)
  const fail = (id: string, b: string, why: string): void => ctx.fail(id, arn(b), b, why)
  fail('aws-s3-bucket-acl-no-public-read', 'posture-demo-public-acl', 'ACL grants READ to AllUsers')
  ok('aws-s3-bucket-acl-no-public-read', 'posture-demo-private', 'private ACL')
  ok('aws-s3-bucket-acl-no-public-write', 'posture-demo-private', 'private ACL')
  fail('aws-s3-bucket-policy-no-public-read', 'posture-demo-public-policy', 'policy allows s3:GetObject to Principal *')
  ok('aws-s3-bucket-policy-no-public-read', 'posture-demo-reports', 'only a TLS-enforcing Deny statement')
  ok('aws-s3-bucket-tls-only-policy', 'posture-demo-reports', 'denies aws:SecureTransport=false')
  fail('aws-s3-bucket-tls-only-policy', 'posture-demo-bare', 'no bucket policy')
  for (const id of ['versioning-enabled', 'default-encryption-enabled', 'public-access-block-enabled', 'access-logging-enabled']) {
    ok(`aws-s3-bucket-${id}`, 'posture-demo-hardened', 'hardened bucket')
    fail(`aws-s3-bucket-${id}`, 'posture-demo-bare', 'bare bucket')
  }
  ok('aws-s3-bucket-tls-only-policy', 'posture-demo-hardened', 'hardened bucket')
  ok('aws-s3-bucket-acls-disabled', 'posture-demo-hardened', 'ownership BucketOwnerEnforced')
  const pab = settingUid(ctx.manifest.account, 'global', 's3-account-public-access-block')
  ctx.fail('aws-s3-account-public-access-block-enabled', pab, 'account public access block', 'not configured')
}

/** Seeds the S3 part: buckets in both regions, then their configuration in parallel. */
export async function seedS3(ctx: SeedContext): Promise<S3Seed> {
  const [home, other] = ctx.manifest.regions as [string, string]
  const trailBucket = 'posture-demo-cloudtrail-logs'
  await Promise.all([
    bucket(ctx, home, 'posture-demo-public-acl', 'public-read'),
    bucket(ctx, home, 'posture-demo-private', 'private'),
    bucket(ctx, home, 'posture-demo-public-policy'),
    bucket(ctx, home, 'posture-demo-bare'),
    bucket(ctx, home, trailBucket),
    bucket(ctx, other, 'posture-demo-reports'),
    bucket(ctx, other, 'posture-demo-hardened'),
    // Server access logs need the log-delivery group's WRITE permission on the target bucket.
    bucket(ctx, other, 'posture-demo-access-logs', 'log-delivery-write' as BucketCannedACL),
  ])
  const s3Home = new S3Client(ctx.config(home))
  const s3Other = new S3Client(ctx.config(other))
  try {
    await Promise.all([
      s3Home.send(new PutBucketPolicyCommand({ Bucket: 'posture-demo-public-policy', Policy: publicReadPolicy('posture-demo-public-policy') })),
      s3Home.send(new PutBucketPolicyCommand({ Bucket: trailBucket, Policy: trailBucketPolicy(trailBucket, ctx.manifest.account) })),
      s3Home.send(new PutBucketAclCommand({ Bucket: 'posture-demo-private', ACL: 'private' })),
      s3Other.send(new PutBucketPolicyCommand({ Bucket: 'posture-demo-reports', Policy: tlsOnlyPolicy('posture-demo-reports') })),
      harden(s3Other, 'posture-demo-hardened', 'posture-demo-access-logs'),
    ])
  } finally {
    s3Home.destroy()
    s3Other.destroy()
  }
  expectations(ctx)
  return { trailBucket }
}
