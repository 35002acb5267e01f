import { describe, expect, it } from 'vitest'
import type { CloudFrontDistributionAttributes } from '../../../normalize/aws/types.js'
import check from './aws-cloudfront-viewer-tls-current.js'
import { runCheck } from '../../_shared/testing.js'
import { dist } from './distribution-fixtures.js'

describe(check.id, () => {
  const cases: { name: string; attrs: Partial<CloudFrontDistributionAttributes>; expected: string }[] = [
    { name: 'TLSv1.2_2021', attrs: {}, expected: 'pass' },
    {
      name: 'TLSv1.3_2025',
      attrs: {
        viewerCertificate: {
          cloudFrontDefaultCertificate: false,
          acmCertificateArn: 'arn:aws:acm:us-east-1:111122223333:certificate/abc',
          iamCertificateId: null,
          minimumProtocolVersion: 'TLSv1.3_2025',
        },
      },
      expected: 'pass',
    },
    {
      name: 'default certificate',
      attrs: {
        aliases: [],
        viewerCertificate: { cloudFrontDefaultCertificate: true, acmCertificateArn: null, iamCertificateId: null, minimumProtocolVersion: 'TLSv1' },
      },
      expected: 'pass',
    },
    {
      name: 'TLSv1.2_2019',
      attrs: {
        viewerCertificate: {
          cloudFrontDefaultCertificate: false,
          acmCertificateArn: 'arn:aws:acm:us-east-1:111122223333:certificate/abc',
          iamCertificateId: null,
          minimumProtocolVersion: 'TLSv1.2_2019',
        },
      },
      expected: 'fail',
    },
    {
      name: 'TLSv1 with a custom certificate',
      attrs: {
        viewerCertificate: {
          cloudFrontDefaultCertificate: false,
          acmCertificateArn: null,
          iamCertificateId: 'ASCAEXAMPLE',
          minimumProtocolVersion: 'TLSv1',
        },
      },
      expected: 'fail',
    },
  ]
  it.each(cases)('$name → $expected', ({ attrs, expected }) => {
    expect(runCheck(check, dist(attrs)).status).toBe(expected)
  })
})
