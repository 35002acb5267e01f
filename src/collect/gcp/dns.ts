import type { CallResult } from '../collector.js'
import { mapLimit } from '../limiter.js'
import type { GcpCollector } from './module.js'

/**
 * Cloud DNS REST shapes (no @googleapis package here), as documented in
 * https://cloud.google.com/dns/docs/reference/rest/v1/managedZones, .../policies and .../dnsKeys.
 */
export interface GcpDnsKeySpecRaw {
  keyType?: string
  algorithm?: string
  keyLength?: number
  kind?: string
}

export interface GcpManagedZoneRaw {
  name?: string
  dnsName?: string
  description?: string
  id?: string
  nameServers?: string[]
  creationTime?: string
  visibility?: string
  dnssecConfig?: { state?: string; defaultKeySpecs?: GcpDnsKeySpecRaw[]; nonExistence?: string; kind?: string }
  privateVisibilityConfig?: { networks?: { networkUrl?: string; kind?: string }[]; gkeClusters?: { gkeClusterName?: string }[] }
  cloudLoggingConfig?: { enableLogging?: boolean }
  labels?: Record<string, string>
  kind?: string
}

export interface GcpDnsPolicyRaw {
  id?: string
  name?: string
  description?: string
  enableInboundForwarding?: boolean
  enableLogging?: boolean
  networks?: { networkUrl?: string; kind?: string }[]
  alternativeNameServerConfig?: unknown
  kind?: string
}

export interface GcpDnsKeyRaw {
  id?: string
  algorithm?: string
  keyLength?: number
  type?: string
  isActive?: boolean
  keyTag?: number
  creationTime?: string
  kind?: string
}

/** A managed zone with its DNSSEC keys (fetched only for signed public zones; null otherwise). */
export interface GcpManagedZoneEntry {
  zone: GcpManagedZoneRaw
  dnsKeys: CallResult<GcpDnsKeyRaw[] | null> | null
}

/** Cloud DNS in one project. */
export interface GcpDnsRaw {
  zones: CallResult<GcpManagedZoneEntry[]>
  policies: CallResult<GcpDnsPolicyRaw[]>
}

const ZONE = 'gcp.dns.managed-zone'
const POLICY = 'gcp.dns.policy'

/** Full resource name of a zone (the uid the normalizer gives it), for per-zone error records. */
export function dnsZoneName(project: string, zone: string): string {
  return `//dns.googleapis.com/projects/${project}/managedZones/${zone}`
}

/** True for a public zone whose DNSSEC is on (or being transferred in), i.e. one that has signing keys. */
function signedPublic(z: GcpManagedZoneRaw): boolean {
  const state = z.dnssecConfig?.state ?? 'off'
  return (z.visibility ?? 'public') === 'public' && state !== 'off'
}

/**
 * Cloud DNS managed zones (with the DNSSEC keys of signed public zones) and DNS server policies, over REST
 * (session.pages). A project without the Cloud DNS API enabled holds no zones or policies.
 */
export const gcpDnsCollector: GcpCollector<GcpDnsRaw> = {
  service: 'dns',
  scope: 'global',
  produces: [ZONE, POLICY],
  async collect(ctx, session) {
    const base = `dns/v1/projects/${ctx.account}`
    const [zoneList, policies] = await Promise.all([
      ctx.paginate(
        'dns.managedZones.list',
        (signal) => session.pages<{ managedZones?: GcpManagedZoneRaw[]; nextPageToken?: string }>('dns', `${base}/managedZones`, signal),
        (p) => p.managedZones,
        { affects: [ZONE] },
      ),
      ctx.paginate(
        'dns.policies.list',
        (signal) => session.pages<{ policies?: GcpDnsPolicyRaw[]; nextPageToken?: string }>('dns', `${base}/policies`, signal),
        (p) => p.policies,
        { affects: [POLICY] },
      ),
    ])
    if (!zoneList.ok) return { zones: zoneList, policies }
    const zones = await mapLimit(zoneList.value, 4, async (zone): Promise<GcpManagedZoneEntry> => {
      if (!zone.name || !signedPublic(zone)) return { zone, dnsKeys: null }
      const keys = await ctx.call(
        'dns.dnsKeys.list',
        async (signal) => {
          const out: GcpDnsKeyRaw[] = []
          for await (const page of session.pages<{ dnsKeys?: GcpDnsKeyRaw[]; nextPageToken?: string }>(
            'dns',
            `${base}/managedZones/${encodeURIComponent(zone.name!)}/dnsKeys`,
            signal,
          )) {
            out.push(...(page.dnsKeys ?? []))
          }
          return out
        },
        { resource: dnsZoneName(ctx.account, zone.name) },
      )
      return { zone, dnsKeys: keys }
    })
    return { zones: { ok: true, value: zones }, policies }
  },
}
