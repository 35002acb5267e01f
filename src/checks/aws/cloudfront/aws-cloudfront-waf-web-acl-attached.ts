import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type CloudFrontDistributionAttributes } from '../../../normalize/aws/types.js'

/** Enabled CloudFront distributions should be protected by an AWS WAF web ACL. */
export default defineCheck<CloudFrontDistributionAttributes>({
  id: 'aws-cloudfront-waf-web-acl-attached',
  title: 'CloudFront distribution is associated with a WAF web ACL',
  resourceType: AWS.cloudfrontDistribution,
  severity: 'medium',
  categories: ['network'],
  rationale:
    'A distribution is the internet-facing front door of its origins; without a web ACL every request, including common exploits, bots ' +
    'and request floods, is passed through to the origin unfiltered.',
  remediation: {
    steps: [
      'Create a WAFv2 web ACL with scope CLOUDFRONT in us-east-1 (for example with the AWS managed common and known-bad-inputs rule groups).',
      'Set it as the distribution\u2019s web ACL.',
    ],
    cli:
      'aws cloudfront get-distribution-config --id <id>; set WebACLId to the web ACL ARN; ' +
      'aws cloudfront update-distribution --id <id> --if-match <etag> --distribution-config file://dist-config.json',
    terraform: 'aws_cloudfront_distribution: web_acl_id = aws_wafv2_web_acl.<acl>.arn',
    references: ['https://docs.aws.amazon.com/waf/latest/developerguide/cloudfront-features.html'],
  },
  applies: (d) => d.attributes.enabled,
  evaluate(d, result) {
    const { distributionId: id, webAclId } = d.attributes
    return webAclId
      ? result.pass(`Distribution ${id} is protected by web ACL ${webAclId}.`)
      : result.fail(`Distribution ${id} has no WAF web ACL associated.`)
  },
})
