import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AWS, type AcmCertificateAttributes } from '../../../normalize/aws/types.js'

/** Statuses in which a certificate can no longer be trusted by clients. */
const INVALID = ['EXPIRED', 'REVOKED']

/** Expired or revoked certificates should not be attached to any AWS resource. */
export default defineCheck<AcmCertificateAttributes>({
  id: 'aws-acm-certificate-in-use-valid',
  title: 'ACM certificate in use by AWS resources is not expired or revoked',
  resourceType: AWS.acmCertificate,
  severity: 'medium',
  categories: ['encryption'],
  rationale:
    'A load balancer, distribution or API still presenting an expired or revoked certificate breaks TLS for its clients (an outage, or ' +
    'users trained to accept warnings); a revoked certificate usually means its key was compromised.',
  remediation: {
    steps: [
      'Request or import a valid certificate for the same names.',
      'Replace the certificate on every resource listed in InUseBy, then delete the expired or revoked one.',
    ],
    cli: 'aws elbv2 modify-listener --listener-arn <listener-arn> --certificates CertificateArn=<new-certificate-arn>',
    terraform:
      'Point aws_lb_listener.certificate_arn / aws_cloudfront_distribution.viewer_certificate.acm_certificate_arn at a valid aws_acm_certificate.',
    references: [
      'https://docs.aws.amazon.com/acm/latest/userguide/troubleshooting.html',
      'https://docs.aws.amazon.com/acm/latest/userguide/gs-acm-describe.html',
    ],
  },
  evaluate(cert, result) {
    const { domainName: name, status } = cert.attributes
    if (!INVALID.includes(status)) return result.pass(`Certificate ${name} has status ${status}.`)
    const users = known(cert.attributes.inUseBy, `resources using certificate ${name}`)
    return users.length === 0
      ? result.pass(`Certificate ${name} is ${status} but not used by any resource.`)
      : result.fail(`Certificate ${name} is ${status} and still used by ${users.join(', ')}.`)
  },
})
