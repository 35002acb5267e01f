import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AWS, type S3BucketAttributes } from '../../../normalize/aws/types.js'

/** MFA Delete makes permanent deletion of object versions and versioning changes require the root user's MFA code. */
export default defineCheck<S3BucketAttributes>({
  id: 'aws-s3-bucket-mfa-delete-enabled',
  title: 'S3 bucket has MFA Delete enabled',
  resourceType: AWS.s3Bucket,
  severity: 'low',
  categories: ['resilience'],
  rationale:
    "With stolen credentials an attacker can suspend versioning and permanently delete every object version; MFA Delete requires a one-time code from the root user's MFA device for both, which keys alone cannot provide (CIS AWS Foundations 2.1.2).",
  remediation: {
    steps: [
      'Sign in with the root user credentials and its MFA device (MFA Delete can only be set by the root user, via the API or CLI).',
      'Enable versioning with MFA Delete on the bucket; keep the root MFA device secured.',
    ],
    cli: 'aws s3api put-bucket-versioning --bucket <bucket> --versioning-configuration Status=Enabled,MFADelete=Enabled --mfa "arn:aws:iam::<account-id>:mfa/root-account-mfa-device <code>"',
    terraform:
      'Set versioning_configuration { status = "Enabled", mfa_delete = "Enabled" } and mfa = "<serial> <code>" on aws_s3_bucket_versioning (applied with root credentials).',
    references: [
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/MultiFactorAuthenticationDelete.html',
      'https://www.cisecurity.org/benchmark/amazon_web_services',
    ],
  },
  evaluate(bucket, result) {
    const name = bucket.attributes.bucketName
    const { status, mfaDelete } = known(bucket.attributes.versioning, 'bucket versioning')
    if (mfaDelete) return result.pass(`Bucket ${name} requires MFA to delete object versions or change versioning.`)
    return result.fail(`Bucket ${name} does not have MFA Delete enabled (versioning ${status.toLowerCase()}).`)
  },
})
