import { describe, expect, it } from 'vitest'
import check from './gcp-kms-key-rotation-90-days.js'
import { runCheck, statusesWhenListFails, TEST_NOW } from '../../_shared/testing.js'
import { cryptoKeyFixture } from '../../_shared/gcp-identity-fixtures.js'
import { evaluate } from '../../../evaluate/engine.js'
import { Inventory } from '../../../core/inventory.js'
import type { GcpCryptoKeyAttributes } from '../../../normalize/gcp/types-identity.js'

const inDays = (d: number): string => new Date(TEST_NOW.getTime() + d * 86_400_000).toISOString()

describe(check.id, () => {
  const cases: { name: string; attrs: Partial<GcpCryptoKeyAttributes>; expected: 'pass' | 'fail'; says?: string }[] = [
    { name: 'every 90 days, next in 30', attrs: {}, expected: 'pass' },
    {
      name: 'every 30 days',
      attrs: { rotationPeriod: '2592000s', rotationPeriodSeconds: 2_592_000, nextRotationTime: inDays(10) },
      expected: 'pass',
    },
    {
      name: 'no rotation',
      attrs: { rotationPeriod: null, rotationPeriodSeconds: null, nextRotationTime: null },
      expected: 'fail',
      says: 'no automatic rotation',
    },
    { name: 'yearly', attrs: { rotationPeriod: '31536000s', rotationPeriodSeconds: 31_536_000 }, expected: 'fail', says: '365 days' },
    { name: 'next rotation too far', attrs: { nextRotationTime: inDays(200) }, expected: 'fail', says: 'more than 90 days away' },
    { name: 'period but no next time', attrs: { nextRotationTime: null }, expected: 'fail', says: 'no next rotation time' },
  ]
  it.each(cases)('$name → $expected', ({ attrs, expected, says }) => {
    const f = runCheck(check, cryptoKeyFixture(attrs))
    expect(f.status).toBe(expected)
    if (says) expect(f.message).toContain(says)
  })

  it.each([
    { name: 'asymmetric signing key', attrs: { purpose: 'ASYMMETRIC_SIGN', primary: null, rotationPeriod: null, rotationPeriodSeconds: null } },
    { name: 'import-only key', attrs: { importOnly: true, rotationPeriod: null, rotationPeriodSeconds: null } },
    { name: 'external key', attrs: { protectionLevel: 'EXTERNAL', rotationPeriod: null, rotationPeriodSeconds: null } },
    {
      name: 'destroyed primary',
      attrs: { primary: { ...cryptoKeyFixture().attributes.primary!, state: 'DESTROYED' }, rotationPeriod: null, rotationPeriodSeconds: null },
    },
  ])('$name is out of scope', ({ attrs }) => {
    const findings = evaluate([check], new Inventory([cryptoKeyFixture(attrs)]), () => [], TEST_NOW)
    expect(findings).toEqual([])
  })

  it('is ERROR, never PASS, when keys could not be listed', () => {
    expect(statusesWhenListFails(check, 'kms', 'cloudkms.keyRings.list')).toEqual(['error'])
  })
})
