import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type S3BucketAttributes } from '../../../normalize/aws/types.js'
import { publicPolicyVerdict } from '../../_shared/s3-public.js'

/** Bucket policies must not let anyone write, delete or re-permission the bucket without a condition limiting who. */
export default defineCheck<S3BucketAttributes>({
  id: 'aws-s3-bucket-policy-no-public-write',
  title: 'S3 bucket policy does not allow public write, delete or permission changes',
  resourceType: AWS.s3Bucket,
  severity: 'critical',
  categories: ['data-exposure'],
  rationale:
    'An unconditioned Allow for Principal "*" on s3:PutObject, s3:DeleteObject, s3:PutBucketPolicy or s3:PutBucketAcl lets anyone plant malware in content you serve, destroy or ransom data, or rewrite the policy to lock you out.',
  remediation: {
    steps: [
      'Remove the public statements, or restrict them to named principals or with a condition on aws:PrincipalOrgID / aws:SourceVpce.',
      'Turn on Block Public Access (BlockPublicPolicy, RestrictPublicBuckets) at account level.',
    ],
    cli: 'aws s3api put-bucket-policy --bucket <bucket> --policy file://restricted-policy.json',
    terraform:
      'In the aws_s3_bucket_policy document, remove principals { type = "*" } from statements granting s3:PutObject, s3:DeleteObject, s3:PutBucketPolicy, s3:PutBucketAcl or s3:*, or add a restricting condition block.',
    references: [
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html#access-control-block-public-access-policy-status',
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/security-best-practices.html',
    ],
  },
  evaluate: (bucket, result, ctx) => publicPolicyVerdict(bucket, 'write', result, ctx),
})
