import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AWS, type AcmCertificateAttributes } from '../../../normalize/aws/types.js'

/** Amazon-issued public certificates should be recorded in certificate transparency logs. */
export default defineCheck<AcmCertificateAttributes>({
  id: 'aws-acm-certificate-transparency-logging-enabled',
  title: 'Amazon-issued ACM certificate has certificate transparency logging enabled',
  resourceType: AWS.acmCertificate,
  severity: 'low',
  categories: ['logging'],
  rationale:
    'Browsers such as Chrome and Safari reject public certificates that are not in certificate transparency logs, and CT monitoring is ' +
    'how domain owners spot certificates issued for their names without their knowledge; opting out breaks both.',
  remediation: {
    steps: ['Set the certificate transparency logging preference of the certificate to ENABLED.'],
    cli: 'aws acm update-certificate-options --certificate-arn <arn> --options CertificateTransparencyLoggingPreference=ENABLED',
    terraform: 'aws_acm_certificate: options { certificate_transparency_logging_preference = "ENABLED" }',
    references: ['https://docs.aws.amazon.com/acm/latest/userguide/acm-concepts.html#concept-transparency'],
  },
  // Imported and private-CA certificates are never logged by ACM.
  applies: (c) => c.attributes.certificateType === 'AMAZON_ISSUED',
  evaluate(cert, result) {
    const name = cert.attributes.domainName
    const pref = known(cert.attributes.transparencyLogging, `certificate transparency preference of certificate ${name}`)
    return pref === 'DISABLED'
      ? result.fail(`Certificate ${name} has certificate transparency logging disabled.`)
      : result.pass(`Certificate ${name} is logged to certificate transparency logs${pref === null ? ' (default preference)' : ''}.`)
  },
})
