import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type AcmCertificateAttributes } from '../../../normalize/aws/types.js'

const DAYS = 30
const DAY_MS = 86_400_000

/** Issued ACM certificates should not be within 30 days of expiry. */
export default defineCheck<AcmCertificateAttributes>({
  id: 'aws-acm-certificate-not-expiring-soon',
  title: `ACM certificate does not expire within ${DAYS} days`,
  resourceType: AWS.acmCertificate,
  severity: 'medium',
  categories: ['resilience', 'encryption'],
  rationale:
    'When a certificate expires, clients refuse TLS connections to the load balancers, distributions or APIs using it (an outage) or ' +
    'users learn to click through warnings. ACM renews eligible Amazon-issued certificates from 60 days before expiry, so one still ' +
    `expiring within ${DAYS} days is imported (never renewed by ACM) or failing renewal validation.`,
  remediation: {
    steps: [
      'Imported certificate: obtain a new certificate from the issuing CA and re-import it into the same ARN.',
      'Amazon-issued: fix domain validation (DNS CNAME records present, or answer the validation email) so managed renewal succeeds.',
    ],
    cli: 'aws acm import-certificate --certificate-arn <arn> --certificate fileb://cert.pem --private-key fileb://key.pem --certificate-chain fileb://chain.pem',
    terraform:
      'aws_acm_certificate with validation_method = "DNS" and aws_acm_certificate_validation records (managed renewal), lifecycle { create_before_destroy = true }',
    references: [
      'https://docs.aws.amazon.com/acm/latest/userguide/managed-renewal.html',
      'https://docs.aws.amazon.com/acm/latest/userguide/import-reimport.html',
    ],
  },
  applies: (c) => c.attributes.status === 'ISSUED',
  evaluate(cert, result, ctx) {
    const { domainName, notAfter } = cert.attributes
    if (notAfter === null) return result.error(`ACM reported no expiry date for issued certificate ${domainName}.`)
    const days = Math.floor((new Date(notAfter).getTime() - ctx.now.getTime()) / DAY_MS)
    return days >= DAYS
      ? result.pass(`Certificate ${domainName} is valid until ${notAfter} (${days} days).`)
      : result.fail(`Certificate ${domainName} expires on ${notAfter}, in ${Math.max(days, 0)} days.`)
  },
})
