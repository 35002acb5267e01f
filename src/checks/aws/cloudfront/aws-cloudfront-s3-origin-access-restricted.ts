import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type CloudFrontDistributionAttributes } from '../../../normalize/aws/types.js'

/** S3 origins should be reached through origin access control (or a legacy origin access identity), not a public bucket. */
export default defineCheck<CloudFrontDistributionAttributes>({
  id: 'aws-cloudfront-s3-origin-access-restricted',
  title: 'CloudFront S3 origins use origin access control or an origin access identity',
  resourceType: AWS.cloudfrontDistribution,
  severity: 'medium',
  categories: ['identity'],
  rationale:
    'Without origin access control (OAC) or an origin access identity (OAI), CloudFront can only fetch objects the bucket serves to ' +
    'everyone (an S3 website endpoint always needs a public bucket), so the content is also reachable directly from S3, bypassing the ' +
    'distribution\u2019s HTTPS, WAF, geo restrictions and signed URLs.',
  remediation: {
    steps: [
      'Create an origin access control (signing behavior always, SigV4) and attach it to the S3 origin (use the bucket\u2019s REST endpoint, not the website endpoint).',
      'Allow only the distribution in the bucket policy (condition AWS:SourceArn = distribution ARN) and turn on Block Public Access.',
    ],
    cli:
      'aws cloudfront create-origin-access-control --origin-access-control-config ' +
      'Name=<name>,SigningProtocol=sigv4,SigningBehavior=always,OriginAccessControlOriginType=s3',
    terraform:
      'aws_cloudfront_distribution: origin { domain_name = aws_s3_bucket.<b>.bucket_regional_domain_name, origin_access_control_id = aws_cloudfront_origin_access_control.<oac>.id }',
    references: ['https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/private-content-restricting-access-to-s3.html'],
  },
  applies: (d) => d.attributes.origins.some((o) => o.kind === 's3' || o.kind === 's3-website'),
  evaluate(d, result) {
    const id = d.attributes.distributionId
    const open = d.attributes.origins.filter(
      (o) => o.kind === 's3-website' || (o.kind === 's3' && !o.originAccessControlId && !o.originAccessIdentity),
    )
    return open.length === 0
      ? result.pass(`Distribution ${id} reaches its S3 origins through origin access control or an origin access identity.`)
      : result.fail(
          `Distribution ${id} has S3 origins that need a publicly readable bucket: ${open
            .map((o) => `${o.id} (${o.kind === 's3-website' ? 'website endpoint' : 'no OAC or OAI'})`)
            .join(', ')}.`,
        )
  },
})
