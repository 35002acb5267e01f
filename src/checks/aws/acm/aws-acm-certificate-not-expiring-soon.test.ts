import { describe, expect, it } from 'vitest'
import { AWS, type AcmCertificateAttributes } from '../../../normalize/aws/types.js'
import check from './aws-acm-certificate-not-expiring-soon.js'
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

describe(check.id, () => {
  const cases: { name: string; attrs: Partial<AcmCertificateAttributes>; expected: string }[] = [
    { name: '200 days left', attrs: {}, expected: 'pass' },
    { name: '10 days left', attrs: { notAfter: daysAgo(-10) }, expected: 'fail' },
    { name: 'no expiry reported', attrs: { notAfter: null }, expected: 'error' },
  ]
  it('a pending certificate gets no finding', () => {
    expect(() => runCheck(check, cert({ status: 'PENDING_VALIDATION', notAfter: null }))).toThrow(/got 0/)
  })
  it.each(cases)('$name → $expected', ({ attrs, expected }) => {
    expect(runCheck(check, cert(attrs)).status).toBe(expected)
  })
})
