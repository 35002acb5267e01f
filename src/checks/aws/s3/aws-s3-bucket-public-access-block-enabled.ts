import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type S3BucketAttributes } from '../../../normalize/aws/types.js'
import { effectiveFlag, flagName, PAB_FLAGS } from '../../_shared/s3-access.js'

/** Every bucket must be covered by all four Block Public Access switches, set on the bucket or on the account. */
export default defineCheck<S3BucketAttributes>({
  id: 'aws-s3-bucket-public-access-block-enabled',
  title: 'S3 bucket is covered by all four Block Public Access settings (bucket or account level)',
  resourceType: AWS.s3Bucket,
  severity: 'high',
  categories: ['data-exposure'],
  rationale:
    'Block Public Access is the guardrail that overrides individual ACLs and policies: without all four switches, one careless put-bucket-acl or policy edit is enough to expose the bucket to the internet.',
  remediation: {
    steps: [
      'Turn on BlockPublicAcls, IgnorePublicAcls, BlockPublicPolicy and RestrictPublicBuckets at account level (preferred) or on the bucket.',
      'If a bucket must serve public content, front it with CloudFront and origin access control instead of relaxing these settings.',
    ],
    cli: 'aws s3api put-public-access-block --bucket <bucket> --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true',
    terraform:
      'Declare aws_s3_bucket_public_access_block for the bucket (or aws_s3_account_public_access_block) with block_public_acls, ignore_public_acls, block_public_policy and restrict_public_buckets all = true.',
    references: [
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html',
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/configuring-block-public-access-bucket.html',
    ],
  },
  evaluate(bucket, result, ctx) {
    const name = bucket.attributes.bucketName
    // effectiveFlag throws (→ ERROR) when a switch is not on at a known level and the other level was not collected.
    const states = PAB_FLAGS.map((flag) => ({ flag, ...effectiveFlag(bucket, ctx.inventory, flag) }))
    const missing = states.filter((s) => !s.enabled).map((s) => flagName(s.flag))
    if (missing.length > 0) return result.fail(`Bucket ${name} is not covered by ${missing.join(', ')} at bucket or account level.`)
    const levels = [...new Set(states.map((s) => s.via))]
    return result.pass(`All four Block Public Access settings apply to ${name} (set at ${levels.join(' and ')} level).`)
  },
})
