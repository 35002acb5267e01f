import type { Resource } from '../../core/resource.js'
import { unknown } from '../../core/unknown.js'
import type { CloudFrontRaw, DistributionSummary } from '../../collect/aws/cloudfront.js'
import { AWS, type CloudFrontCacheBehavior, type CloudFrontDistributionAttributes, type CloudFrontOrigin } from './types.js'
import { awsResource, type NormalizeScope } from './helpers.js'

type SdkOrigin = NonNullable<NonNullable<DistributionSummary['Origins']>['Items']>[number]
/** The fields a distribution summary and its full configuration share. */
type Shape = Partial<
  Pick<DistributionSummary, 'Aliases' | 'Origins' | 'DefaultCacheBehavior' | 'CacheBehaviors' | 'ViewerCertificate' | 'WebACLId' | 'Enabled'>
>

/** S3 static website endpoints (s3-website-<region> or s3-website.<region>), which serve only public buckets over HTTP. */
const S3_WEBSITE = /\.s3-website[.-][a-z0-9-]+\.amazonaws\.com(\.cn)?$/i
/** S3 REST endpoints (bucket.s3.amazonaws.com, bucket.s3.<region>.amazonaws.com, bucket.s3-<region>.amazonaws.com). */
const S3_REST = /\.s3([.-][a-z0-9-]+)?\.amazonaws\.com(\.cn)?$/i

/** An origin in normalized form. */
function originOf(o: SdkOrigin): CloudFrontOrigin {
  const domainName = o.DomainName ?? ''
  const custom = o.CustomOriginConfig
  const kind: CloudFrontOrigin['kind'] = o.S3OriginConfig
    ? 's3'
    : o.VpcOriginConfig
      ? 'vpc'
      : S3_WEBSITE.test(domainName)
        ? 's3-website'
        : S3_REST.test(domainName)
          ? 's3'
          : 'custom'
  return {
    id: o.Id ?? '',
    domainName,
    kind,
    originProtocolPolicy: custom?.OriginProtocolPolicy ?? null,
    originSslProtocols: custom ? (custom.OriginSslProtocols?.Items ?? []) : [],
    originAccessIdentity: o.S3OriginConfig?.OriginAccessIdentity || null,
    originAccessControlId: o.OriginAccessControlId || null,
  }
}

/** Default cache behavior first (path '*'), then the ordered cache behaviors. */
function behaviorsOf(s: Shape): CloudFrontCacheBehavior[] {
  const d = s.DefaultCacheBehavior
  const out: CloudFrontCacheBehavior[] = d
    ? [{ pathPattern: '*', targetOriginId: d.TargetOriginId ?? '', viewerProtocolPolicy: d.ViewerProtocolPolicy ?? 'allow-all' }]
    : []
  for (const b of s.CacheBehaviors?.Items ?? []) {
    out.push({
      pathPattern: b.PathPattern ?? '',
      targetOriginId: b.TargetOriginId ?? '',
      viewerProtocolPolicy: b.ViewerProtocolPolicy ?? 'allow-all',
    })
  }
  return out
}

/** CloudFront distributions → aws.cloudfront.distribution (region 'global'); a failed GetDistributionConfig leaves logging and root object Unknown. */
export function normalizeCloudfront(raw: CloudFrontRaw, scope: NormalizeScope): Resource<CloudFrontDistributionAttributes>[] {
  return raw.distributions.map(({ summary, config }) => {
    const id = summary.Id ?? ''
    // GetDistributionConfig is the full, authoritative configuration; the list summary carries the same fields (and is
    // all there is when the per-distribution call failed).
    const s: Shape = (config.ok ? config.value : null) ?? summary
    const vc = s.ViewerCertificate ?? {}
    const webAclId = s.WebACLId || null
    const acmCertificateArn = vc.ACMCertificateArn || null
    const failed = config.ok ? undefined : unknown(`cloudfront:GetDistributionConfig: ${config.reason}`)
    const cfg = config.ok ? config.value : null
    return awsResource<CloudFrontDistributionAttributes>({
      uid: summary.ARN ?? `arn:aws:cloudfront::${scope.account}:distribution/${id}`,
      type: AWS.cloudfrontDistribution,
      account: scope.account,
      region: 'global',
      name: id,
      relations: [
        ...(webAclId ? [{ kind: 'protected-by', target: webAclId }] : []),
        ...(acmCertificateArn ? [{ kind: 'uses-certificate', target: acmCertificateArn }] : []),
      ],
      attributes: {
        distributionId: id,
        domainName: summary.DomainName ?? '',
        aliases: s.Aliases?.Items ?? [],
        enabled: s.Enabled ?? false,
        cacheBehaviors: behaviorsOf(s),
        origins: (s.Origins?.Items ?? []).map(originOf),
        viewerCertificate: {
          // Without a custom certificate CloudFront serves its *.cloudfront.net certificate (API reference, ViewerCertificate).
          cloudFrontDefaultCertificate: vc.CloudFrontDefaultCertificate ?? (!acmCertificateArn && !vc.IAMCertificateId),
          acmCertificateArn,
          iamCertificateId: vc.IAMCertificateId || null,
          minimumProtocolVersion: vc.MinimumProtocolVersion ?? null,
        },
        webAclId,
        logging: failed ?? (cfg?.Logging?.Enabled ? { bucket: cfg.Logging.Bucket ?? '', prefix: cfg.Logging.Prefix ?? '' } : null),
        defaultRootObject: failed ?? (cfg?.DefaultRootObject || null),
      },
    })
  })
}
