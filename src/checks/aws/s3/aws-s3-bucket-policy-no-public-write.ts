import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AWS, type S3BucketAttributes } from '../../../normalize/aws/types.js'
import { describeFlag, effectiveFlag, publicStatementLabels, S3_WRITE_ACTIONS } from '../../_shared/s3-access.js'

/** Bucket policies must not let anyone write, delete or re-permission the bucket without a condition limiting who. */
export default defineCheck<S3BucketAttributes>({
  id: 'aws-s3-bucket-policy-no-public-write',
  title: 'S3 bucket policy does not allow public write, delete or permission changes',
  resourceType: AWS.s3Bucket,
  severity: 'critical',
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
  evaluate(bucket, result, ctx) {
    const name = bucket.attributes.bucketName
    const policy = known(bucket.attributes.policy, 'bucket policy')
    if (policy === null) return result.pass(`Bucket ${name} has no bucket policy.`)
    const open = publicStatementLabels(policy, S3_WRITE_ACTIONS)
    if (open.length === 0) return result.pass(`No statement of the policy of ${name} allows public write, delete or permission changes.`)
    // RestrictPublicBuckets limits a public policy to AWS services and the owner account's principals.
    const restrict = effectiveFlag(bucket, ctx.inventory, 'restrictPublicBuckets')
    return restrict.via
      ? result.pass(
          `The policy of ${name} allows public writes in ${open.join(', ')}, but ${describeFlag('restrictPublicBuckets', restrict.via)} blocks public access.`,
        )
      : result.fail(`The policy of ${name} allows anyone to write to it in ${open.join(', ')}, and RestrictPublicBuckets is off.`)
  },
})
