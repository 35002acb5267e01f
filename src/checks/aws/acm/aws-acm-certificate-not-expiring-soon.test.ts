import { describe, expect, it } from 'vitest'
import { type AcmCertificateAttributes } from '../../../normalize/aws/types.js'
import check from './aws-acm-certificate-not-expiring-soon.js'
import { cert } from './test-fixtures.js'
import { daysAgo, runCheck } from '../../_shared/testing.js'

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
