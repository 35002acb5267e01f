import { describe, expect, it } from 'vitest'
import check from './azure-postgresql-flexible-server-log-retention.js'
import { unknown } from '../../../core/unknown.js'
import type { AzurePostgresqlFlexibleServerAttributes } from '../../../normalize/azure/types-databases.js'
import { runCheck } from '../../_shared/testing.js'
import { postgresqlServerFixture } from '../../_shared/azure-databases-fixtures.js'

describe(check.id, () => {
  const cases: { logRetentionDays: AzurePostgresqlFlexibleServerAttributes['logRetentionDays']; expected: string }[] = [
    { logRetentionDays: 7, expected: 'pass' },
    { logRetentionDays: 4, expected: 'pass' },
    { logRetentionDays: 3, expected: 'fail' },
    { logRetentionDays: 1, expected: 'fail' },
    { logRetentionDays: Number.NaN, expected: 'error' },
    { logRetentionDays: unknown('configurations.get(logfiles.retention_days): AuthorizationFailed'), expected: 'error' },
  ]
  it.each(cases)('$logRetentionDays → $expected', ({ logRetentionDays, expected }) => {
    expect(runCheck(check, postgresqlServerFixture({ logRetentionDays })).status).toBe(expected)
  })
})
