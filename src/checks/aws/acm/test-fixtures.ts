/** Test fixtures shared by the acm checks' tests (not a check). */
import { AWS, type AcmCertificateAttributes } from '../../../normalize/aws/types.js'
import { awsFixture, daysAgo } from '../../_shared/testing.js'

export const cert = (attrs: Partial<AcmCertificateAttributes>) =>
  awsFixture<AcmCertificateAttributes>(AWS.acmCertificate, {
    domainName: 'www.example.com',
    certificateType: 'AMAZON_ISSUED',
    status: 'ISSUED',
    keyAlgorithm: 'RSA_2048',
    notAfter: daysAgo(-200),
    inUseBy: ['arn:aws:elasticloadbalancing:us-east-1:111122223333:loadbalancer/app/web/1'],
    transparencyLogging: 'ENABLED',
    ...attrs,
  })
