import { describe, expect, it } from 'vitest'
import { unknown, type Maybe } from '../../../core/unknown.js'
import check from './aws-glacier-vault-lock-enabled.js'
import { runCheck } from '../../_shared/testing.js'
import { glacierVaultFixture } from '../backup/management-fixtures.js'

describe(check.id, () => {
  const cases: { name: string; lockState: Maybe<string | null>; expected: string }[] = [
    { name: 'Locked', lockState: 'Locked', expected: 'pass' },
    { name: 'InProgress', lockState: 'InProgress', expected: 'fail' },
    { name: 'no lock', lockState: null, expected: 'fail' },
    { name: 'GetVaultLock failed', lockState: unknown('glacier:GetVaultLock: AccessDeniedException'), expected: 'error' },
  ]
  it.each(cases)('$name → $expected', ({ lockState, expected }) => {
    expect(runCheck(check, glacierVaultFixture({ lockState })).status).toBe(expected)
  })
})
