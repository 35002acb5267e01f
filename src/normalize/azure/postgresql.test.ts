import { describe, expect, it } from 'vitest'
import type { CallResult } from '../../collect/collector.js'
import type { PostgresqlServerRaw } from '../../collect/azure/postgresql.js'
import { normalizePostgresql } from './postgresql.js'
import { AZURE_DATABASES_TYPES as T } from './types-databases.js'

const SUB = '00000000-0000-0000-0000-000000000001'
const ID = `/subscriptions/${SUB}/resourceGroups/rg-data/providers/Microsoft.DBforPostgreSQL/flexibleServers/pg-orders`
const ok = <V>(value: V): CallResult<V> => ({ ok: true, value })
const denied: CallResult<never> = { ok: false, reason: 'AuthorizationFailed (HTTP 403)', code: 'AuthorizationFailed' }

const raw = (over: Partial<PostgresqlServerRaw> = {}): PostgresqlServerRaw => ({
  server: { id: ID, name: 'pg-orders', location: 'eastus', version: '16', state: 'Ready', network: { publicNetworkAccess: 'Enabled' } },
  firewallRules: ok([{ name: 'office', startIpAddress: '203.0.113.10', endIpAddress: '203.0.113.10' }]),
  parameters: {
    require_secure_transport: ok({ value: 'on', defaultValue: 'on' }),
    ssl_min_protocol_version: ok({ value: 'TLSv1.2', defaultValue: 'TLSv1.2' }),
    'logfiles.retention_days': ok({ value: '7', defaultValue: '3' }),
  },
  ...over,
})

describe('normalizePostgresql', () => {
  it('a public server with its firewall rules and parameters', () => {
    const [r] = normalizePostgresql({ servers: [raw()] }, { subscription: SUB })
    expect(r).toMatchObject({
      uid: ID.toLowerCase(),
      type: T.postgresqlFlexibleServer,
      name: 'pg-orders',
      region: 'eastus',
      attributes: {
        serverName: 'pg-orders',
        resourceGroup: 'rg-data',
        version: '16',
        publicNetworkAccess: 'Enabled',
        delegatedSubnetId: null,
        firewallRules: [{ name: 'office', startIpAddress: '203.0.113.10', endIpAddress: '203.0.113.10' }],
        requireSecureTransport: true,
        sslMinProtocolVersion: 'TLSv1.2',
        logRetentionDays: 7,
      },
    })
  })

  it('a VNet-integrated server without publicNetworkAccess is private; a parameter without value uses its default', () => {
    const subnet = `/subscriptions/${SUB}/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworks/vnet/subnets/pg`
    const [r] = normalizePostgresql(
      {
        servers: [
          raw({
            server: { id: ID, name: 'pg-orders', location: 'eastus', network: { delegatedSubnetResourceId: subnet } },
            parameters: {
              require_secure_transport: ok({ value: 'off', defaultValue: 'on' }),
              ssl_min_protocol_version: ok({ defaultValue: 'TLSv1.2' }),
              'logfiles.retention_days': ok({ value: '', defaultValue: '3' }),
            },
          }),
        ],
      },
      { subscription: SUB },
    )
    expect(r!.attributes).toMatchObject({
      publicNetworkAccess: 'Disabled',
      delegatedSubnetId: subnet,
      requireSecureTransport: false,
      sslMinProtocolVersion: 'TLSv1.2',
      logRetentionDays: 3,
    })
  })

  it('failed calls leave only their attribute Unknown', () => {
    const [r] = normalizePostgresql(
      {
        servers: [
          raw({
            firewallRules: denied,
            parameters: { ...raw().parameters, require_secure_transport: denied, 'logfiles.retention_days': ok({}) },
          }),
        ],
      },
      { subscription: SUB },
    )
    expect(r!.attributes).toMatchObject({
      firewallRules: { $unknown: 'firewallRules.listByServer: AuthorizationFailed (HTTP 403)' },
      requireSecureTransport: { $unknown: 'configurations.get(require_secure_transport): AuthorizationFailed (HTTP 403)' },
      sslMinProtocolVersion: 'TLSv1.2',
      logRetentionDays: { $unknown: 'configurations.get(logfiles.retention_days): the server returned no value' },
    })
  })
})
