import { describe, expect, it } from 'vitest'
import { unknown } from '../../../core/unknown.js'
import { type AcmCertificateAttributes } from '../../../normalize/aws/types.js'
import check from './aws-acm-certificate-in-use-valid.js'
import { cert } from './test-fixtures.js'
import { daysAgo, runCheck } from '../../_shared/testing.js'

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
