import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AWS, type S3BucketAttributes } from '../../../normalize/aws/types.js'

/** Buckets should disable ACLs (Object Ownership "Bucket owner enforced") so access is governed by policies alone. */
export default defineCheck<S3BucketAttributes>({
  id: 'aws-s3-bucket-acls-disabled',
  title: 'S3 bucket has ACLs disabled (Object Ownership is BucketOwnerEnforced)',
  resourceType: AWS.s3Bucket,
  severity: 'low',
  categories: ['identity'],
  rationale:
    'While ACLs are enabled, objects uploaded by other accounts can stay owned by them and any object can carry its own public or cross-account grant that bucket policies do not show; BucketOwnerEnforced switches ACLs off so the policy is the single place to review access.',
  remediation: {
    steps: [
      'Review bucket and object ACLs for grants that still matter and move them into the bucket policy.',
      'Set Object Ownership to "Bucket owner enforced" on the bucket.',
    ],
    cli: 'aws s3api put-bucket-ownership-controls --bucket <bucket> --ownership-controls Rules=[{ObjectOwnership=BucketOwnerEnforced}]',
    terraform:
      'Declare aws_s3_bucket_ownership_controls with rule { object_ownership = "BucketOwnerEnforced" } and remove aws_s3_bucket_acl resources for the bucket.',
    references: [
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/about-object-ownership.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-12',
    ],
  },
  evaluate(bucket, result) {
    const name = bucket.attributes.bucketName
    const ownership = known(bucket.attributes.ownership, 'bucket ownership controls')
    if (ownership === 'BucketOwnerEnforced') return result.pass(`Bucket ${name} has ACLs disabled (BucketOwnerEnforced).`)
    return ownership === null
      ? result.fail(`Bucket ${name} has no ownership controls, so ACLs are enabled.`)
      : result.fail(`Bucket ${name} has Object Ownership ${ownership}, so ACLs are still enabled.`)
  },
})
