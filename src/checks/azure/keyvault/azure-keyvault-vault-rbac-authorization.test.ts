import { describe, expect, it } from 'vitest'
import check from './azure-keyvault-vault-rbac-authorization.js'
import { runCheck, statusesWhenListFails } from '../../_shared/testing.js'
import { keyVaultFixture } from '../../_shared/azure-storage-fixtures.js'

describe(check.id, () => {
  it('passes with Azure RBAC', () => {
    expect(runCheck(check, keyVaultFixture()).status).toBe('pass')
  })
  it('fails with access policies and counts them', () => {
    const f = runCheck(check, keyVaultFixture({ enableRbacAuthorization: false, accessPolicyCount: 3 }))
    expect(f.status).toBe('fail')
    expect(f.message).toBe('Key Vault kv-posture-prod authorizes data access with 3 vault access policy entries instead of Azure RBAC.')
  })
  it('is an error, never a pass, when the vaults could not be listed', () => {
    expect(statusesWhenListFails(check, 'keyvault', 'vaults.listBySubscription')).toEqual(['error'])
  })
})
