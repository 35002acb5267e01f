import { describe, expect, it } from 'vitest'
import check from './azure-aks-cluster-local-accounts-disabled.js'
import { runCheck, statusesWhenListFails } from '../../_shared/testing.js'
import { aksFixture } from '../../_shared/azure-compute-fixtures.js'

describe(check.id, () => {
  it.each([
    { name: 'disabled', attrs: {}, expected: 'pass' },
    { name: 'enabled with Entra', attrs: { disableLocalAccounts: false }, expected: 'fail' },
    { name: 'enabled without Entra', attrs: { disableLocalAccounts: false, aad: null }, expected: 'fail' },
  ])('$name → $expected', ({ attrs, expected }) => {
    expect(runCheck(check, aksFixture(attrs)).status).toBe(expected)
  })

  it('mentions a missing Entra integration', () => {
    expect(runCheck(check, aksFixture({ disableLocalAccounts: false, aad: null })).message).toBe(
      'AKS cluster aks-prod has local accounts enabled and no Microsoft Entra integration.',
    )
  })

  it('is ERROR when the cluster list failed', () => {
    expect(statusesWhenListFails(check)).toEqual(['error'])
  })
})
