import { describe, expect, it } from 'vitest'
import { isUnknown } from '../../core/unknown.js'
import type { AcmRaw, CertificateSummary } from '../../collect/aws/acm.js'
import { normalizeAcm } from './acm.js'
import { AWS } from './types.js'

const ACCOUNT = '111122223333'
const scope = { account: ACCOUNT, region: 'us-east-1', regions: ['us-east-1'] }
const ARN = `arn:aws:acm:us-east-1:${ACCOUNT}:certificate/12345678-1234-1234-1234-123456789012`
const LB = `arn:aws:elasticloadbalancing:us-east-1:${ACCOUNT}:loadbalancer/app/web/1`
const summary: CertificateSummary = {
  CertificateArn: ARN,
  DomainName: 'www.example.com',
  Type: 'AMAZON_ISSUED',
  Status: 'ISSUED',
  KeyAlgorithm: 'RSA_2048',
  InUse: true,
  NotAfter: new Date('2026-09-01T12:00:00Z'),
}

describe('normalizeAcm', () => {
  it('a certificate with its details', () => {
    const raw: AcmRaw = {
      certificates: [
        {
          summary,
          detail: {
            ok: true,
            value: {
              CertificateArn: ARN,
              DomainName: 'www.example.com',
              Type: 'AMAZON_ISSUED',
              Status: 'ISSUED',
              KeyAlgorithm: 'EC_prime256v1',
              NotAfter: new Date('2026-09-01T12:00:00Z'),
              InUseBy: [LB],
              Options: { CertificateTransparencyLoggingPreference: 'DISABLED' },
            },
          },
        },
      ],
    }
    const [r] = normalizeAcm(raw, scope)
    expect(r).toMatchObject({
      uid: ARN,
      type: AWS.acmCertificate,
      name: 'www.example.com',
      attributes: {
        certificateType: 'AMAZON_ISSUED',
        status: 'ISSUED',
        keyAlgorithm: 'EC_prime256v1',
        notAfter: '2026-09-01T12:00:00.000Z',
        inUseBy: [LB],
        transparencyLogging: 'DISABLED',
      },
    })
  })

  it('a failed DescribeCertificate: summary fields kept, usage and CT preference Unknown', () => {
    const raw: AcmRaw = { certificates: [{ summary, detail: { ok: false, reason: 'AccessDenied', code: 'AccessDenied' } }] }
    const [r] = normalizeAcm(raw, scope)
    expect(r!.attributes).toMatchObject({ status: 'ISSUED', keyAlgorithm: 'RSA_2048', notAfter: '2026-09-01T12:00:00.000Z' })
    expect(isUnknown(r!.attributes.inUseBy)).toBe(true)
    expect(isUnknown(r!.attributes.transparencyLogging)).toBe(true)
  })
})
