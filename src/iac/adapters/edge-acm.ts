/**
 * ACM certificates from code: `aws_acm_certificate` (requested, private, or imported from PEM) and
 * `AWS::CertificateManager::Certificate` (requested only). A requested certificate starts in PENDING_VALIDATION
 * (RequestCertificate, https://docs.aws.amazon.com/acm/latest/APIReference/API_RequestCertificate.html); its expiry
 * and the resources using it exist only once deployed. An imported certificate's key and expiry are read from its PEM
 * when the code holds it.
 */
import { X509Certificate } from 'node:crypto'
import { isUnknown } from '../../core/unknown.js'
import { AWS, type AcmCertificateAttributes } from '../../normalize/aws/types.js'
import { notInCode, partsAdapter, type AdaptedResource, type Adapter, type IacResource } from '../model.js'
import { block, cfnTags, isUnset, str, tfTags } from './values.js'

/** Key algorithm of a new request when none is given (RequestCertificate KeyAlgorithm default). */
const DEFAULT_KEY = 'RSA_2048'
const IN_USE = notInCode('resources using the certificate')

function text(v: unknown, fallback: string): string {
  const s = str(v, fallback)
  return isUnknown(s) ? fallback : s
}

/** The transparency preference as written; null (ACM's default, ENABLED) when left out. */
function preference(v: unknown): AcmCertificateAttributes['transparencyLogging'] {
  const p = str(v, null)
  if (isUnknown(p)) return p
  return p === 'ENABLED' || p === 'DISABLED' ? p : null
}

function requested(
  r: IacResource,
  domain: unknown,
  key: unknown,
  transparency: unknown,
  authority: unknown,
  tags: Record<string, string>,
): AdaptedResource<AcmCertificateAttributes>[] {
  const domainName = text(domain, r.address)
  const k = str(key, DEFAULT_KEY)
  const attributes: AcmCertificateAttributes = {
    domainName,
    certificateType: isUnset(authority) ? 'AMAZON_ISSUED' : 'PRIVATE',
    status: 'PENDING_VALIDATION',
    // RequestCertificate accepts only RSA_2048, EC_prime256v1 and EC_secp384r1, so a key chosen at apply is one of them.
    keyAlgorithm: isUnknown(k) ? DEFAULT_KEY : k,
    notAfter: null,
    inUseBy: IN_USE,
    transparencyLogging: preference(transparency),
  }
  return [{ type: AWS.acmCertificate, name: domainName, tags, attributes }]
}

/** ACM's name for the key of a certificate (RSA_2048, EC_prime256v1, ...), or null for other key types. */
function keyAlgorithmOf(cert: X509Certificate): string | null {
  const key = cert.publicKey
  const details = key.asymmetricKeyDetails
  if (key.asymmetricKeyType === 'rsa' && details?.modulusLength) return `RSA_${details.modulusLength}`
  if (key.asymmetricKeyType === 'ec' && details?.namedCurve) return `EC_${details.namedCurve}`
  return null
}

/** An imported certificate; its PEM must be known from code, or nothing can be said about it. */
function imported(r: IacResource, tags: Record<string, string>): AdaptedResource<AcmCertificateAttributes>[] {
  const pem = str(r.values.certificate_body, null)
  if (isUnknown(pem) || pem === null) return []
  let cert: X509Certificate
  try {
    cert = new X509Certificate(pem)
  } catch {
    return []
  }
  const cn = /CN=([^\n,]+)/.exec(cert.subject)?.[1] ?? r.address
  const attributes: AcmCertificateAttributes = {
    domainName: cn,
    certificateType: 'IMPORTED',
    status: 'ISSUED',
    keyAlgorithm: keyAlgorithmOf(cert),
    notAfter: new Date(cert.validTo).toISOString(),
    inUseBy: IN_USE,
    transparencyLogging: null,
  }
  return [{ type: AWS.acmCertificate, name: cn, tags, attributes }]
}

function tfCertificate(r: IacResource): AdaptedResource[] {
  const v = r.values
  if (!isUnset(v.certificate_body) || !isUnset(v.private_key)) return imported(r, tfTags(v))
  const options = block(v, 'options')
  const transparency = isUnknown(options) ? options : options?.certificate_transparency_logging_preference
  return requested(r, v.domain_name, v.key_algorithm, transparency, v.certificate_authority_arn, tfTags(v))
}

function cfnCertificate(r: IacResource): AdaptedResource[] {
  const v = r.values
  return requested(r, v.DomainName, v.KeyAlgorithm, v.CertificateTransparencyLoggingPreference, v.CertificateAuthorityArn, cfnTags(v))
}

/** ACM adapters (Terraform and CloudFormation). */
export const acmAdapters: Adapter[] = [
  { language: 'terraform', types: ['aws_acm_certificate'], produces: [AWS.acmCertificate], adapt: tfCertificate },
  { language: 'cloudformation', types: ['AWS::CertificateManager::Certificate'], produces: [AWS.acmCertificate], adapt: cfnCertificate },
  partsAdapter('terraform', ['aws_acm_certificate_validation']),
]
