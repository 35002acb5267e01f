import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AWS, type S3BucketAttributes } from '../../../normalize/aws/types.js'

/** Buckets should keep object versions so overwrites and deletions can be undone. */
export default defineCheck<S3BucketAttributes>({
  id: 'aws-s3-bucket-versioning-enabled',
  title: 'S3 bucket has versioning enabled',
  resourceType: AWS.s3Bucket,
  severity: 'low',
  categories: ['resilience'],
  rationale:
    'Without versioning, an accidental overwrite, a buggy deployment or ransomware that rewrites objects destroys the only copy; versioning keeps prior versions recoverable and is a prerequisite for replication and Object Lock.',
  remediation: {
    steps: [
      'Enable versioning on the bucket.',
      'Add a lifecycle rule that expires noncurrent versions after a retention period to control storage cost.',
    ],
    cli: 'aws s3api put-bucket-versioning --bucket <bucket> --versioning-configuration Status=Enabled',
    terraform:
      'Declare aws_s3_bucket_versioning with versioning_configuration { status = "Enabled" } (and aws_s3_bucket_lifecycle_configuration with noncurrent_version_expiration).',
    references: [
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/Versioning.html',
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/manage-versioning-examples.html',
    ],
  },
  evaluate(bucket, result) {
    const name = bucket.attributes.bucketName
    const { status } = known(bucket.attributes.versioning, 'bucket versioning')
    if (status === 'Enabled') return result.pass(`Bucket ${name} has versioning enabled.`)
    // A bucket that never had versioning reports no Status at all; normalizers call that 'Disabled'.
    return status === 'Suspended'
      ? result.fail(`Versioning of bucket ${name} is suspended, so new writes no longer keep prior versions.`)
      : result.fail(`Bucket ${name} has never had versioning enabled.`)
  },
})
