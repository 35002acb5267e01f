import { describe, expect, it } from 'vitest'
import { type AcmCertificateAttributes } from '../../../normalize/aws/types.js'
import check from './aws-acm-certificate-key-strength.js'
import { cert } from './test-fixtures.js'
import { runCheck } from '../../_shared/testing.js'

describe(check.id, () => {
  const cases: { name: string; attrs: Partial<AcmCertificateAttributes>; expected: string }[] = [
    { name: 'RSA 2048', attrs: {}, expected: 'pass' },
    { name: 'EC P-256', attrs: { keyAlgorithm: 'EC_prime256v1' }, expected: 'pass' },
    { name: 'RSA 1024', attrs: { keyAlgorithm: 'RSA_1024' }, expected: 'fail' },
    { name: 'key algorithm not reported', attrs: { keyAlgorithm: null }, expected: 'error' },
  ]
  it.each(cases)('$name → $expected', ({ attrs, expected }) => {
    expect(runCheck(check, cert(attrs)).status).toBe(expected)
  })
})
