import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AWS, type CloudFrontDistributionAttributes } from '../../../normalize/aws/types.js'

/** Distributions with S3 origins should name a default root object. */
export default defineCheck<CloudFrontDistributionAttributes>({
  id: 'aws-cloudfront-default-root-object-set',
  title: 'CloudFront distribution with an S3 origin has a default root object',
  resourceType: AWS.cloudfrontDistribution,
  severity: 'low',
  categories: ['network'],
  rationale:
    'Without a default root object a request for the distribution root is forwarded to the origin as-is; an S3 origin whose access ' +
    'allows listing then returns the bucket listing, revealing every object key.',
  remediation: {
    steps: ['Set the default root object (for example index.html).'],
    cli:
      'aws cloudfront get-distribution-config --id <id>; set DefaultRootObject to "index.html"; ' +
      'aws cloudfront update-distribution --id <id> --if-match <etag> --distribution-config file://dist-config.json',
    terraform: 'aws_cloudfront_distribution: default_root_object = "index.html"',
    references: ['https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/DefaultRootObject.html'],
  },
  applies: (d) => d.attributes.origins.some((o) => o.kind === 's3' || o.kind === 's3-website'),
  evaluate(d, result) {
    const id = d.attributes.distributionId
    const root = known(d.attributes.defaultRootObject, `default root object of distribution ${id}`)
    return root
      ? result.pass(`Distribution ${id} serves ${root} for requests to its root.`)
      : result.fail(`Distribution ${id} has no default root object, so root requests go to its S3 origin unchanged.`)
  },
})
