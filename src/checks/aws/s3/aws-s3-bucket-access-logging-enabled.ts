import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AWS, type S3BucketAttributes } from '../../../normalize/aws/types.js'

/** Buckets should write server access logs so every request (who, what, when, from where) can be audited. */
export default defineCheck<S3BucketAttributes>({
  id: 'aws-s3-bucket-access-logging-enabled',
  title: 'S3 bucket has server access logging enabled',
  resourceType: AWS.s3Bucket,
  severity: 'low',
  categories: ['logging'],
  rationale:
    'CloudTrail records object-level requests only when data events are paid for and enabled; server access logs capture every request, including anonymous and denied ones, which incident responders need to tell what was read or deleted.',
  remediation: {
    steps: [
      'Choose (or create) a dedicated log bucket in the same region and account, with a bucket policy allowing logging.s3.amazonaws.com to write.',
      'Enable server access logging on the bucket with a target prefix.',
    ],
    cli: 'aws s3api put-bucket-logging --bucket <bucket> --bucket-logging-status \'{"LoggingEnabled":{"TargetBucket":"<log-bucket>","TargetPrefix":"<bucket>/"}}\'',
    terraform: 'Declare aws_s3_bucket_logging with bucket = <bucket id>, target_bucket = <log bucket id> and target_prefix = "<bucket>/".',
    references: [
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/ServerLogs.html',
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/enable-server-access-logging.html',
    ],
  },
  evaluate(bucket, result) {
    const name = bucket.attributes.bucketName
    const logging = known(bucket.attributes.logging, 'bucket logging configuration')
    return logging === null
      ? result.fail(`Bucket ${name} has server access logging turned off.`)
      : result.pass(`Bucket ${name} logs requests to s3://${logging.targetBucket}/${logging.targetPrefix}.`)
  },
})
