import { describe, expect, it } from 'vitest'
import check from './azure-mysql-flexible-server-tls-12.js'
import { unknown } from '../../../core/unknown.js'
import type { AzureMysqlFlexibleServerAttributes } from '../../../normalize/azure/types-databases.js'
import { runCheck } from '../../_shared/testing.js'
import { mysqlServerFixture } from '../../_shared/azure-databases-fixtures.js'

describe(check.id, () => {
  const cases: { name: string; tlsVersions: AzureMysqlFlexibleServerAttributes['tlsVersions']; expected: string; message?: string }[] = [
    { name: '1.2 only', tlsVersions: ['TLSv1.2'], expected: 'pass' },
    { name: '1.2 and 1.3', tlsVersions: ['TLSv1.2', 'TLSv1.3'], expected: 'pass' },
    {
      name: 'legacy protocols listed',
      tlsVersions: ['TLSv1', 'TLSv1.1', 'TLSv1.2'],
      expected: 'fail',
      message: 'MySQL server mysql-orders also accepts TLSv1, TLSv1.1.',
    },
    { name: 'empty value', tlsVersions: [], expected: 'error' },
    { name: 'not collected', tlsVersions: unknown('configurations.get(tls_version): AuthorizationFailed'), expected: 'error' },
  ]
  it.each(cases)('$name → $expected', ({ tlsVersions, expected, message }) => {
    const f = runCheck(check, mysqlServerFixture({ tlsVersions }))
    expect(f.status).toBe(expected)
    if (message) expect(f.message).toBe(message)
  })
})
