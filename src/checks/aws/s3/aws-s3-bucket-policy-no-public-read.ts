import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AWS, type S3BucketAttributes } from '../../../normalize/aws/types.js'
import { describeFlag, effectiveFlag, publicStatementLabels, S3_READ_ACTIONS } from '../../_shared/s3-access.js'

/** Bucket policies must not let anyone read or list the bucket without a condition limiting who. */
export default defineCheck<S3BucketAttributes>({
  id: 'aws-s3-bucket-policy-no-public-read',
  title: 'S3 bucket policy does not allow public read or list access',
  resourceType: AWS.s3Bucket,
  severity: 'critical',
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
  evaluate(bucket, result, ctx) {
    const name = bucket.attributes.bucketName
    const policy = known(bucket.attributes.policy, 'bucket policy')
    if (policy === null) return result.pass(`Bucket ${name} has no bucket policy.`)
    const open = publicStatementLabels(policy, S3_READ_ACTIONS)
    if (open.length === 0) return result.pass(`No statement of the policy of ${name} allows public read or list access.`)
    // RestrictPublicBuckets limits a public policy to AWS services and the owner account's principals.
    const restrict = effectiveFlag(bucket, ctx.inventory, 'restrictPublicBuckets')
    return restrict.via
      ? result.pass(
          `The policy of ${name} allows public read in ${open.join(', ')}, but ${describeFlag('restrictPublicBuckets', restrict.via)} blocks public access.`,
        )
      : result.fail(`The policy of ${name} allows anyone to read or list it in ${open.join(', ')}, and RestrictPublicBuckets is off.`)
  },
})
