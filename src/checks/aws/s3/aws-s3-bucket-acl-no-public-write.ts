import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type S3BucketAttributes } from '../../../normalize/aws/types.js'
import { publicAclVerdict } from '../../_shared/s3-public.js'

/** Bucket ACLs must not let everyone (or every AWS account) write or delete objects, or rewrite the ACL. */
export default defineCheck<S3BucketAttributes>({
  id: 'aws-s3-bucket-acl-no-public-write',
  title: 'S3 bucket ACL does not grant write access to AllUsers or AuthenticatedUsers',
  resourceType: AWS.s3Bucket,
  severity: 'critical',
  categories: ['data-exposure'],
  rationale:
    'A WRITE grant to AllUsers or AuthenticatedUsers (any AWS account) lets strangers upload malware or illegal content that you host and pay for, overwrite or delete objects, and with WRITE_ACP take over the bucket ACL itself.',
  remediation: {
    steps: [
      'Remove the AllUsers and AuthenticatedUsers grants from the bucket ACL (set it to private).',
      'Disable ACLs altogether with Object Ownership "Bucket owner enforced", and turn on Block Public Access (IgnorePublicAcls, BlockPublicAcls).',
    ],
    cli: 'aws s3api put-bucket-acl --bucket <bucket> --acl private',
    terraform:
      'Remove grant blocks for the AllUsers/AuthenticatedUsers URIs from aws_s3_bucket_acl (or set acl = "private"); add aws_s3_bucket_ownership_controls with object_ownership = "BucketOwnerEnforced" and aws_s3_bucket_public_access_block.',
    references: [
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/acl-overview.html',
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html',
    ],
  },
  evaluate: (bucket, result, ctx) => publicAclVerdict(bucket, 'write', result, ctx),
})
