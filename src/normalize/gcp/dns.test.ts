import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { GcpDnsKeyRaw, GcpDnsPolicyRaw, GcpDnsRaw, GcpManagedZoneRaw } from '../../collect/gcp/dns.js'
import { normalizeDns } from './dns.js'
import type { GcpDnsManagedZoneAttributes, GcpDnsPolicyAttributes } from './types-compute.js'
import type { Resource } from '../../core/resource.js'

const P = 'posture-test-project'
const scope = { project: P, projectNumber: '123456789012' }

function fixture<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(`../../../test/fixtures/gcp/compute/${name}`, import.meta.url), 'utf8')) as T
}

function raw(): GcpDnsRaw {
  const zones = [
    ...fixture<{ managedZones: GcpManagedZoneRaw[] }>('managed-zones-page1.json').managedZones,
    ...fixture<{ managedZones: GcpManagedZoneRaw[] }>('managed-zones-page2.json').managedZones,
  ]
  const keys: Record<string, GcpDnsKeyRaw[]> = {
    'example-com': fixture<{ dnsKeys: GcpDnsKeyRaw[] }>('dnskeys-example-com.json').dnsKeys,
    'legacy-example': fixture<{ dnsKeys: GcpDnsKeyRaw[] }>('dnskeys-legacy-example.json').dnsKeys,
  }
  return {
    zones: {
      ok: true,
      value: zones.map((zone) => ({
        zone,
        dnsKeys:
          zone.name === 'forbidden-example'
            ? { ok: false as const, reason: 'PERMISSION_DENIED: denied', code: 'PERMISSION_DENIED' }
            : keys[zone.name!]
              ? { ok: true as const, value: keys[zone.name!]! }
              : null,
      })),
    },
    policies: { ok: true, value: fixture<{ policies: GcpDnsPolicyRaw[] }>('policies.json').policies },
  }
}

describe('normalizeDns', () => {
  const resources = normalizeDns(raw(), scope)
  const zone = (n: string) => resources.find((r) => r.name === n) as Resource<GcpDnsManagedZoneAttributes>

  it('names zones and policies as Cloud Asset Inventory does', () => {
    expect(resources.map((r) => `${r.type} ${r.uid}`)).toEqual([
      `gcp.dns.managed-zone //dns.googleapis.com/projects/${P}/managedZones/example-com`,
      `gcp.dns.managed-zone //dns.googleapis.com/projects/${P}/managedZones/legacy-example`,
      `gcp.dns.managed-zone //dns.googleapis.com/projects/${P}/managedZones/unsigned-example`,
      `gcp.dns.managed-zone //dns.googleapis.com/projects/${P}/managedZones/internal`,
      `gcp.dns.managed-zone //dns.googleapis.com/projects/${P}/managedZones/forbidden-example`,
      `gcp.dns.policy //dns.googleapis.com/projects/${P}/policies/dns-logging`,
      `gcp.dns.policy //dns.googleapis.com/projects/${P}/policies/inbound-forwarding`,
    ])
  })

  it('reads DNSSEC state, key specs and keys', () => {
    expect(zone('example-com').attributes).toMatchObject({
      dnsName: 'example.com.',
      visibility: 'public',
      dnssecState: 'on',
      logging: true,
      defaultKeySpecs: [
        { keyType: 'keySigning', algorithm: 'rsasha256', keyLength: 2048 },
        { keyType: 'zoneSigning', algorithm: 'rsasha256', keyLength: 1024 },
      ],
      dnsKeys: [
        { id: '0', keyType: 'keySigning', algorithm: 'rsasha256', keyLength: 2048, isActive: true },
        { id: '1', keyType: 'zoneSigning', algorithm: 'rsasha256', keyLength: 1024, isActive: true },
      ],
    })
    expect(zone('unsigned-example').attributes).toMatchObject({ dnssecState: 'off', defaultKeySpecs: [], dnsKeys: null, logging: false })
    expect(zone('forbidden-example').attributes.dnsKeys).toEqual({ $unknown: 'dns.dnsKeys.list: PERMISSION_DENIED: denied' })
  })

  it('relates private zones and policies to their networks', () => {
    const net = `//compute.googleapis.com/projects/${P}/global/networks/prod-vpc`
    expect(zone('internal').attributes).toMatchObject({ visibility: 'private', dnssecState: 'off', privateNetworks: [net] })
    expect(zone('internal').relations).toEqual([{ kind: 'visible-to', target: net }])
    const policy = resources.find((r) => r.name === 'dns-logging') as Resource<GcpDnsPolicyAttributes>
    expect(policy.attributes).toEqual({ name: 'dns-logging', enableLogging: true, enableInboundForwarding: false, networks: [net] })
    expect(policy.relations).toEqual([{ kind: 'applies-to', target: net }])
  })

  it('defaults an omitted visibility and DNSSEC state', () => {
    const [z] = normalizeDns(
      { zones: { ok: true, value: [{ zone: { name: 'z', dnsName: 'z.example.' }, dnsKeys: null }] }, policies: { ok: true, value: [] } },
      scope,
    )
    expect(z!.attributes).toMatchObject({ visibility: 'public', dnssecState: 'off' })
  })

  it('drops a list that failed', () => {
    const r = normalizeDns({ ...raw(), policies: { ok: false, reason: 'x', code: 'x' } }, scope)
    expect(r.some((x) => x.type === 'gcp.dns.policy')).toBe(false)
  })
})
