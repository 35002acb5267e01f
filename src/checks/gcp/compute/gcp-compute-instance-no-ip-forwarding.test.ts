import { describe, expect, it } from 'vitest'
import check from './gcp-compute-instance-no-ip-forwarding.js'
import { evaluate } from '../../../evaluate/engine.js'
import { Inventory } from '../../../core/inventory.js'
import type { Check } from '../../../evaluate/define-check.js'
import { runCheck, statusesWhenListFails, TEST_NOW } from '../../_shared/testing.js'
import { gkeNodeFixture, instanceFixture } from '../../_shared/gcp-compute-fixtures.js'

describe(check.id, () => {
  it('fails when canIpForward is on and passes when off', () => {
    expect(runCheck(check, instanceFixture({ canIpForward: true })).status).toBe('fail')
    expect(runCheck(check, instanceFixture()).status).toBe('pass')
  })

  it('leaves GKE nodes out, as CIS does', () => {
    expect(evaluate([check as Check<unknown>], new Inventory([gkeNodeFixture({ canIpForward: true })]), () => [], TEST_NOW)).toEqual([])
  })

  it('is ERROR, never PASS, when the instance list failed', () => {
    expect(statusesWhenListFails(check, 'compute', 'compute.instances.aggregatedList')).toEqual(['error'])
  })
})
