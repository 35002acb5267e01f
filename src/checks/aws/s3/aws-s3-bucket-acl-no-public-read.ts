import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type S3BucketAttributes } from '../../../normalize/aws/types.js'
import { publicAclVerdict } from '../../_shared/s3-public.js'

/** Bucket ACLs must not let everyone (or every AWS account) list objects or read the ACL. */
export default defineCheck<S3BucketAttributes>({
  id: 'aws-s3-bucket-acl-no-public-read',
  title: 'S3 bucket ACL does not grant read access to AllUsers or AuthenticatedUsers',
  resourceType: AWS.s3Bucket,
  severity: 'critical',
  categories: ['data-exposure'],
  rationale:
    'A READ grant to AllUsers lets anyone on the internet list every object key, and AuthenticatedUsers means any AWS account in the world, not your users; listings expose file names, backups and data for download, a classic cause of data leaks.',
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
  evaluate: (bucket, result, ctx) => publicAclVerdict(bucket, 'read', result, ctx),
})
