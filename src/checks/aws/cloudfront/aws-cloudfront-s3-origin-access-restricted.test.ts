import { describe, expect, it } from 'vitest'
import { AWS, type CloudFrontDistributionAttributes, type CloudFrontOrigin } from '../../../normalize/aws/types.js'
import check from './aws-cloudfront-s3-origin-access-restricted.js'
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

describe(check.id, () => {
  const cases: { name: string; attrs: Partial<CloudFrontDistributionAttributes>; expected: string }[] = [
    { name: 'origin access control', attrs: {}, expected: 'pass' },
    {
      name: 'legacy OAI',
      attrs: { origins: [{ ...s3, originAccessControlId: null, originAccessIdentity: 'origin-access-identity/cloudfront/E127EXAMPLE51Z' }] },
      expected: 'pass',
    },
    { name: 'neither OAC nor OAI', attrs: { origins: [{ ...s3, originAccessControlId: null }] }, expected: 'fail' },
    {
      name: 'S3 website endpoint',
      attrs: {
        origins: [
          { ...custom, id: 'site', domainName: 'site.s3-website-us-east-1.amazonaws.com', kind: 's3-website', originProtocolPolicy: 'http-only' },
        ],
      },
      expected: 'fail',
    },
  ]
  it('a distribution without such origins gets no finding', () => {
    expect(() => runCheck(check, dist({ origins: [custom] }))).toThrow(/got 0/)
  })
  it.each(cases)('$name → $expected', ({ attrs, expected }) => {
    expect(runCheck(check, dist(attrs)).status).toBe(expected)
  })
})
