import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AWS, type S3BucketAttributes, type TrailAttributes } from '../../../normalize/aws/types.js'

/** Access logs on the trail's bucket show who read or deleted the audit logs themselves (CIS AWS Foundations v1.4 3.6). */
export default defineCheck<TrailAttributes>({
  id: 'aws-cloudtrail-s3-bucket-access-logging-enabled',
  title: 'S3 bucket receiving CloudTrail logs has server access logging enabled',
  resourceType: AWS.cloudtrailTrail,
  severity: 'low',
  categories: ['logging'],
  rationale:
    "The trail bucket holds the account's whole API history; server access logging records every request against it, so reads or " +
    'deletions of the audit logs can themselves be investigated.',
  remediation: {
    steps: ['Choose a separate bucket for access logs (not the trail bucket itself).', 'Enable server access logging on the trail bucket.'],
    cli: 'aws s3api put-bucket-logging --bucket <trail-bucket> --bucket-logging-status \'{"LoggingEnabled":{"TargetBucket":"<log-bucket>","TargetPrefix":"cloudtrail-bucket/"}}\'',
    terraform:
      'aws_s3_bucket_logging for the trail bucket: bucket = <trail-bucket>, target_bucket = <log-bucket>, target_prefix = "cloudtrail-bucket/".',
    references: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/ServerLogs.html'],
  },
  evaluate(trail, result, ctx) {
    const { name, s3BucketName } = trail.attributes
    if (!s3BucketName) return result.error(`Trail ${name} names no S3 bucket, so the bucket's access logging cannot be checked.`)
    // The relation is the normal path; the bucket ARN is a fallback for inventories built without relations.
    const bucket =
      ctx.inventory.related<S3BucketAttributes>(trail, 'logs-to-bucket')[0] ?? ctx.inventory.get<S3BucketAttributes>(`arn:aws:s3:::${s3BucketName}`)
    if (!bucket || bucket.type !== AWS.s3Bucket) {
      return result.error(`Bucket ${s3BucketName} of trail ${name} could not be seen (it belongs to another account or was not collected).`)
    }
    const logging = known(bucket.attributes.logging, `server access logging of bucket ${s3BucketName}`)
    return logging
      ? result.pass(`Bucket ${s3BucketName} of trail ${name} logs access to ${logging.targetBucket}/${logging.targetPrefix}.`)
      : result.fail(`Bucket ${s3BucketName} of trail ${name} has server access logging turned off.`)
  },
})
