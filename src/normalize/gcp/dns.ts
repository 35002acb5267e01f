import type { Resource } from '../../core/resource.js'
import { unknown } from '../../core/unknown.js'
import type { GcpDnsKeySpecRaw, GcpDnsPolicyRaw, GcpDnsRaw, GcpManagedZoneEntry } from '../../collect/gcp/dns.js'
import { iso } from '../common.js'
import { gcpName, gcpResource, type GcpNormalizeScope } from './helpers.js'
import { computeName } from './compute-network.js'
import {
  GCP_COMPUTE_TYPES,
  type GcpDnsKey,
  type GcpDnsKeySpec,
  type GcpDnsManagedZoneAttributes,
  type GcpDnsPolicyAttributes,
} from './types-compute.js'

/** A key type as the contract spells it; the API writes keySigning / zoneSigning. */
function keyType(t: string | undefined): GcpDnsKeySpec['keyType'] | undefined {
  return t === 'keySigning' || t === 'zoneSigning' ? t : undefined
}

function specOf(s: GcpDnsKeySpecRaw): GcpDnsKeySpec | undefined {
  const type = keyType(s.keyType)
  return type ? { keyType: type, algorithm: (s.algorithm ?? '').toLowerCase(), keyLength: s.keyLength ?? null } : undefined
}

function defined<T>(x: T | undefined): x is T {
  return x !== undefined
}

/** The zone's DNSSEC keys: null when not fetched (not a signed public zone), Unknown when dnsKeys.list failed. */
function keysOf(entry: GcpManagedZoneEntry): GcpDnsManagedZoneAttributes['dnsKeys'] {
  const r = entry.dnsKeys
  if (r === null) return null
  if (!r.ok) return unknown(`dns.dnsKeys.list: ${r.reason}`)
  return (r.value ?? [])
    .map((k): GcpDnsKey | undefined => {
      const type = keyType(k.type)
      return type
        ? {
            id: k.id ?? '',
            keyType: type,
            algorithm: (k.algorithm ?? '').toLowerCase(),
            keyLength: k.keyLength ?? null,
            isActive: k.isActive ?? false,
          }
        : undefined
    })
    .filter(defined)
}

function zone(entry: GcpManagedZoneEntry, scope: GcpNormalizeScope): Resource<GcpDnsManagedZoneAttributes> | undefined {
  const z = entry.zone
  if (!z.name) return undefined
  const state = z.dnssecConfig?.state
  const privateNetworks = (z.privateVisibilityConfig?.networks ?? []).flatMap((n) => (n.networkUrl ? [computeName(n.networkUrl, scope.project)] : []))
  return gcpResource<GcpDnsManagedZoneAttributes>({
    uid: gcpName('dns', `projects/${scope.project}/managedZones/${z.name}`),
    type: GCP_COMPUTE_TYPES.dnsManagedZone,
    project: scope.project,
    name: z.name,
    labels: z.labels ?? {},
    attributes: {
      name: z.name,
      dnsName: z.dnsName ?? '',
      // Defaults: public visibility, DNSSEC off (https://cloud.google.com/dns/docs/reference/rest/v1/managedZones).
      visibility: z.visibility === 'private' ? 'private' : 'public',
      dnssecState: state === 'on' || state === 'transfer' ? state : 'off',
      defaultKeySpecs: (z.dnssecConfig?.defaultKeySpecs ?? []).map(specOf).filter(defined),
      dnsKeys: keysOf(entry),
      logging: z.cloudLoggingConfig?.enableLogging ?? false,
      privateNetworks,
      creationTime: iso(z.creationTime),
    },
    relations: privateNetworks.map((target) => ({ kind: 'visible-to', target })),
  })
}

function policy(p: GcpDnsPolicyRaw, scope: GcpNormalizeScope): Resource<GcpDnsPolicyAttributes> | undefined {
  if (!p.name) return undefined
  const networks = (p.networks ?? []).flatMap((n) => (n.networkUrl ? [computeName(n.networkUrl, scope.project)] : []))
  return gcpResource<GcpDnsPolicyAttributes>({
    uid: gcpName('dns', `projects/${scope.project}/policies/${p.name}`),
    type: GCP_COMPUTE_TYPES.dnsPolicy,
    project: scope.project,
    name: p.name,
    attributes: {
      name: p.name,
      // Both default to off (https://cloud.google.com/dns/docs/reference/rest/v1/policies).
      enableLogging: p.enableLogging ?? false,
      enableInboundForwarding: p.enableInboundForwarding ?? false,
      networks,
    },
    relations: networks.map((target) => ({ kind: 'applies-to', target })),
  })
}

/** Cloud DNS managed zones and server policies of one project; a list that failed contributes nothing. */
export function normalizeDns(raw: GcpDnsRaw, scope: GcpNormalizeScope): Resource[] {
  return [
    ...(raw.zones.ok ? raw.zones.value.map((z) => zone(z, scope)).filter(defined) : []),
    ...(raw.policies.ok ? raw.policies.value.map((p) => policy(p, scope)).filter(defined) : []),
  ]
}
