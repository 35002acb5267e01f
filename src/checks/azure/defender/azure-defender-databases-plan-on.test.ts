import { describe, expect, it } from 'vitest'
import check from './azure-defender-databases-plan-on.js'
import { unknown } from '../../../core/unknown.js'
import { defenderFixture, plans } from '../../_shared/azure-management-fixtures.js'
import { runCheck } from '../../_shared/testing.js'

describe(check.id, () => {
  const cases = [
    { name: 'every plan Standard', pricings: plans('Standard'), expected: 'pass' },
    { name: 'every plan Free', pricings: plans('Free'), expected: 'fail' },
    { name: 'CosmosDbs Free', pricings: plans('Standard', { CosmosDbs: { pricingTier: 'Free', subPlan: null } }), expected: 'fail' },
    {
      name: 'OpenSourceRelationalDatabases not offered',
      pricings: Object.fromEntries(Object.entries(plans('Standard')).filter(([k]) => k !== 'OpenSourceRelationalDatabases')),
      expected: 'fail',
    },
    { name: 'not collected', pricings: unknown('pricings.list: AuthorizationFailed (HTTP 403)'), expected: 'error' },
  ] as const
  it.each(cases)('$name → $expected', ({ pricings, expected }) => {
    expect(runCheck(check, defenderFixture({ pricings })).status).toBe(expected)
  })
})
