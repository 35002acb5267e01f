/**
 * CloudFront distributions from code: `aws_cloudfront_distribution` and `AWS::CloudFront::Distribution`
 * (DistributionConfig). Settings left out take CloudFront's defaults for a new distribution (API reference,
 * DistributionConfig): no logging, no default root object, no web ACL, the *.cloudfront.net certificate.
 */
import { isUnknown, type Maybe } from '../../core/unknown.js'
import { AWS, type CloudFrontCacheBehavior, type CloudFrontDistributionAttributes, type CloudFrontOrigin } from '../../normalize/aws/types.js'
import { isIacRef, type AdaptContext, type AdaptedResource, type Adapter, type IacResource } from '../model.js'
import { cfnList, linkOf, presentLink } from './edge-shared.js'
import { block, blocks, bool, cfnTags, isUnset, obj, str, strings, tfTags } from './values.js'

type Values = Readonly<Record<string, unknown>>

/** S3 static website endpoints and REST endpoints (as the live normalizer tells them apart). */
const S3_WEBSITE = /\.s3-website[.-][a-z0-9-]+\.amazonaws\.com(\.cn)?$/i
const S3_REST = /\.s3([.-][a-z0-9-]+)?\.amazonaws\.com(\.cn)?$/i
/** Attributes of a declared bucket that name its website endpoint rather than its REST endpoint. */
const WEBSITE_ATTRIBUTES = new Set(['website_endpoint', 'website_domain', 'WebsiteURL'])

/**
 * Protocols CloudFront offers a custom origin when the template leaves OriginSSLProtocols out: the service fills in
 * SSLv3 and TLSv1 (seen on distributions and VPC origins created without it; aws-cdk issue 11994).
 */
const DEFAULT_ORIGIN_SSL = ['SSLv3', 'TLSv1']
/** MinimumProtocolVersion CloudFront applies to a custom certificate when none is given (API_ViewerCertificate). */
const DEFAULT_MIN_PROTOCOL = 'TLSv1'

/** The kind of origin a domain name designates, following references to declared S3 buckets. */
function originKind(domain: unknown, hasS3Config: boolean, hasVpcConfig: boolean, ctx: AdaptContext): CloudFrontOrigin['kind'] {
  if (hasS3Config) return 's3'
  if (hasVpcConfig) return 'vpc'
  const target = ctx.resolve(domain)
  if (target && (target.type === 'aws_s3_bucket' || target.type === 'AWS::S3::Bucket' || target.type === 'aws_s3_bucket_website_configuration')) {
    const attribute = isIacRef(domain) ? domain.attribute : undefined
    return target.type === 'aws_s3_bucket_website_configuration' || (attribute && WEBSITE_ATTRIBUTES.has(attribute)) ? 's3-website' : 's3'
  }
  const name = typeof domain === 'string' ? domain : ''
  return S3_WEBSITE.test(name) ? 's3-website' : S3_REST.test(name) ? 's3' : 'custom'
}

function text(v: unknown): string {
  const s = str(v, '')
  return isUnknown(s) ? '(known after apply)' : s
}

/** The cache behaviors, default first; a viewer protocol policy written as an unknown value counts as not allow-all. */
function behavior(pathPattern: string, target: unknown, policy: unknown): CloudFrontCacheBehavior {
  const p = str(policy, 'allow-all')
  return { pathPattern, targetOriginId: text(target), viewerProtocolPolicy: isUnknown(p) ? '(known after apply)' : p }
}

/** Protocols of a custom origin; an unknown list is kept as the service default is not what the code says. */
function sslProtocols(v: unknown): string[] {
  if (isUnset(v)) return DEFAULT_ORIGIN_SSL
  const list = strings(v)
  return isUnknown(list) ? (list as unknown as string[]) : list
}

function viewerCertificate(
  defaultCert: unknown,
  acm: unknown,
  iam: unknown,
  minimum: unknown,
  ctx: AdaptContext,
): CloudFrontDistributionAttributes['viewerCertificate'] {
  const acmCertificateArn = presentLink(acm, ctx)
  const iamCertificateId = presentLink(iam, ctx)
  const custom = acmCertificateArn !== null || iamCertificateId !== null
  const isDefault = bool(defaultCert, !custom)
  const min = str(minimum, custom ? DEFAULT_MIN_PROTOCOL : null)
  return {
    cloudFrontDefaultCertificate: isDefault === true,
    acmCertificateArn,
    iamCertificateId,
    minimumProtocolVersion: isUnknown(min) ? (min as unknown as string) : min,
  }
}

function relationsOf(attrs: CloudFrontDistributionAttributes): { kind: string; target: string }[] {
  const out: { kind: string; target: string }[] = []
  if (typeof attrs.webAclId === 'string') out.push({ kind: 'protected-by', target: attrs.webAclId })
  const cert = attrs.viewerCertificate.acmCertificateArn
  if (typeof cert === 'string') out.push({ kind: 'uses-certificate', target: cert })
  return out
}

function distribution(r: IacResource, attrs: CloudFrontDistributionAttributes, tags: Record<string, string>): AdaptedResource[] {
  return [{ type: AWS.cloudfrontDistribution, name: r.address, tags, attributes: attrs, relations: relationsOf(attrs) }]
}

function tfOrigin(o: Values, ctx: AdaptContext): CloudFrontOrigin {
  const s3 = block(o, 's3_origin_config')
  const custom = block(o, 'custom_origin_config')
  const vpc = block(o, 'vpc_origin_config')
  const customValues = custom && !isUnknown(custom) ? custom : null
  const policy = customValues ? str(customValues.origin_protocol_policy, null) : null
  const oai = s3 && !isUnknown(s3) ? linkOf(s3.origin_access_identity, ctx) : null
  return {
    id: text(o.origin_id),
    domainName: text(o.domain_name),
    kind: originKind(o.domain_name, s3 !== null, vpc !== null, ctx),
    originProtocolPolicy: isUnknown(policy) ? '(known after apply)' : policy,
    originSslProtocols: customValues ? sslProtocols(customValues.origin_ssl_protocols) : [],
    // Terraform asks for origin_access_identity = "" when an origin uses origin access control instead.
    originAccessIdentity: oai as string | null,
    originAccessControlId: presentLink(o.origin_access_control_id, ctx),
  }
}

function tfDistribution(r: IacResource, ctx: AdaptContext): AdaptedResource[] {
  const v = r.values
  const origins = blocks(v, 'origin')
  const defaults = block(v, 'default_cache_behavior')
  const ordered = blocks(v, 'ordered_cache_behavior')
  const cacheBehaviors: CloudFrontCacheBehavior[] = []
  if (defaults && !isUnknown(defaults)) cacheBehaviors.push(behavior('*', defaults.target_origin_id, defaults.viewer_protocol_policy))
  if (!isUnknown(ordered)) for (const b of ordered) cacheBehaviors.push(behavior(text(b.path_pattern), b.target_origin_id, b.viewer_protocol_policy))
  const vc = block(v, 'viewer_certificate')
  const cert = vc && !isUnknown(vc) ? vc : {}
  const logging = block(v, 'logging_config')
  const aliases = strings(v.aliases)
  const attrs: CloudFrontDistributionAttributes = {
    distributionId: r.address,
    domainName: '(known after apply)',
    aliases: isUnknown(aliases) ? [] : aliases,
    enabled: bool(v.enabled, true) !== false,
    cacheBehaviors,
    origins: isUnknown(origins) ? [] : origins.map((o) => tfOrigin(o, ctx)),
    viewerCertificate: viewerCertificate(
      cert.cloudfront_default_certificate,
      cert.acm_certificate_arn,
      cert.iam_certificate_id,
      cert.minimum_protocol_version,
      ctx,
    ),
    webAclId: presentLink(v.web_acl_id, ctx),
    logging: loggingOf(logging, (l) => [l.bucket, l.prefix], ctx),
    defaultRootObject: rootObject(v.default_root_object),
  }
  return distribution(r, attrs, tfTags(v))
}

/** Standard logging: the block present means on (Terraform has no enabled flag; CloudFormation has none either). */
function loggingOf(l: Maybe<Values | null>, pick: (l: Values) => [unknown, unknown], ctx: AdaptContext): CloudFrontDistributionAttributes['logging'] {
  if (isUnknown(l)) return l
  if (!l) return null
  const [bucket, prefix] = pick(l)
  const b = linkOf(bucket, ctx)
  return { bucket: typeof b === 'string' ? b : '(known after apply)', prefix: text(prefix) }
}

function rootObject(v: unknown): Maybe<string | null> {
  const s = str(v, null)
  return s === '' ? null : s
}

// ---------------------------------------------------------------- CloudFormation

function cfnOrigin(o: Values, ctx: AdaptContext): CloudFrontOrigin {
  const s3 = obj(o.S3OriginConfig)
  const custom = obj(o.CustomOriginConfig)
  const vpc = obj(o.VpcOriginConfig)
  const customValues = custom && !isUnknown(custom) ? custom : null
  const policy = customValues ? str(customValues.OriginProtocolPolicy, null) : null
  const oai = s3 && !isUnknown(s3) ? linkOf(s3.OriginAccessIdentity, ctx) : null
  return {
    id: text(o.Id),
    domainName: text(o.DomainName),
    kind: originKind(o.DomainName, s3 !== null, vpc !== null, ctx),
    originProtocolPolicy: isUnknown(policy) ? '(known after apply)' : policy,
    originSslProtocols: customValues ? sslProtocols(customValues.OriginSSLProtocols) : [],
    originAccessIdentity: oai as string | null,
    originAccessControlId: presentLink(o.OriginAccessControlId, ctx),
  }
}

function cfnDistribution(r: IacResource, ctx: AdaptContext): AdaptedResource[] {
  const config = obj(r.values.DistributionConfig)
  const v: Values = config && !isUnknown(config) ? config : {}
  const origins = cfnList(v.Origins)
  const defaults = obj(v.DefaultCacheBehavior)
  const ordered = cfnList(v.CacheBehaviors)
  const cacheBehaviors: CloudFrontCacheBehavior[] = []
  if (defaults && !isUnknown(defaults)) cacheBehaviors.push(behavior('*', defaults.TargetOriginId, defaults.ViewerProtocolPolicy))
  if (!isUnknown(ordered)) for (const b of ordered) cacheBehaviors.push(behavior(text(b.PathPattern), b.TargetOriginId, b.ViewerProtocolPolicy))
  const vc = obj(v.ViewerCertificate)
  const cert = vc && !isUnknown(vc) ? vc : {}
  const aliases = strings(v.Aliases)
  const attrs: CloudFrontDistributionAttributes = {
    distributionId: r.address,
    domainName: '(known after deploy)',
    aliases: isUnknown(aliases) ? [] : aliases,
    enabled: bool(v.Enabled, true) !== false,
    cacheBehaviors,
    origins: isUnknown(origins) ? [] : origins.map((o) => cfnOrigin(o, ctx)),
    viewerCertificate: viewerCertificate(
      cert.CloudFrontDefaultCertificate,
      cert.AcmCertificateArn,
      cert.IamCertificateId,
      cert.MinimumProtocolVersion,
      ctx,
    ),
    webAclId: presentLink(v.WebACLId, ctx),
    logging: loggingOf(obj(v.Logging), (l) => [l.Bucket, l.Prefix], ctx),
    defaultRootObject: rootObject(v.DefaultRootObject),
  }
  return distribution(r, attrs, cfnTags(r.values))
}

/** CloudFront adapters (Terraform and CloudFormation). */
export const cloudfrontAdapters: Adapter[] = [
  { language: 'terraform', types: ['aws_cloudfront_distribution'], produces: [AWS.cloudfrontDistribution], adapt: tfDistribution },
  { language: 'cloudformation', types: ['AWS::CloudFront::Distribution'], produces: [AWS.cloudfrontDistribution], adapt: cfnDistribution },
]
