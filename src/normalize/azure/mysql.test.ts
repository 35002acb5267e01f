import { describe, expect, it } from 'vitest'
import type { CallResult } from '../../collect/collector.js'
import type { MysqlServerRaw } from '../../collect/azure/mysql.js'
import { normalizeMysql, tlsVersionsOf } from './mysql.js'
import { AZURE_DATABASES_TYPES as T, type AzureMysqlFlexibleServerAttributes } from './types-databases.js'
import type { Resource } from '../../core/resource.js'

const SUB = '00000000-0000-0000-0000-000000000001'
const ID = `/subscriptions/${SUB}/resourceGroups/rg-data/providers/Microsoft.DBforMySQL/flexibleServers/mysql-orders`
const ok = <V>(value: V): CallResult<V> => ({ ok: true, value })
const denied: CallResult<never> = { ok: false, reason: 'AuthorizationFailed (HTTP 403)', code: 'AuthorizationFailed' }

const raw = (over: Partial<MysqlServerRaw> = {}): MysqlServerRaw => ({
  server: { id: ID, name: 'mysql-orders', location: 'eastus', version: '8.0.21', state: 'Ready', network: { publicNetworkAccess: 'Enabled' } },
  firewallRules: ok([]),
  parameters: {
    require_secure_transport: ok({ value: 'ON', defaultValue: 'ON' }),
    tls_version: ok({ value: 'TLSv1.2,TLSv1.3', defaultValue: 'TLSv1.2' }),
    audit_log_enabled: ok({ value: 'OFF', defaultValue: 'OFF' }),
  },
  ...over,
})

describe('normalizeMysql', () => {
  it('a public server with its parameters', () => {
    const [r] = normalizeMysql({ servers: [raw()] }, { subscription: SUB })
    expect(r).toMatchObject({
      uid: ID.toLowerCase(),
      type: T.mysqlFlexibleServer,
      name: 'mysql-orders',
      attributes: {
        serverName: 'mysql-orders',
        resourceGroup: 'rg-data',
        publicNetworkAccess: 'Enabled',
        firewallRules: [],
        requireSecureTransport: true,
        tlsVersions: ['TLSv1.2', 'TLSv1.3'],
        auditLogEnabled: false,
      },
    })
  })

  it('failed calls leave only their attribute Unknown', () => {
    const [r] = normalizeMysql(
      { servers: [raw({ parameters: { ...raw().parameters, tls_version: denied } })] },
      { subscription: SUB },
    ) as Resource<AzureMysqlFlexibleServerAttributes>[]
    expect(r!.attributes.tlsVersions).toEqual({ $unknown: 'configurations.get(tls_version): AuthorizationFailed (HTTP 403)' })
    expect(r!.attributes.requireSecureTransport).toBe(true)
  })

  it.each([
    { value: 'TLSv1.2', expected: ['TLSv1.2'] },
    { value: 'TLSv1, TLSv1.1,TLSv1.2', expected: ['TLSv1', 'TLSv1.1', 'TLSv1.2'] },
  ])('tls_version $value', ({ value, expected }) => {
    expect(tlsVersionsOf(value)).toEqual(expected)
  })
})
