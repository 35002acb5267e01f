import { compute, type compute_v1 } from '@googleapis/compute'
import type { CallResult } from '../collector.js'
import { errorCode } from '../run-context.js'
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

/**
 * Pages of a Google list, ending quietly when the API is not enabled in the project (ErrorInfo reason
 * SERVICE_DISABLED): a disabled service holds no resources there. (ctx.paginate has no `absentOn`, so the pages
 * themselves absorb it.)
 */
export async function* unlessServiceDisabled<P>(pages: AsyncIterable<P>): AsyncIterable<P> {
  try {
    yield* pages
  } catch (err) {
    if (errorCode(err) === 'SERVICE_DISABLED') return
    throw err
  }
}

/** Every page of a compute list: `list(pageToken)` until nextPageToken runs out. */
async function* computePages<P extends { nextPageToken?: string | null }>(list: (pageToken: string | undefined) => Promise<{ data: P }>) {
  let pageToken: string | undefined
  do {
    const { data } = await list(pageToken)
    yield data
    pageToken = data.nextPageToken ?? undefined
  } while (pageToken)
}

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
        (signal) => unlessServiceDisabled(computePages((pageToken) => api.instances.aggregatedList({ project, pageToken }, { signal }))),
        (page) => scoped(page.items, (s) => s.instances),
        { affects: [T.instance] },
      ),
      ctx.paginate(
        'compute.firewalls.list',
        (signal) => unlessServiceDisabled(computePages((pageToken) => api.firewalls.list({ project, pageToken }, { signal }))),
        (page) => page.items,
        { affects: [T.firewall] },
      ),
      ctx.paginate(
        'compute.networks.list',
        (signal) => unlessServiceDisabled(computePages((pageToken) => api.networks.list({ project, pageToken }, { signal }))),
        (page) => page.items,
        { affects: [T.network] },
      ),
      ctx.paginate(
        'compute.subnetworks.aggregatedList',
        (signal) => unlessServiceDisabled(computePages((pageToken) => api.subnetworks.aggregatedList({ project, pageToken }, { signal }))),
        (page) => scoped(page.items, (s) => s.subnetworks),
        { affects: [T.subnetwork] },
      ),
    ])
    return { project: projectInfo, instances, firewalls, networks, subnetworks }
  },
}
