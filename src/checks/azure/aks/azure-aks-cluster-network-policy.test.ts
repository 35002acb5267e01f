import { describe, expect, it } from 'vitest'
import check from './azure-aks-cluster-network-policy.js'
import { runCheck, statusesWhenListFails } from '../../_shared/testing.js'
import { aksFixture } from '../../_shared/azure-compute-fixtures.js'

describe(check.id, () => {
  it.each([
    { networkPolicy: 'azure', expected: 'pass' },
    { networkPolicy: 'calico', expected: 'pass' },
    { networkPolicy: 'cilium', expected: 'pass' },
    { networkPolicy: 'none', expected: 'fail' },
    { networkPolicy: null, expected: 'fail' },
  ])('$networkPolicy → $expected', ({ networkPolicy, expected }) => {
    expect(runCheck(check, aksFixture({ networkPolicy })).status).toBe(expected)
  })

  it('is ERROR when the cluster list failed', () => {
    expect(statusesWhenListFails(check)).toEqual(['error'])
  })
})
