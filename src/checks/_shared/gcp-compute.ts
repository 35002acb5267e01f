/** Helpers for Compute Engine instance checks: the default service account, external addresses, project metadata. */
import type { Resource } from '../../core/resource.js'
import type { CheckContext } from '../../evaluate/define-check.js'
import { GCP_COMPUTE_TYPES, type GcpInstanceAttributes, type GcpProjectMetadataAttributes } from '../../normalize/gcp/types-compute.js'

/** The Compute Engine default service account: <project-number>-compute@developer.gserviceaccount.com. */
const DEFAULT_COMPUTE_SA = /^\d+-compute@developer\.gserviceaccount\.com$/

/** The OAuth scope of "Allow full access to all Cloud APIs". */
export const CLOUD_PLATFORM_SCOPE = 'https://www.googleapis.com/auth/cloud-platform'

/** True for the project's Compute Engine default service account. */
export function isDefaultComputeServiceAccount(email: string): boolean {
  return DEFAULT_COMPUTE_SA.test(email.trim().toLowerCase())
}

/** True for an instance created by GKE (CIS: name starts with gke- and label goog-gke-node). */
export function isGkeNode(instance: Resource<GcpInstanceAttributes>): boolean {
  return instance.attributes.gkeNode
}

/** The external addresses of an instance, e.g. ['nic0 34.118.10.20', 'nic0 ephemeral IPv4 (assigned at start)', 'nic1 IPv6 2600:1900::1']. */
export function externalAddresses(instance: GcpInstanceAttributes): string[] {
  return instance.networkInterfaces.flatMap((n) => [
    ...n.accessConfigs.map((a) => `${n.name} ${a.natIp ?? 'ephemeral IPv4 (assigned at start)'}`),
    ...n.ipv6AccessConfigs.map((a) => `${n.name} IPv6 ${a.externalIpv6 ?? '(assigned at start)'}`),
  ])
}

/**
 * The common instance metadata of `project` from the inventory. Throws NotCollected (→ ERROR) when projects.get failed;
 * undefined when the project has none (Compute Engine API not enabled).
 */
export function projectMetadata(ctx: CheckContext, project: string): Resource<GcpProjectMetadataAttributes> | undefined {
  return ctx.inventory.resources<GcpProjectMetadataAttributes>(GCP_COMPUTE_TYPES.projectMetadata, { account: project })[0]
}
