import { describe, expect, it } from 'vitest'
import check from './azure-defender-arm-plan-on.js'
import { unknown } from '../../../core/unknown.js'
import { defenderFixture, plans } from '../../_shared/azure-management-fixtures.js'
import { runCheck } from '../../_shared/testing.js'

describe(check.id, () => {
  const cases = [
    { name: 'every plan Standard', pricings: plans('Standard'), expected: 'pass' },
    { name: 'every plan Free', pricings: plans('Free'), expected: 'fail' },
    { name: 'Arm Free', pricings: plans('Standard', { Arm: { pricingTier: 'Free', subPlan: null } }), expected: 'fail' },
    { name: 'Arm not offered', pricings: Object.fromEntries(Object.entries(plans('Standard')).filter(([k]) => k !== 'Arm')), expected: 'fail' },
    { name: 'not collected', pricings: unknown('pricings.list: AuthorizationFailed (HTTP 403)'), expected: 'error' },
  ] as const
  it.each(cases)('$name → $expected', ({ pricings, expected }) => {
    expect(runCheck(check, defenderFixture({ pricings })).status).toBe(expected)
  })
})
