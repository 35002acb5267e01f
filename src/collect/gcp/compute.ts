import { compute, type compute_v1 } from '@googleapis/compute'
import type { CallResult } from '../collector.js'
import { tokenPages } from './pages.js'
import type { GcpCollector } from './module.js'

/** Raw Compute Engine shapes, as the REST API returns them. */
export type GcpInstanceRaw = compute_v1.Schema$Instance
export type GcpFirewallRaw = compute_v1.Schema$Firewall
export type GcpNetworkRaw = compute_v1.Schema$Network
export type GcpSubnetworkRaw = compute_v1.Schema$Subnetwork
export type GcpComputeProjectRaw = compute_v1.Schema$Project
export type GcpMetadataRaw = compute_v1.Schema$Metadata

/**
 * Everything the compute collector saw in one project. A failed list is kept as its failure (the runner recorded it
 * against the types it affects); `project` is null when the Compute Engine API is not enabled.
 */
export interface GcpComputeRaw {
  project: CallResult<GcpComputeProjectRaw | null>
  instances: CallResult<GcpInstanceRaw[]>
  firewalls: CallResult<GcpFirewallRaw[]>
  networks: CallResult<GcpNetworkRaw[]>
  subnetworks: CallResult<GcpSubnetworkRaw[]>
}

const T = {
  firewall: 'gcp.compute.firewall',
  instance: 'gcp.compute.instance',
  projectMetadata: 'gcp.compute.project-metadata',
  network: 'gcp.compute.network',
  subnetwork: 'gcp.compute.subnetwork',
} as const

/** The resources of an aggregated list page: every scope's (zone's or region's) items; warning-only scopes have none. */
function scoped<S, T>(items: Record<string, S> | null | undefined, pick: (scope: S) => T[] | null | undefined): T[] {
  return Object.values(items ?? {}).flatMap((scope) => pick(scope) ?? [])
}

/**
 * Compute Engine and VPC in one project: the project's common instance metadata (projects.get), instances
 * (instances.aggregatedList over every zone), firewall rules, networks, and subnetworks (aggregated over every region).
 */
export const gcpComputeCollector: GcpCollector<GcpComputeRaw> = {
  service: 'compute',
  scope: 'global',
  produces: Object.values(T),
  async collect(ctx, session) {
    const api = compute({ version: 'v1', ...session.apiOptions() })
    const project = ctx.account
    const [projectInfo, instances, firewalls, networks, subnetworks] = await Promise.all([
      ctx.call('compute.projects.get', async (signal) => (await api.projects.get({ project }, { signal })).data, {
        affects: [T.projectMetadata],
        absentOn: ['SERVICE_DISABLED'],
      }),
      ctx.paginate(
        'compute.instances.aggregatedList',
        (signal) => tokenPages(async (pageToken) => (await api.instances.aggregatedList({ project, pageToken }, { signal })).data),
        (page) => scoped(page.items, (s) => s.instances),
        { affects: [T.instance] },
      ),
      ctx.paginate(
        'compute.firewalls.list',
        (signal) => tokenPages(async (pageToken) => (await api.firewalls.list({ project, pageToken }, { signal })).data),
        (page) => page.items,
        { affects: [T.firewall] },
      ),
      ctx.paginate(
        'compute.networks.list',
        (signal) => tokenPages(async (pageToken) => (await api.networks.list({ project, pageToken }, { signal })).data),
        (page) => page.items,
        { affects: [T.network] },
      ),
      ctx.paginate(
        'compute.subnetworks.aggregatedList',
        (signal) => tokenPages(async (pageToken) => (await api.subnetworks.aggregatedList({ project, pageToken }, { signal })).data),
        (page) => scoped(page.items, (s) => s.subnetworks),
        { affects: [T.subnetwork] },
      ),
    ])
    return { project: projectInfo, instances, firewalls, networks, subnetworks }
  },
}
