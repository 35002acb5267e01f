import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type CloudFrontDistributionAttributes } from '../../../normalize/aws/types.js'

/** Minimum viewer TLS policies accepted: TLSv1.2_2021 or newer (CloudFront guide, "Supported protocols and ciphers between viewers and CloudFront"). */
function current(version: string | null): boolean {
  const m = /^TLSv1\.([23])_(\d{4})$/.exec(version ?? '')
  if (!m) return false
  return m[1] === '3' || Number(m[2]) >= 2021
}

/** Distributions with a custom certificate should refuse viewers below TLS 1.2 (policy TLSv1.2_2021 or newer). */
export default defineCheck<CloudFrontDistributionAttributes>({
  id: 'aws-cloudfront-viewer-tls-current',
  title: 'CloudFront distribution with a custom certificate uses minimum viewer protocol TLSv1.2_2021 or newer',
  resourceType: AWS.cloudfrontDistribution,
  severity: 'medium',
  categories: ['encryption'],
  rationale:
    'Security policies older than TLSv1.2_2021 accept TLS 1.0/1.1 or CBC cipher suites with known weaknesses, so an attacker on the ' +
    'network can downgrade viewers. Distributions on the default *.cloudfront.net certificate cannot choose a policy and are reported as passing.',
  remediation: {
    steps: ['Set the viewer certificate\u2019s minimum protocol version to TLSv1.2_2021 (or TLSv1.2_2025 / TLSv1.3_2025).'],
    cli:
      'aws cloudfront get-distribution-config --id <id>; set ViewerCertificate.MinimumProtocolVersion to "TLSv1.2_2021"; ' +
      'aws cloudfront update-distribution --id <id> --if-match <etag> --distribution-config file://dist-config.json',
    terraform: 'aws_cloudfront_distribution: viewer_certificate { minimum_protocol_version = "TLSv1.2_2021" }',
    references: ['https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/secure-connections-supported-viewer-protocols-ciphers.html'],
  },
  evaluate(d, result) {
    const { distributionId: id, viewerCertificate: vc } = d.attributes
    if (vc.cloudFrontDefaultCertificate && !vc.acmCertificateArn && !vc.iamCertificateId) {
      return result.pass(`Distribution ${id} uses the default *.cloudfront.net certificate, whose TLS policy CloudFront manages.`)
    }
    return current(vc.minimumProtocolVersion)
      ? result.pass(`Distribution ${id} requires viewers to use ${vc.minimumProtocolVersion}.`)
      : result.fail(`Distribution ${id} accepts viewers with minimum protocol ${vc.minimumProtocolVersion ?? 'unset'} (older than TLSv1.2_2021).`)
  },
})
