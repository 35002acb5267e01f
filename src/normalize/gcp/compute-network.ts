import type { Relation, Resource } from '../../core/resource.js'
import type { GcpComputeRaw, GcpFirewallRaw, GcpNetworkRaw, GcpSubnetworkRaw } from '../../collect/gcp/compute.js'
import { iso } from '../common.js'
import { gcpName, gcpResource, lastSegment, type GcpNormalizeScope } from './helpers.js'
import {
  GCP_COMPUTE_TYPES,
  type GcpFirewallAttributes,
  type GcpFirewallEntry,
  type GcpFlowLogConfig,
  type GcpNetworkAttributes,
  type GcpSubnetworkAttributes,
} from './types-compute.js'

/**
 * Full resource name of a Compute Engine object from its URL: https://www.googleapis.com/compute/v1/projects/p/global/networks/n,
 * projects/p/global/networks/n, or the project-relative global/networks/n all give //compute.googleapis.com/projects/p/global/networks/n.
 */
export function computeName(url: string, project: string): string {
  const i = url.indexOf('projects/')
  return gcpName('compute', i >= 0 ? url.slice(i) : `projects/${project}/${url.replace(/^\/+/, '')}`)
}

/** computeName, or null for an absent URL. */
export function computeNameOrNull(url: string | null | undefined, project: string): string | null {
  return url ? computeName(url, project) : null
}

function entries(list: GcpFirewallRaw['allowed']): GcpFirewallEntry[] {
  return (list ?? []).map((e) => ({ protocol: (e.IPProtocol ?? 'all').toLowerCase(), ports: e.ports ?? [] }))
}

function inNetwork(network: string | null): Relation[] {
  return network ? [{ kind: 'in-network', target: network }] : []
}

function firewall(f: GcpFirewallRaw, scope: GcpNormalizeScope): Resource<GcpFirewallAttributes> | undefined {
  if (!f.name) return undefined
  // Defaults: INGRESS, enabled, priority 1000 (https://cloud.google.com/compute/docs/reference/rest/v1/firewalls).
  const direction = f.direction === 'EGRESS' ? 'EGRESS' : 'INGRESS'
  const sourceTags = f.sourceTags ?? []
  const sourceServiceAccounts = f.sourceServiceAccounts ?? []
  let sourceRanges = f.sourceRanges ?? []
  // An ingress rule given no source at all applies to 0.0.0.0/0 (https://cloud.google.com/firewall/docs/firewalls#sources_for_rules).
  if (direction === 'INGRESS' && sourceRanges.length === 0 && sourceTags.length === 0 && sourceServiceAccounts.length === 0) {
    sourceRanges = ['0.0.0.0/0']
  }
  const allowed = entries(f.allowed)
  const network = computeNameOrNull(f.network, scope.project)
  return gcpResource<GcpFirewallAttributes>({
    uid: gcpName('compute', `projects/${scope.project}/global/firewalls/${f.name}`),
    type: GCP_COMPUTE_TYPES.firewall,
    project: scope.project,
    name: f.name,
    attributes: {
      name: f.name,
      network,
      direction,
      disabled: f.disabled ?? false,
      priority: f.priority ?? 1000,
      action: allowed.length > 0 ? 'allow' : 'deny',
      allowed,
      denied: entries(f.denied),
      sourceRanges,
      sourceTags,
      sourceServiceAccounts,
      destinationRanges: f.destinationRanges ?? [],
      targetTags: f.targetTags ?? [],
      targetServiceAccounts: f.targetServiceAccounts ?? [],
      logging: f.logConfig?.enable ?? false,
      creationTimestamp: iso(f.creationTimestamp),
    },
    relations: inNetwork(network),
  })
}

function network(n: GcpNetworkRaw, scope: GcpNormalizeScope): Resource<GcpNetworkAttributes> | undefined {
  if (!n.name) return undefined
  // A legacy network has an IPv4Range and no subnetworks (https://cloud.google.com/vpc/docs/legacy).
  const mode = n.IPv4Range ? 'legacy' : n.autoCreateSubnetworks ? 'auto' : 'custom'
  return gcpResource<GcpNetworkAttributes>({
    uid: gcpName('compute', `projects/${scope.project}/global/networks/${n.name}`),
    type: GCP_COMPUTE_TYPES.network,
    project: scope.project,
    name: n.name,
    attributes: {
      name: n.name,
      mode,
      autoCreateSubnetworks: n.autoCreateSubnetworks ?? false,
      ipv4Range: n.IPv4Range ?? null,
      subnetworks: (n.subnetworks ?? []).map((s) => computeName(s, scope.project)),
      // Default REGIONAL (https://cloud.google.com/compute/docs/reference/rest/v1/networks).
      routingMode: n.routingConfig?.routingMode ?? 'REGIONAL',
      creationTimestamp: iso(n.creationTimestamp),
    },
  })
}

/**
 * Flow logs of a subnetwork when enabled. logConfig.enable is authoritative; subnetworks configured through the older
 * enableFlowLogs field report only that. Omitted settings take the documented defaults: 5-second aggregation, 0.5
 * sampling, EXCLUDE_ALL_METADATA (SubnetworkLogConfig, https://cloud.google.com/compute/docs/reference/rest/v1/subnetworks).
 */
export function flowLogsOf(s: GcpSubnetworkRaw): GcpFlowLogConfig | null {
  const enabled = s.logConfig?.enable ?? s.enableFlowLogs ?? false
  if (!enabled) return null
  const c = s.logConfig ?? {}
  return {
    aggregationInterval: c.aggregationInterval ?? 'INTERVAL_5_SEC',
    flowSampling: c.flowSampling ?? 0.5,
    metadata: c.metadata ?? 'EXCLUDE_ALL_METADATA',
    filterExpr: c.filterExpr && c.filterExpr.trim() !== '' && c.filterExpr.trim() !== 'true' ? c.filterExpr : null,
  }
}

function subnetwork(s: GcpSubnetworkRaw, scope: GcpNormalizeScope): Resource<GcpSubnetworkAttributes> | undefined {
  if (!s.name) return undefined
  const region = lastSegment(s.region)
  const net = computeNameOrNull(s.network, scope.project)
  return gcpResource<GcpSubnetworkAttributes>({
    uid: gcpName('compute', `projects/${scope.project}/regions/${region}/subnetworks/${s.name}`),
    type: GCP_COMPUTE_TYPES.subnetwork,
    project: scope.project,
    name: s.name,
    location: region,
    attributes: {
      name: s.name,
      region,
      network: net,
      ipCidrRange: s.ipCidrRange ?? null,
      // Default PRIVATE (https://cloud.google.com/compute/docs/reference/rest/v1/subnetworks).
      purpose: s.purpose ?? 'PRIVATE',
      privateIpGoogleAccess: s.privateIpGoogleAccess ?? false,
      flowLogs: flowLogsOf(s),
    },
    relations: inNetwork(net),
  })
}

function defined<T>(x: T | undefined): x is T {
  return x !== undefined
}

/** Firewall rules, networks and subnetworks; a list that failed contributes nothing (its gap is recorded). */
export function normalizeComputeNetwork(raw: Pick<GcpComputeRaw, 'firewalls' | 'networks' | 'subnetworks'>, scope: GcpNormalizeScope): Resource[] {
  return [
    ...(raw.firewalls.ok ? raw.firewalls.value.map((f) => firewall(f, scope)).filter(defined) : []),
    ...(raw.networks.ok ? raw.networks.value.map((n) => network(n, scope)).filter(defined) : []),
    ...(raw.subnetworks.ok ? raw.subnetworks.value.map((s) => subnetwork(s, scope)).filter(defined) : []),
  ]
}
