/** Test fixtures shared by the CloudFront checks' tests: a well-configured distribution and its origins. Not a check. */
import { unknown } from '../../../core/unknown.js'
import { AWS, type CloudFrontDistributionAttributes, type CloudFrontOrigin } from '../../../normalize/aws/types.js'
import { awsFixture } from '../../_shared/testing.js'

/** What an attribute holds when GetDistributionConfig failed. */
export const failed = unknown('cloudfront:GetDistributionConfig: AccessDenied')
export const custom: CloudFrontOrigin = {
  id: 'api',
  domainName: 'api.example.com',
  kind: 'custom',
  originProtocolPolicy: 'https-only',
  originSslProtocols: ['TLSv1.2'],
  originAccessIdentity: null,
  originAccessControlId: null,
}
export const s3: CloudFrontOrigin = {
  id: 'assets',
  domainName: 'assets.s3.us-east-1.amazonaws.com',
  kind: 's3',
  originProtocolPolicy: null,
  originSslProtocols: [],
  originAccessIdentity: null,
  originAccessControlId: 'E2QWRUHAPOMQZL',
}
export const dist = (attrs: Partial<CloudFrontDistributionAttributes>) =>
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
