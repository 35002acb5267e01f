import { describe, expect, it } from 'vitest'
import { unknown } from '../../../core/unknown.js'
import { AWS, type AcmCertificateAttributes } from '../../../normalize/aws/types.js'
import check from './aws-acm-certificate-transparency-logging-enabled.js'
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
    { name: 'enabled', attrs: {}, expected: 'pass' },
    { name: 'default preference', attrs: { transparencyLogging: null }, expected: 'pass' },
    { name: 'disabled', attrs: { transparencyLogging: 'DISABLED' }, expected: 'fail' },
    { name: 'details not collected', attrs: { transparencyLogging: failed }, expected: 'error' },
  ]
  it('an imported certificate gets no finding', () => {
    expect(() => runCheck(check, cert({ certificateType: 'IMPORTED', transparencyLogging: 'DISABLED' }))).toThrow(/got 0/)
  })
  it.each(cases)('$name → $expected', ({ attrs, expected }) => {
    expect(runCheck(check, cert(attrs)).status).toBe(expected)
  })
})
