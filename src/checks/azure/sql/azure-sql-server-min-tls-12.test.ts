import { describe, expect, it } from 'vitest'
import check from './azure-sql-server-min-tls-12.js'
import { runCheck } from '../../_shared/testing.js'
import { sqlServerFixture } from '../../_shared/azure-databases-fixtures.js'

describe(check.id, () => {
  const cases: { minimalTlsVersion: string | null; expected: string }[] = [
    { minimalTlsVersion: '1.2', expected: 'pass' },
    { minimalTlsVersion: '1.3', expected: 'pass' },
    { minimalTlsVersion: '1.1', expected: 'fail' },
    { minimalTlsVersion: '1.0', expected: 'fail' },
    { minimalTlsVersion: 'None', expected: 'fail' },
    { minimalTlsVersion: null, expected: 'fail' },
  ]
  it.each(cases)('$minimalTlsVersion → $expected', ({ minimalTlsVersion, expected }) => {
    expect(runCheck(check, sqlServerFixture({ minimalTlsVersion })).status).toBe(expected)
  })
})
