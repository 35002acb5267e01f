import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type TrailAttributes } from '../../../normalize/aws/types.js'

/** SSE-KMS adds a key policy between log readers and the logs (CIS AWS Foundations v1.4 3.7). */
export default defineCheck<TrailAttributes>({
  id: 'aws-cloudtrail-kms-encryption-enabled',
  title: 'CloudTrail trail encrypts its log files with a KMS key',
  resourceType: AWS.cloudtrailTrail,
  severity: 'medium',
  categories: ['encryption', 'logging'],
  rationale:
    'With SSE-KMS, reading the logs needs kms:Decrypt on a customer-managed key in addition to s3:GetObject, so a bucket policy ' +
    "mistake alone no longer exposes the account's full API history, and every decryption is itself logged.",
  remediation: {
    steps: [
      'Create a symmetric customer-managed KMS key whose policy lets cloudtrail.amazonaws.com encrypt and your auditors decrypt.',
      'Set the key on the trail.',
    ],
    cli: 'aws cloudtrail update-trail --name <trail> --kms-key-id <key-arn-or-alias>',
    terraform: 'aws_cloudtrail: kms_key_id = aws_kms_key.<trail_key>.arn (key policy granting cloudtrail.amazonaws.com kms:GenerateDataKey*).',
    references: ['https://docs.aws.amazon.com/awscloudtrail/latest/userguide/encrypting-cloudtrail-log-files-with-aws-kms.html'],
  },
  evaluate(trail, result) {
    const key = trail.attributes.kmsKeyId
    return key
      ? result.pass(`Trail ${trail.attributes.name} encrypts its log files with KMS key ${key}.`)
      : result.fail(`Trail ${trail.attributes.name} has no KMS key, so its log files get only the bucket's default encryption.`)
  },
})
