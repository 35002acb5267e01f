import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AWS, type S3AccountPublicAccessBlockAttributes } from '../../../normalize/aws/types.js'
import { flagName, PAB_FLAGS } from '../../_shared/s3-access.js'

/** The account-level Block Public Access settings must all be on: they cover every current and future bucket. */
export default defineCheck<S3AccountPublicAccessBlockAttributes>({
  id: 'aws-s3-account-public-access-block-enabled',
  title: 'S3 Block Public Access is fully enabled at account level',
  resourceType: AWS.s3AccountPublicAccessBlock,
  severity: 'high',
  categories: ['data-exposure'],
  rationale:
    'Bucket-level settings protect only the buckets someone remembered to configure; the account-level switches also cover buckets created tomorrow by any team or tool, so a single mistaken ACL or policy can never make data public.',
  remediation: {
    steps: [
      'Confirm no bucket in the account must be public (serve public content through CloudFront with origin access control).',
      'Turn on all four Block Public Access settings for the account (S3 console → Block Public Access settings for this account).',
    ],
    cli: 'aws s3control put-public-access-block --account-id <account-id> --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true',
    terraform:
      'Declare aws_s3_account_public_access_block with block_public_acls, ignore_public_acls, block_public_policy and restrict_public_buckets all = true.',
    references: [
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/configuring-block-public-access-account.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-1',
    ],
  },
  evaluate(setting, result) {
    const config = known(setting.attributes.config, 'account-level S3 public access block')
    if (config === null) return result.fail(`Account ${setting.account} has no account-level S3 Block Public Access configuration.`)
    const missing = PAB_FLAGS.filter((f) => !config[f]).map(flagName)
    return missing.length === 0
      ? result.pass(`All four S3 Block Public Access settings are on for account ${setting.account}.`)
      : result.fail(`Account ${setting.account} has S3 Block Public Access ${missing.join(', ')} turned off.`)
  },
})
