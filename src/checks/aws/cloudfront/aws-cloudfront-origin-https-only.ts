import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type CloudFrontDistributionAttributes } from '../../../normalize/aws/types.js'

/** CloudFront should reach custom origins over HTTPS only. */
export default defineCheck<CloudFrontDistributionAttributes>({
  id: 'aws-cloudfront-origin-https-only',
  title: 'CloudFront distribution connects to its custom origins over HTTPS',
  resourceType: AWS.cloudfrontDistribution,
  severity: 'medium',
  categories: ['encryption'],
  rationale:
    'With origin protocol policy http-only (or match-viewer while viewers may use HTTP) requests and responses travel from the edge to ' +
    'the origin unencrypted over the internet, even when viewers use HTTPS. S3 website endpoints only speak HTTP, so they fail too.',
  remediation: {
    steps: ['Serve the origin over HTTPS with a certificate for its domain.', 'Set the origin protocol policy to https-only.'],
    cli:
      'aws cloudfront get-distribution-config --id <id>; set Origins.Items[].CustomOriginConfig.OriginProtocolPolicy to "https-only"; ' +
      'aws cloudfront update-distribution --id <id> --if-match <etag> --distribution-config file://dist-config.json',
    terraform: 'aws_cloudfront_distribution: origin { custom_origin_config { origin_protocol_policy = "https-only" } }',
    references: ['https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/using-https-cloudfront-to-custom-origin.html'],
  },
  applies: (d) => d.attributes.origins.some((o) => o.originProtocolPolicy !== null),
  evaluate(d, result) {
    const { distributionId: id, origins, cacheBehaviors } = d.attributes
    const plain = origins.filter((o) => {
      if (o.originProtocolPolicy === 'http-only') return true
      // match-viewer uses HTTP whenever a viewer does: only safe if every behavior routing to the origin requires HTTPS.
      if (o.originProtocolPolicy === 'match-viewer') {
        return cacheBehaviors.some((b) => b.targetOriginId === o.id && b.viewerProtocolPolicy === 'allow-all')
      }
      return false
    })
    return plain.length === 0
      ? result.pass(`Distribution ${id} reaches its custom origins over HTTPS.`)
      : result.fail(
          `Distribution ${id} reaches origins over HTTP: ${plain.map((o) => `${o.id} (${o.domainName}, ${o.originProtocolPolicy})`).join(', ')}.`,
        )
  },
})
