import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type CloudFrontDistributionAttributes } from '../../../normalize/aws/types.js'

const DEPRECATED = ['SSLv3', 'TLSv1', 'TLSv1.1']

/** CloudFront should not offer deprecated SSL/TLS versions to its custom origins. */
export default defineCheck<CloudFrontDistributionAttributes>({
  id: 'aws-cloudfront-origin-tls-current',
  title: 'CloudFront distribution offers custom origins only TLSv1.2 (no SSLv3, TLSv1 or TLSv1.1)',
  resourceType: AWS.cloudfrontDistribution,
  severity: 'medium',
  categories: ['encryption'],
  rationale:
    'The origin SSL protocols list the versions CloudFront may negotiate with the origin; while SSLv3, TLSv1 or TLSv1.1 are in it, an ' +
    'origin (or an attacker between edge and origin) can settle on a broken protocol, exposing the traffic.',
  remediation: {
    steps: ['Set the origin SSL protocols of every custom origin to TLSv1.2 only.'],
    cli:
      'aws cloudfront get-distribution-config --id <id>; set CustomOriginConfig.OriginSslProtocols to {"Quantity":1,"Items":["TLSv1.2"]}; ' +
      'aws cloudfront update-distribution --id <id> --if-match <etag> --distribution-config file://dist-config.json',
    terraform: 'aws_cloudfront_distribution: origin { custom_origin_config { origin_ssl_protocols = ["TLSv1.2"] } }',
    references: ['https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/secure-connections-supported-ciphers-cloudfront-to-origin.html'],
  },
  // Origins reached only over HTTP never negotiate TLS (aws-cloudfront-origin-https-only reports those).
  applies: (d) => d.attributes.origins.some((o) => o.originProtocolPolicy !== null && o.originProtocolPolicy !== 'http-only'),
  evaluate(d, result) {
    const id = d.attributes.distributionId
    const weak = d.attributes.origins
      .filter((o) => o.originProtocolPolicy !== null && o.originProtocolPolicy !== 'http-only')
      .map((o) => ({ o, old: o.originSslProtocols.filter((p) => DEPRECATED.includes(p)) }))
      .filter((x) => x.old.length > 0)
    return weak.length === 0
      ? result.pass(`Distribution ${id} offers its custom origins only TLSv1.2.`)
      : result.fail(`Distribution ${id} offers deprecated protocols to origins: ${weak.map((x) => `${x.o.id} (${x.old.join(', ')})`).join('; ')}.`)
  },
})
