import { describe, expect, it } from 'vitest'
import check from './azure-postgresql-flexible-server-secure-transport.js'
import { unknown } from '../../../core/unknown.js'
import type { AzurePostgresqlFlexibleServerAttributes } from '../../../normalize/azure/types-databases.js'
import { runCheck, statusesWhenListFails } from '../../_shared/testing.js'
import { postgresqlServerFixture } from '../../_shared/azure-databases-fixtures.js'

describe(check.id, () => {
  const cases: { requireSecureTransport: AzurePostgresqlFlexibleServerAttributes['requireSecureTransport']; expected: string }[] = [
    { requireSecureTransport: true, expected: 'pass' },
    { requireSecureTransport: false, expected: 'fail' },
    { requireSecureTransport: unknown('configurations.get(require_secure_transport): AuthorizationFailed'), expected: 'error' },
  ]
  it.each(cases)('$requireSecureTransport → $expected', ({ requireSecureTransport, expected }) => {
    expect(runCheck(check, postgresqlServerFixture({ requireSecureTransport })).status).toBe(expected)
  })
  it('a failed server list is ERROR', () => {
    expect(statusesWhenListFails(check)).toEqual(['error'])
  })
})
