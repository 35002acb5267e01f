import { describe, expect, it } from 'vitest'
import { isUnknown } from '../../core/unknown.js'
import type { CloudFrontRaw, DistributionConfig, DistributionSummary } from '../../collect/aws/cloudfront.js'
import { normalizeCloudfront } from './cloudfront.js'
import { AWS } from './types.js'

const ACCOUNT = '111122223333'
const scope = { account: ACCOUNT, region: 'global', regions: ['us-east-1'] }
const ARN = `arn:aws:cloudfront::${ACCOUNT}:distribution/EDFDVBD6EXAMPLE`
const ACL = `arn:aws:wafv2:us-east-1:${ACCOUNT}:global/webacl/edge/a1b2`
const CERT = `arn:aws:acm:us-east-1:${ACCOUNT}:certificate/abc`

const shared = {
  Aliases: { Quantity: 1, Items: ['www.example.com'] },
  Origins: {
    Quantity: 3,
    Items: [
      {
        Id: 'assets',
        DomainName: 'assets.s3.us-east-1.amazonaws.com',
        S3OriginConfig: { OriginAccessIdentity: '' },
        OriginAccessControlId: 'E2QWRUHAPOMQZL',
      },
      {
        Id: 'api',
        DomainName: 'api.example.com',
        CustomOriginConfig: {
          HTTPPort: 80,
          HTTPSPort: 443,
          OriginProtocolPolicy: 'https-only' as const,
          OriginSslProtocols: { Quantity: 1, Items: ['TLSv1.2' as const] },
        },
      },
      {
        Id: 'site',
        DomainName: 'site.s3-website-us-east-1.amazonaws.com',
        CustomOriginConfig: { HTTPPort: 80, HTTPSPort: 443, OriginProtocolPolicy: 'http-only' as const },
      },
    ],
  },
  DefaultCacheBehavior: { TargetOriginId: 'assets', ViewerProtocolPolicy: 'redirect-to-https' as const },
  CacheBehaviors: { Quantity: 1, Items: [{ PathPattern: '/api/*', TargetOriginId: 'api', ViewerProtocolPolicy: 'https-only' as const }] },
  ViewerCertificate: { ACMCertificateArn: CERT, SSLSupportMethod: 'sni-only' as const, MinimumProtocolVersion: 'TLSv1.2_2021' as const },
  WebACLId: ACL,
  Enabled: true,
  Comment: 'www',
}
const summary = { Id: 'EDFDVBD6EXAMPLE', ARN, Status: 'Deployed', DomainName: 'd111111abcdef8.cloudfront.net', ...shared } as DistributionSummary
const config = {
  CallerReference: 'www-1',
  ...shared,
  DefaultRootObject: 'index.html',
  Logging: { Enabled: true, IncludeCookies: false, Bucket: 'logs.s3.amazonaws.com', Prefix: 'cf/' },
} as DistributionConfig

describe('normalizeCloudfront', () => {
  it('a distribution with its configuration', () => {
    const raw: CloudFrontRaw = { distributions: [{ summary, config: { ok: true, value: config } }] }
    const [r] = normalizeCloudfront(raw, scope)
    expect(r).toMatchObject({
      uid: ARN,
      type: AWS.cloudfrontDistribution,
      region: 'global',
      relations: [
        { kind: 'protected-by', target: ACL },
        { kind: 'uses-certificate', target: CERT },
      ],
      attributes: {
        distributionId: 'EDFDVBD6EXAMPLE',
        domainName: 'd111111abcdef8.cloudfront.net',
        aliases: ['www.example.com'],
        cacheBehaviors: [
          { pathPattern: '*', targetOriginId: 'assets', viewerProtocolPolicy: 'redirect-to-https' },
          { pathPattern: '/api/*', targetOriginId: 'api', viewerProtocolPolicy: 'https-only' },
        ],
        origins: [
          { id: 'assets', kind: 's3', originAccessControlId: 'E2QWRUHAPOMQZL', originAccessIdentity: null, originProtocolPolicy: null },
          { id: 'api', kind: 'custom', originProtocolPolicy: 'https-only', originSslProtocols: ['TLSv1.2'] },
          { id: 'site', kind: 's3-website', originProtocolPolicy: 'http-only' },
        ],
        viewerCertificate: { cloudFrontDefaultCertificate: false, acmCertificateArn: CERT, minimumProtocolVersion: 'TLSv1.2_2021' },
        webAclId: ACL,
        logging: { bucket: 'logs.s3.amazonaws.com', prefix: 'cf/' },
        defaultRootObject: 'index.html',
      },
    })
  })

  it('a failed GetDistributionConfig: summary fields kept, logging and root object Unknown', () => {
    const raw: CloudFrontRaw = { distributions: [{ summary, config: { ok: false, reason: 'AccessDenied', code: 'AccessDenied' } }] }
    const [r] = normalizeCloudfront(raw, scope)
    expect(r!.attributes.aliases).toEqual(['www.example.com'])
    expect(r!.attributes.webAclId).toBe(ACL)
    expect(isUnknown(r!.attributes.logging)).toBe(true)
    expect(isUnknown(r!.attributes.defaultRootObject)).toBe(true)
  })
})
