import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type S3BucketAttributes } from '../../../normalize/aws/types.js'
import { publicPolicyVerdict } from '../../_shared/s3-public.js'

/** Bucket policies must not let anyone read or list the bucket without a condition limiting who. */
export default defineCheck<S3BucketAttributes>({
  id: 'aws-s3-bucket-policy-no-public-read',
  title: 'S3 bucket policy does not allow public read or list access',
  resourceType: AWS.s3Bucket,
  severity: 'critical',
  categories: ['data-exposure'],
  rationale:
    'An Allow for Principal "*" on s3:GetObject or s3:ListBucket (or s3:*) with no condition such as aws:SourceVpce or aws:PrincipalOrgID makes every object downloadable by anyone on the internet; most large S3 data leaks came from exactly such policies.',
  remediation: {
    steps: [
      'Remove the public statements, or restrict them with a condition on aws:PrincipalOrgID, aws:SourceVpce or aws:SourceIp, or name specific principals.',
      'Serve public content through CloudFront with origin access control instead of a public bucket.',
      'Turn on Block Public Access (BlockPublicPolicy, RestrictPublicBuckets) at account level.',
    ],
    cli: 'aws s3api put-bucket-policy --bucket <bucket> --policy file://policy-without-public-statements.json',
    terraform:
      'In the aws_s3_bucket_policy document (aws_iam_policy_document), replace principals { type = "*" identifiers = ["*"] } on s3:GetObject/s3:ListBucket with specific principals or add a condition block on aws:PrincipalOrgID / aws:SourceVpce.',
    references: [
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html#access-control-block-public-access-policy-status',
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/example-bucket-policies.html',
    ],
  },
  evaluate: (bucket, result, ctx) => publicPolicyVerdict(bucket, 'read', result, ctx),
})
