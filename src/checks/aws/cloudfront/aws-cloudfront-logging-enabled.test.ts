import { describe, expect, it } from 'vitest'
import { unknown } from '../../../core/unknown.js'
import { AWS, type CloudFrontDistributionAttributes, type CloudFrontOrigin } from '../../../normalize/aws/types.js'
import check from './aws-cloudfront-logging-enabled.js'
import { awsFixture, runCheck } from '../../_shared/testing.js'

const custom: CloudFrontOrigin = {
  id: 'api',
  domainName: 'api.example.com',
  kind: 'custom',
  originProtocolPolicy: 'https-only',
  originSslProtocols: ['TLSv1.2'],
  originAccessIdentity: null,
  originAccessControlId: null,
}
const s3: CloudFrontOrigin = {
  id: 'assets',
  domainName: 'assets.s3.us-east-1.amazonaws.com',
  kind: 's3',
  originProtocolPolicy: null,
  originSslProtocols: [],
  originAccessIdentity: null,
  originAccessControlId: 'E2QWRUHAPOMQZL',
}
const dist = (attrs: Partial<CloudFrontDistributionAttributes>) =>
  awsFixture<CloudFrontDistributionAttributes>(AWS.cloudfrontDistribution, {
    distributionId: 'E1A2B3C4D5E6F7',
    domainName: 'd111111abcdef8.cloudfront.net',
    aliases: ['www.example.com'],
    enabled: true,
    cacheBehaviors: [
      { pathPattern: '*', targetOriginId: 'assets', viewerProtocolPolicy: 'redirect-to-https' },
      { pathPattern: '/api/*', targetOriginId: 'api', viewerProtocolPolicy: 'https-only' },
    ],
    origins: [s3, custom],
    viewerCertificate: {
      cloudFrontDefaultCertificate: false,
      acmCertificateArn: 'arn:aws:acm:us-east-1:111122223333:certificate/abc',
      iamCertificateId: null,
      minimumProtocolVersion: 'TLSv1.2_2021',
    },
    webAclId: 'arn:aws:wafv2:us-east-1:111122223333:global/webacl/edge/1',
    logging: { bucket: 'logs.s3.amazonaws.com', prefix: 'cf/' },
    defaultRootObject: 'index.html',
    ...attrs,
  })
const failed = unknown('cloudfront:GetDistributionConfig: AccessDenied')

describe(check.id, () => {
  const cases: { name: string; attrs: Partial<CloudFrontDistributionAttributes>; expected: string }[] = [
    { name: 'logging on', attrs: {}, expected: 'pass' },
    { name: 'logging off', attrs: { logging: null }, expected: 'fail' },
    { name: 'configuration not collected', attrs: { logging: failed }, expected: 'error' },
  ]
  it.each(cases)('$name → $expected', ({ attrs, expected }) => {
    expect(runCheck(check, dist(attrs)).status).toBe(expected)
  })
})
