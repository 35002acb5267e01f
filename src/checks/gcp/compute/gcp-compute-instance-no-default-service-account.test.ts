import { describe, expect, it } from 'vitest'
import check from './gcp-compute-instance-no-default-service-account.js'
import { evaluate } from '../../../evaluate/engine.js'
import { Inventory } from '../../../core/inventory.js'
import type { Check } from '../../../evaluate/define-check.js'
import { runCheck, statusesWhenListFails, TEST_NOW } from '../../_shared/testing.js'
import { DEFAULT_COMPUTE_SA, DEFAULT_SCOPES, gkeNodeFixture, instanceFixture } from '../../_shared/gcp-compute-fixtures.js'

describe(check.id, () => {
  it('fails an instance running as the default compute service account', () => {
    const f = runCheck(check, instanceFixture({ serviceAccounts: [{ email: DEFAULT_COMPUTE_SA, scopes: DEFAULT_SCOPES }] }))
    expect(f.status).toBe('fail')
    expect(f.message).toBe(`Instance app-1 runs as the Compute Engine default service account ${DEFAULT_COMPUTE_SA}.`)
  })

  it('passes a dedicated service account, or none', () => {
    expect(runCheck(check, instanceFixture()).status).toBe('pass')
    expect(runCheck(check, instanceFixture({ serviceAccounts: [] })).message).toBe('Instance app-1 has no service account attached.')
  })

  it('leaves GKE nodes out, as CIS does', () => {
    const node = gkeNodeFixture({ serviceAccounts: [{ email: DEFAULT_COMPUTE_SA, scopes: DEFAULT_SCOPES }] })
    expect(evaluate([check as Check<unknown>], new Inventory([node]), () => [], TEST_NOW)).toEqual([])
  })

  it('is ERROR, never PASS, when the instance list failed', () => {
    expect(statusesWhenListFails(check, 'compute', 'compute.instances.aggregatedList')).toEqual(['error'])
  })
})
