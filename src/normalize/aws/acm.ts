import type { Resource } from '../../core/resource.js'
import { unknown } from '../../core/unknown.js'
import type { AcmRaw } from '../../collect/aws/acm.js'
import { AWS, type AcmCertificateAttributes } from './types.js'
import { awsResource, iso, type NormalizeScope } from './helpers.js'

/** ACM certificates → aws.acm.certificate; a failed DescribeCertificate leaves usage and transparency logging Unknown. */
export function normalizeAcm(raw: AcmRaw, scope: NormalizeScope): Resource<AcmCertificateAttributes>[] {
  return raw.certificates.map(({ summary: s, detail }) => {
    // The summary carries status, key and expiry too; the detail is fresher where both exist.
    const d = detail.ok ? (detail.value ?? {}) : {}
    const failed = detail.ok ? undefined : unknown(`acm:DescribeCertificate: ${detail.reason}`)
    const arn = s.CertificateArn ?? ''
    const domainName = d.DomainName ?? s.DomainName ?? ''
    const preference = d.Options?.CertificateTransparencyLoggingPreference
    return awsResource<AcmCertificateAttributes>({
      uid: arn,
      type: AWS.acmCertificate,
      account: scope.account,
      region: scope.region,
      name: domainName || arn,
      attributes: {
        domainName,
        certificateType: d.Type ?? s.Type ?? 'IMPORTED',
        status: d.Status ?? s.Status ?? 'ISSUED',
        keyAlgorithm: d.KeyAlgorithm ?? s.KeyAlgorithm ?? null,
        notAfter: iso(d.NotAfter ?? s.NotAfter),
        inUseBy: failed ?? d.InUseBy ?? [],
        transparencyLogging: failed ?? (preference === 'ENABLED' || preference === 'DISABLED' ? preference : null),
      },
    })
  })
}
