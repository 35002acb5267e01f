import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type S3BucketAttributes } from '../../../normalize/aws/types.js'
import { crossAccountPolicyVerdict } from '../../_shared/cross-account.js'

/** S3 bucket policy does not grant accounts outside the organization (organization members and accounts declared trusted are fine). */
export default defineCheck<S3BucketAttributes>({
  id: 'aws-s3-bucket-policy-not-shared-outside-org',
  title: 'S3 bucket policy does not grant accounts outside the organization',
  resourceType: AWS.s3Bucket,
  severity: 'high',
  categories: ['data-exposure'],
  rationale:
    "A bucket policy that names another account gives that account's principals the granted access to objects, without the objects ever leaving your account; such grants are easily forgotten after a migration or a vendor trial ends, and access through them is invisible in your own IAM.",
  remediation: {
    steps: [
      'Remove statements granting principals of accounts outside your organization, or restrict them with aws:PrincipalOrgID.',
      'For deliberate partner access, list the account under trustedAccounts in the Posture configuration so it is reviewed once, not on every scan.',
    ],
    cli: 'aws s3api put-bucket-policy --bucket <bucket> --policy file://policy.json',
    terraform: 'aws_s3_bucket_policy: policy = a document whose AWS principals are accounts of your organization.',
    references: [
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/example-walkthroughs-managing-access-example2.html',
      'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_introduction.html',
    ],
  },
  evaluate: (r, result, ctx) => crossAccountPolicyVerdict(r, `bucket ${r.attributes.bucketName}`, result, ctx),
})
