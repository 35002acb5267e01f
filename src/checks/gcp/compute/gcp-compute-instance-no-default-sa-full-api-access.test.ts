import { describe, expect, it } from 'vitest'
import check from './gcp-compute-instance-no-default-sa-full-api-access.js'
import { evaluate } from '../../../evaluate/engine.js'
import { Inventory } from '../../../core/inventory.js'
import type { Check } from '../../../evaluate/define-check.js'
import { runCheck, statusesWhenListFails, TEST_NOW } from '../../_shared/testing.js'
import { CLOUD_PLATFORM_SCOPE, DEFAULT_COMPUTE_SA, DEFAULT_SCOPES, gkeNodeFixture, instanceFixture } from '../../_shared/gcp-compute-fixtures.js'

describe(check.id, () => {
  const cases = [
    { name: 'default SA with cloud-platform', sa: { email: DEFAULT_COMPUTE_SA, scopes: [CLOUD_PLATFORM_SCOPE] }, expected: 'fail' },
    { name: 'default SA with default scopes', sa: { email: DEFAULT_COMPUTE_SA, scopes: DEFAULT_SCOPES }, expected: 'pass' },
    {
      name: 'dedicated SA with cloud-platform',
      sa: { email: 'app@posture-test-project.iam.gserviceaccount.com', scopes: [CLOUD_PLATFORM_SCOPE] },
      expected: 'pass',
    },
  ] as const
  it.each(cases)('$name → $expected', ({ sa, expected }) => {
    expect(runCheck(check, instanceFixture({ serviceAccounts: [{ email: sa.email, scopes: [...sa.scopes] }] })).status).toBe(expected)
  })

  it('leaves GKE nodes out, as CIS does', () => {
    const node = gkeNodeFixture({ serviceAccounts: [{ email: DEFAULT_COMPUTE_SA, scopes: [CLOUD_PLATFORM_SCOPE] }] })
    expect(evaluate([check as Check<unknown>], new Inventory([node]), () => [], TEST_NOW)).toEqual([])
  })

  it('is ERROR, never PASS, when the instance list failed', () => {
    expect(statusesWhenListFails(check, 'compute', 'compute.instances.aggregatedList')).toEqual(['error'])
  })
})
