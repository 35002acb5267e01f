import type { Relation, Resource } from '../../core/resource.js'
import type { GkeClusterRaw, GkeRaw } from '../../collect/gcp/gke.js'
import { gcpName, gcpResource, type GcpNormalizeScope } from './helpers.js'
import { GCP_DATA_TYPES, type GkeClusterAttributes, type GkeNodePool } from './types-data.js'

/** A resource path from a self link or path (https://.../projects/p/... or projects/p/...), or null. */
function pathFrom(s: string | null | undefined): string | null {
  const i = (s ?? '').indexOf('projects/')
  return i >= 0 ? s!.slice(i) : null
}

/**
 * The node service account's full resource name. "default" is the Compute Engine default service account
 * (PROJECT_NUMBER-compute@developer.gserviceaccount.com); user-managed accounts live in the project their domain names.
 */
export function serviceAccountName(email: string, scope: GcpNormalizeScope): string {
  const resolved = email === 'default' ? `${scope.projectNumber}-compute@developer.gserviceaccount.com` : email
  const project = /@([^.]+)\.iam\.gserviceaccount\.com$/.exec(resolved)?.[1] ?? scope.project
  return gcpName('iam', `projects/${project}/serviceAccounts/${resolved}`)
}

/** Control plane reachability: controlPlaneEndpointsConfig when present, else the deprecated privateClusterConfig. */
function endpointsOf(raw: GkeClusterRaw): Pick<GkeClusterAttributes, 'publicEndpoint' | 'ipEndpointsEnabled' | 'masterAuthorizedNetworks'> {
  const ip = raw.controlPlaneEndpointsConfig?.ipEndpointsConfig
  const ipEndpointsEnabled = ip?.enabled ?? true
  const publicEndpoint = ip ? ipEndpointsEnabled && (ip.enablePublicEndpoint ?? true) : !(raw.privateClusterConfig?.enablePrivateEndpoint ?? false)
  const man = raw.masterAuthorizedNetworksConfig ?? ip?.authorizedNetworksConfig
  return {
    publicEndpoint,
    ipEndpointsEnabled,
    masterAuthorizedNetworks: {
      enabled: man?.enabled ?? false,
      cidrBlocks: (man?.cidrBlocks ?? []).flatMap((b) => (b.cidrBlock ? [b.cidrBlock] : [])),
      gcpPublicCidrsAccessEnabled: man?.gcpPublicCidrsAccessEnabled ?? null,
    },
  }
}

function attributesOf(raw: GkeClusterRaw, scope: GcpNormalizeScope): GkeClusterAttributes {
  // Either field may carry the default; setting both is rejected by the API (NetworkConfig.default_enable_private_nodes).
  const privateNodes = raw.privateClusterConfig?.enablePrivateNodes ?? raw.networkConfig?.defaultEnablePrivateNodes ?? false
  const nodePools: GkeNodePool[] = (raw.nodePools ?? []).map((p) => ({
    name: p.name ?? '',
    privateNodes: p.networkConfig?.enablePrivateNodes ?? privateNodes,
    serviceAccount: p.config?.serviceAccount ?? null,
    workloadMetadataMode: p.config?.workloadMetadataConfig?.mode ?? null,
  }))
  return {
    name: raw.name ?? '',
    location: raw.location ?? '',
    status: raw.status ?? '',
    currentMasterVersion: raw.currentMasterVersion ?? '',
    autopilot: raw.autopilot?.enabled ?? false,
    privateNodes,
    nodePools,
    ...endpointsOf(raw),
    // Legacy ABAC is off unless enabled (off by default since GKE 1.8).
    legacyAbac: raw.legacyAbac?.enabled ?? false,
    workloadPool: raw.workloadIdentityConfig?.workloadPool || null,
    // networkConfig carries paths; the top-level network and subnetwork are bare names in the cluster's project.
    network: pathFrom(raw.networkConfig?.network) ?? (raw.network ? `projects/${scope.project}/global/networks/${raw.network}` : null),
    subnetwork: pathFrom(raw.networkConfig?.subnetwork),
  }
}

function relationsOf(raw: GkeClusterRaw, a: GkeClusterAttributes, scope: GcpNormalizeScope): Relation[] {
  const out: Relation[] = []
  if (a.network) out.push({ kind: 'in-network', target: gcpName('compute', a.network) })
  if (a.subnetwork) out.push({ kind: 'in-subnet', target: gcpName('compute', a.subnetwork) })
  for (const sa of new Set(a.nodePools.flatMap((p) => (p.serviceAccount ? [p.serviceAccount] : [])))) {
    out.push({ kind: 'runs-as', target: serviceAccountName(sa, scope) })
  }
  const key = raw.databaseEncryption?.state === 'ENCRYPTED' ? raw.databaseEncryption.keyName : null
  if (key) out.push({ kind: 'encrypted-by', target: gcpName('cloudkms', key) })
  return out
}

/** Clusters → gcp.gke.cluster (relations: network, subnet, node service accounts, etcd secrets key). */
export function normalizeGke(raw: GkeRaw, scope: GcpNormalizeScope): Resource[] {
  return raw.clusters.map((c) => {
    const attributes = attributesOf(c, scope)
    return gcpResource<GkeClusterAttributes>({
      uid: gcpName('container', `projects/${scope.project}/locations/${attributes.location}/clusters/${attributes.name}`),
      type: GCP_DATA_TYPES.gkeCluster,
      project: scope.project,
      name: attributes.name,
      location: attributes.location,
      labels: c.resourceLabels,
      attributes,
      relations: relationsOf(c, attributes, scope),
    })
  })
}
