import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type AcmCertificateAttributes } from '../../../normalize/aws/types.js'

/** ACM certificates should use RSA keys of at least 2048 bits or an ECDSA key. */
export default defineCheck<AcmCertificateAttributes>({
  id: 'aws-acm-certificate-key-strength',
  title: 'ACM certificate uses an RSA key of 2048 bits or more, or an EC key',
  resourceType: AWS.acmCertificate,
  severity: 'medium',
  categories: ['encryption'],
  rationale:
    'RSA keys shorter than 2048 bits (RSA_1024 in ACM) are below the NIST SP 800-131A minimum and within reach of well-funded ' +
    'factoring; an attacker who recovers the key can impersonate the site and decrypt recorded non-forward-secret sessions.',
  remediation: {
    steps: [
      'Request or import a replacement certificate with an RSA 2048+ or ECDSA P-256/P-384 key.',
      'Move every listener, distribution and API using the old certificate to the new one, then delete the old certificate.',
    ],
    cli: 'aws acm request-certificate --domain-name <domain> --validation-method DNS --key-algorithm EC_prime256v1',
    terraform: 'aws_acm_certificate: key_algorithm = "EC_prime256v1" (or "RSA_2048")',
    references: ['https://docs.aws.amazon.com/acm/latest/userguide/acm-certificate.html#algorithms'],
  },
  evaluate(cert, result) {
    const { domainName, keyAlgorithm } = cert.attributes
    if (keyAlgorithm === null) return result.error(`ACM reported no key algorithm for certificate ${domainName}.`)
    const rsa = /^RSA_(\d+)$/.exec(keyAlgorithm)
    const strong = keyAlgorithm.startsWith('EC_') || (rsa !== null && Number(rsa[1]) >= 2048)
    return strong
      ? result.pass(`Certificate ${domainName} uses a ${keyAlgorithm} key.`)
      : result.fail(`Certificate ${domainName} uses a weak ${keyAlgorithm} key.`)
  },
})
