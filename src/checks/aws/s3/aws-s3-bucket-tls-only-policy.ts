import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AWS, type S3BucketAttributes } from '../../../normalize/aws/types.js'
import { statementLabel, statements } from '../../_shared/iam-policy.js'
import { isTlsOnlyStatement } from '../../_shared/s3-access.js'

/** Bucket policies must refuse requests that do not use TLS, so data and credentials never cross the network in clear. */
export default defineCheck<S3BucketAttributes>({
  id: 'aws-s3-bucket-tls-only-policy',
  title: 'S3 bucket policy denies requests that do not use TLS',
  resourceType: AWS.s3Bucket,
  severity: 'medium',
  categories: ['encryption'],
  rationale:
    'S3 still answers plain HTTP; without a policy that denies aws:SecureTransport = false, a misconfigured client or SDK endpoint can send objects and presigned URLs in clear text, open to interception and tampering on the network path.',
  remediation: {
    steps: [
      'Add a bucket policy statement: Effect Deny, Principal "*", Action "s3:*", Resource the bucket and bucket/*, Condition Bool aws:SecureTransport "false".',
      'Optionally also deny NumericLessThan s3:TlsVersion 1.2 to refuse outdated TLS.',
    ],
    cli: 'aws s3api put-bucket-policy --bucket <bucket> --policy \'{"Version":"2012-10-17","Statement":[{"Sid":"DenyInsecureTransport","Effect":"Deny","Principal":"*","Action":"s3:*","Resource":["arn:aws:s3:::<bucket>","arn:aws:s3:::<bucket>/*"],"Condition":{"Bool":{"aws:SecureTransport":"false"}}}]}\'',
    terraform:
      'In the aws_s3_bucket_policy document add a statement { effect = "Deny", principals { type = "*", identifiers = ["*"] }, actions = ["s3:*"], resources = [bucket arn, "${bucket arn}/*"], condition { test = "Bool", variable = "aws:SecureTransport", values = ["false"] } } (merge with existing statements).',
    references: [
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/security-best-practices.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-5',
    ],
  },
  evaluate(bucket, result) {
    const name = bucket.attributes.bucketName
    const policy = known(bucket.attributes.policy, 'bucket policy')
    if (policy === null) return result.fail(`Bucket ${name} has no bucket policy, so requests over plain HTTP are not denied.`)
    const all = statements(policy)
    const index = all.findIndex(isTlsOnlyStatement)
    const stmt = index >= 0 ? all[index] : undefined
    return stmt
      ? result.pass(`The policy of ${name} denies non-TLS requests in ${statementLabel(stmt, index)}.`)
      : result.fail(
          `The policy of ${name} has no Deny statement for all principals on s3:* conditioned on aws:SecureTransport false or s3:TlsVersion.`,
        )
  },
})
