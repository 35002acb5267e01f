import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AWS, type S3BucketAttributes } from '../../../normalize/aws/types.js'

/** Buckets must declare default server-side encryption so every new object is encrypted at rest. */
export default defineCheck<S3BucketAttributes>({
  id: 'aws-s3-bucket-default-encryption-enabled',
  title: 'S3 bucket has default server-side encryption configured',
  resourceType: AWS.s3Bucket,
  severity: 'medium',
  categories: ['encryption'],
  rationale:
    'Default encryption guarantees objects are encrypted at rest whatever the uploader sends; choosing SSE-KMS additionally puts reads behind a key policy and logs every decrypt in CloudTrail.',
  remediation: {
    steps: [
      'Set a default encryption configuration on the bucket: SSE-S3 (AES256) at minimum, SSE-KMS with a customer managed key for sensitive data.',
      'Enable S3 Bucket Keys with SSE-KMS to reduce KMS request costs.',
    ],
    cli: 'aws s3api put-bucket-encryption --bucket <bucket> --server-side-encryption-configuration \'{"Rules":[{"ApplyServerSideEncryptionByDefault":{"SSEAlgorithm":"aws:kms","KMSMasterKeyID":"<key-arn>"},"BucketKeyEnabled":true}]}\'',
    terraform:
      'Declare aws_s3_bucket_server_side_encryption_configuration with rule { apply_server_side_encryption_by_default { sse_algorithm = "aws:kms", kms_master_key_id = <key arn> } bucket_key_enabled = true }.',
    references: [
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/default-bucket-encryption.html',
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucket-encryption.html',
    ],
  },
  evaluate(bucket, result) {
    const name = bucket.attributes.bucketName
    const enc = known(bucket.attributes.encryption, 'bucket default encryption')
    if (enc === null) return result.fail(`Bucket ${name} has no default encryption configuration.`)
    return result.pass(`Bucket ${name} encrypts new objects by default with ${enc.algorithm}${enc.kmsKeyId ? ` (key ${enc.kmsKeyId})` : ''}.`)
  },
})
