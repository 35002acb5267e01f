import { describe, expect, it } from 'vitest'
import check from './azure-sql-database-tde-enabled.js'
import { unknown } from '../../../core/unknown.js'
import type { AzureSqlDatabaseAttributes } from '../../../normalize/azure/types-databases.js'
import { runCheck, statusesWhenListFails } from '../../_shared/testing.js'
import { sqlDatabaseFixture } from '../../_shared/azure-databases-fixtures.js'

describe(check.id, () => {
  const cases: { transparentDataEncryption: AzureSqlDatabaseAttributes['transparentDataEncryption']; expected: string }[] = [
    { transparentDataEncryption: 'Enabled', expected: 'pass' },
    { transparentDataEncryption: 'Disabled', expected: 'fail' },
    { transparentDataEncryption: unknown('transparentDataEncryptions.get: AuthorizationFailed'), expected: 'error' },
  ]
  it.each(cases)('$transparentDataEncryption → $expected', ({ transparentDataEncryption, expected }) => {
    expect(runCheck(check, sqlDatabaseFixture({ transparentDataEncryption })).status).toBe(expected)
  })
  it('a failed database list is ERROR', () => {
    expect(statusesWhenListFails(check)).toEqual(['error'])
  })
})
