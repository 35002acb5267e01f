import { describe, expect, it } from 'vitest'
import check from './azure-mysql-flexible-server-secure-transport.js'
import { unknown } from '../../../core/unknown.js'
import type { AzureMysqlFlexibleServerAttributes } from '../../../normalize/azure/types-databases.js'
import { runCheck, statusesWhenListFails } from '../../_shared/testing.js'
import { mysqlServerFixture } from '../../_shared/azure-databases-fixtures.js'

describe(check.id, () => {
  const cases: { requireSecureTransport: AzureMysqlFlexibleServerAttributes['requireSecureTransport']; expected: string }[] = [
    { requireSecureTransport: true, expected: 'pass' },
    { requireSecureTransport: false, expected: 'fail' },
    { requireSecureTransport: unknown('configurations.get(require_secure_transport): AuthorizationFailed'), expected: 'error' },
  ]
  it.each(cases)('$requireSecureTransport → $expected', ({ requireSecureTransport, expected }) => {
    expect(runCheck(check, mysqlServerFixture({ requireSecureTransport })).status).toBe(expected)
  })
  it('a failed server list is ERROR', () => {
    expect(statusesWhenListFails(check)).toEqual(['error'])
  })
})
