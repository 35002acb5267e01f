import { describe, expect, it } from 'vitest'
import check from './azure-postgresql-flexible-server-tls-12.js'
import { unknown } from '../../../core/unknown.js'
import type { AzurePostgresqlFlexibleServerAttributes } from '../../../normalize/azure/types-databases.js'
import { runCheck } from '../../_shared/testing.js'
import { postgresqlServerFixture } from '../../_shared/azure-databases-fixtures.js'

describe(check.id, () => {
  const cases: { sslMinProtocolVersion: AzurePostgresqlFlexibleServerAttributes['sslMinProtocolVersion']; expected: string }[] = [
    { sslMinProtocolVersion: 'TLSv1.2', expected: 'pass' },
    { sslMinProtocolVersion: 'TLSv1.3', expected: 'pass' },
    { sslMinProtocolVersion: 'TLSv1.1', expected: 'fail' },
    { sslMinProtocolVersion: 'TLSv1', expected: 'fail' },
    { sslMinProtocolVersion: unknown('configurations.get(ssl_min_protocol_version): AuthorizationFailed'), expected: 'error' },
  ]
  it.each(cases)('$sslMinProtocolVersion → $expected', ({ sslMinProtocolVersion, expected }) => {
    expect(runCheck(check, postgresqlServerFixture({ sslMinProtocolVersion })).status).toBe(expected)
  })
})
