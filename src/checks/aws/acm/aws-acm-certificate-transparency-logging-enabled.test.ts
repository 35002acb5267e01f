import { describe, expect, it } from 'vitest'
import { unknown } from '../../../core/unknown.js'
import { type AcmCertificateAttributes } from '../../../normalize/aws/types.js'
import check from './aws-acm-certificate-transparency-logging-enabled.js'
import { cert } from './test-fixtures.js'
import { runCheck } from '../../_shared/testing.js'

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
