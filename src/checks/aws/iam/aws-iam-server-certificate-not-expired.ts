import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS_IAM_SERVER_CERTIFICATE, type IamServerCertificateAttributes } from '../../../normalize/aws/types.js'

/** Expired server certificates stored in IAM must be deleted, so they cannot be deployed by mistake (CIS 2.17). */
export default defineCheck<IamServerCertificateAttributes>({
  id: 'aws-iam-server-certificate-not-expired',
  title: 'IAM server certificate has not expired',
  resourceType: AWS_IAM_SERVER_CERTIFICATE,
  severity: 'medium',
  categories: ['encryption', 'patching'],
  rationale:
    'An expired certificate left in IAM can be attached to an ELB or CloudFront distribution by mistake, breaking TLS for clients or ' +
    'training users to click through certificate warnings; IAM does not delete expired certificates itself.',
  remediation: {
    steps: [
      'Make sure no load balancer or distribution still uses the certificate (replace it with a current one, preferably from ACM).',
      'Delete the expired certificate from IAM.',
    ],
    cli: 'aws iam delete-server-certificate --server-certificate-name <name>',
    terraform: 'Remove the aws_iam_server_certificate resource (or replace it with aws_acm_certificate).',
    references: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_server-certs.html',
      'https://www.cisecurity.org/benchmark/amazon_web_services',
    ],
  },
  evaluate(cert, result, ctx) {
    const { serverCertificateName: name, expiration } = cert.attributes
    if (expiration === null) return result.error(`ListServerCertificates reported no expiration for certificate ${name}.`)
    return new Date(expiration).getTime() > ctx.now.getTime()
      ? result.pass(`Server certificate ${name} is valid until ${expiration}.`)
      : result.fail(`Server certificate ${name} expired on ${expiration} and is still stored in IAM.`)
  },
})
