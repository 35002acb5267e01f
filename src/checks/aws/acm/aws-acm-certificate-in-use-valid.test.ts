import { describe, expect, it } from 'vitest'
import { unknown } from '../../../core/unknown.js'
import { AWS, type AcmCertificateAttributes } from '../../../normalize/aws/types.js'
import check from './aws-acm-certificate-in-use-valid.js'
import { awsFixture, daysAgo, runCheck } from '../../_shared/testing.js'

const cert = (attrs: Partial<AcmCertificateAttributes>) =>
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
const failed = unknown('acm:DescribeCertificate: AccessDenied')

describe(check.id, () => {
  const cases: { name: string; attrs: Partial<AcmCertificateAttributes>; expected: string }[] = [
    { name: 'issued and in use', attrs: {}, expected: 'pass' },
    { name: 'expired, unused', attrs: { status: 'EXPIRED', inUseBy: [] }, expected: 'pass' },
    { name: 'expired and in use', attrs: { status: 'EXPIRED', notAfter: daysAgo(3) }, expected: 'fail' },
    { name: 'revoked and in use', attrs: { status: 'REVOKED' }, expected: 'fail' },
    { name: 'expired, usage not collected', attrs: { status: 'EXPIRED', inUseBy: failed }, expected: 'error' },
  ]
  it.each(cases)('$name → $expected', ({ attrs, expected }) => {
    expect(runCheck(check, cert(attrs)).status).toBe(expected)
  })
})
