import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type CloudFrontDistributionAttributes } from '../../../normalize/aws/types.js'

/** Every cache behavior of a distribution should require HTTPS from viewers (redirect-to-https or https-only). */
export default defineCheck<CloudFrontDistributionAttributes>({
  id: 'aws-cloudfront-viewer-https-required',
  title: 'CloudFront distribution requires HTTPS from viewers in every cache behavior',
  resourceType: AWS.cloudfrontDistribution,
  severity: 'medium',
  categories: ['encryption'],
  rationale:
    'With viewer protocol policy allow-all, CloudFront serves the content over plain HTTP too: cookies, tokens and responses cross the ' +
    'internet unencrypted and can be read or altered (e.g. script injection) by anyone on the path.',
  remediation: {
    steps: ['Set the viewer protocol policy of the default and every other cache behavior to redirect-to-https or https-only.'],
    cli:
      'aws cloudfront get-distribution-config --id <id> > dist.json; set ViewerProtocolPolicy to "redirect-to-https" in every behavior; ' +
      'aws cloudfront update-distribution --id <id> --if-match <etag> --distribution-config file://dist-config.json',
    terraform: 'aws_cloudfront_distribution: viewer_protocol_policy = "redirect-to-https" in default_cache_behavior and every ordered_cache_behavior',
    references: ['https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/using-https-viewers-to-cloudfront.html'],
  },
  evaluate(d, result) {
    const id = d.attributes.distributionId
    const open = d.attributes.cacheBehaviors.filter((b) => b.viewerProtocolPolicy === 'allow-all')
    return open.length === 0
      ? result.pass(`Distribution ${id} requires HTTPS from viewers in every cache behavior.`)
      : result.fail(
          `Distribution ${id} serves HTTP (viewer protocol policy allow-all) for path patterns ${open.map((b) => `"${b.pathPattern}"`).join(', ')}.`,
        )
  },
})
