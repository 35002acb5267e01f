import { container, type container_v1 } from '@googleapis/container'
import type { GcpCollector } from './module.js'
import { DISABLED, tokenPages } from './pages.js'

/** A GKE cluster as container v1 projects.locations.clusters.list returns it. */
export type GkeClusterRaw = container_v1.Schema$Cluster

/** Raw GKE data of one project. */
export interface GkeRaw {
  clusters: GkeClusterRaw[]
}

const CLUSTER = 'gcp.gke.cluster'

/**
 * GKE clusters in every location of the project (parent projects/<p>/locations/-). The list is not paged; zones GKE
 * could not reach come back as missingZones, which leaves the list incomplete there.
 */
export const gkeCollector: GcpCollector<GkeRaw> = {
  service: 'gke',
  scope: 'global',
  produces: [CLUSTER],
  async collect(ctx, session) {
    const api = container({ version: 'v1', ...session.apiOptions() })
    const parent = `projects/${ctx.account}/locations/-`
    const list = await ctx.paginate(
      'container.clusters.list',
      (signal) => tokenPages(async () => (await api.projects.locations.clusters.list({ parent }, { signal })).data),
      (page) => {
        const missing = page.missingZones ?? []
        if (missing.length > 0) {
          ctx.recordError({ api: 'container.clusters.list', reason: `zones not reachable: ${missing.join(', ')}`, resourceTypes: [CLUSTER] })
        }
        return page.clusters
      },
      { affects: [CLUSTER], absentOn: DISABLED },
    )
    return { clusters: list.ok ? list.value : [] }
  },
}
