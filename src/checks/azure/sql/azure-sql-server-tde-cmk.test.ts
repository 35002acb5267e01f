import { describe, expect, it } from 'vitest'
import check from './azure-sql-server-tde-cmk.js'
import { unknown } from '../../../core/unknown.js'
import type { AzureSqlServerAttributes } from '../../../normalize/azure/types-databases.js'
import { runCheck } from '../../_shared/testing.js'
import { sqlServerFixture } from '../../_shared/azure-databases-fixtures.js'

describe(check.id, () => {
  const cases: { name: string; encryptionProtector: AzureSqlServerAttributes['encryptionProtector']; expected: string }[] = [
    {
      name: 'Key Vault key',
      encryptionProtector: { serverKeyType: 'AzureKeyVault', keyUri: 'https://kv.vault.azure.net/keys/tde/1', autoRotationEnabled: false },
      expected: 'pass',
    },
    { name: 'service-managed', encryptionProtector: { serverKeyType: 'ServiceManaged', keyUri: null, autoRotationEnabled: false }, expected: 'fail' },
    { name: 'not collected', encryptionProtector: unknown('encryptionProtectors.get: AuthorizationFailed'), expected: 'error' },
  ]
  it.each(cases)('$name → $expected', ({ encryptionProtector, expected }) => {
    expect(runCheck(check, sqlServerFixture({ encryptionProtector })).status).toBe(expected)
  })
})
