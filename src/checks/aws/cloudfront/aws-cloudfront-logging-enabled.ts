import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AWS, type CloudFrontDistributionAttributes } from '../../../normalize/aws/types.js'

/** CloudFront distributions should write standard (access) logs. */
export default defineCheck<CloudFrontDistributionAttributes>({
  id: 'aws-cloudfront-logging-enabled',
  title: 'CloudFront distribution has standard access logging enabled',
  resourceType: AWS.cloudfrontDistribution,
  severity: 'medium',
  categories: ['logging'],
  rationale:
    'Standard logs record every viewer request (client IP, URI, status, TLS version, edge location). Without them there is no record ' +
    'of scraping, credential stuffing or exploitation attempts served at the edge.',
  remediation: {
    steps: [
      'Enable standard logging to an S3 bucket (ACLs enabled for the legacy log delivery) or configure standard logging v2 to S3, CloudWatch Logs or Firehose.',
    ],
    cli:
      'aws cloudfront get-distribution-config --id <id>; set Logging to {"Enabled":true,"IncludeCookies":false,"Bucket":"<bucket>.s3.amazonaws.com","Prefix":"cf/"}; ' +
      'aws cloudfront update-distribution --id <id> --if-match <etag> --distribution-config file://dist-config.json',
    terraform: 'aws_cloudfront_distribution: logging_config { bucket = "<bucket>.s3.amazonaws.com", prefix = "cf/" }',
    references: ['https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/AccessLogs.html'],
  },
  evaluate(d, result) {
    const id = d.attributes.distributionId
    const logging = known(d.attributes.logging, `logging configuration of distribution ${id}`)
    return logging
      ? result.pass(`Distribution ${id} writes standard logs to ${logging.bucket}.`)
      : result.fail(`Distribution ${id} has standard (legacy) logging disabled in its configuration.`)
  },
})
