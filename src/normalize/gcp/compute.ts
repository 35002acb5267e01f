import type { Relation, Resource } from '../../core/resource.js'
import type { GcpComputeRaw, GcpComputeProjectRaw, GcpInstanceRaw, GcpMetadataRaw } from '../../collect/gcp/compute.js'
import { iso } from '../common.js'
import { gcpName, gcpResource, lastSegment, type GcpNormalizeScope } from './helpers.js'
import { computeNameOrNull, normalizeComputeNetwork } from './compute-network.js'
import {
  GCP_COMPUTE_TYPES,
  GCP_METADATA_SETTING_KEYS,
  type GcpInstanceAttributes,
  type GcpMetadata,
  type GcpNetworkInterface,
  type GcpProjectMetadataAttributes,
} from './types-compute.js'

const TRUE = new Set(['true', 't', '1', 'yes', 'y', 'on'])
const FALSE = new Set(['false', 'f', '0', 'no', 'n', 'off'])

/** A metadata switch ('TRUE', 'true', '1', 'FALSE', ...) as a boolean; null when unset or unparsable. */
export function metadataBool(value: string | null | undefined): boolean | null {
  if (value === undefined || value === null) return null
  const v = value.trim().toLowerCase()
  return TRUE.has(v) ? true : FALSE.has(v) ? false : null
}

const SETTING_KEYS = new Set<string>(GCP_METADATA_SETTING_KEYS)

/** Metadata items as key list, setting values and parsed switches; values of other keys are never kept. */
export function metadataOf(m: GcpMetadataRaw | null | undefined): GcpMetadata {
  const items = (m?.items ?? []).filter((i): i is { key: string; value?: string } => typeof i.key === 'string' && i.key !== '')
  const value = (key: string): string | undefined => items.find((i) => i.key === key)?.value
  const settings: Record<string, string> = {}
  for (const i of items) if (SETTING_KEYS.has(i.key)) settings[i.key] = i.value ?? ''
  const sshKeyCount = ['ssh-keys', 'sshKeys']
    .map((k) => (value(k) ?? '').split('\n').filter((line) => line.trim() !== '').length)
    .reduce((a, b) => a + b, 0)
  return {
    keys: items.map((i) => i.key),
    settings,
    enableOsLogin: metadataBool(value('enable-oslogin')),
    serialPortEnable: metadataBool(value('serial-port-enable')),
    sshKeyCount,
  }
}

/**
 * Full resource name of a service account by email, in the project that owns it: user-managed accounts name their
 * project in the domain (sa@p.iam.gserviceaccount.com), App Engine's is p@appspot.gserviceaccount.com, and the
 * Compute Engine default account (<number>-compute@developer.gserviceaccount.com) belongs to the instance's project.
 */
export function serviceAccountName(email: string, project: string): string {
  const owner =
    /@([a-z][a-z0-9-]*[a-z0-9])\.iam\.gserviceaccount\.com$/.exec(email)?.[1] ??
    /^([a-z][a-z0-9-]*[a-z0-9])@appspot\.gserviceaccount\.com$/.exec(email)?.[1]
  return gcpName('iam', `projects/${owner ?? project}/serviceAccounts/${email}`)
}

function interfaceOf(n: NonNullable<GcpInstanceRaw['networkInterfaces']>[number], project: string): GcpNetworkInterface {
  return {
    name: n.name ?? '',
    network: computeNameOrNull(n.network, project),
    subnetwork: computeNameOrNull(n.subnetwork, project),
    internalIp: n.networkIP ?? null,
    accessConfigs: (n.accessConfigs ?? []).map((a) => ({ name: a.name ?? '', natIp: a.natIP ?? null, networkTier: a.networkTier ?? null })),
    ipv6AccessConfigs: (n.ipv6AccessConfigs ?? []).map((a) => ({ name: a.name ?? '', externalIpv6: a.externalIpv6 ?? null })),
  }
}

/** Relations of an instance: service accounts, networks, subnetworks and disks (each target once). */
function instanceRelations(i: GcpInstanceRaw, attrs: GcpInstanceAttributes, project: string): Relation[] {
  const out: Relation[] = []
  const add = (kind: string, target: string | null): void => {
    if (target && !out.some((r) => r.kind === kind && r.target === target)) out.push({ kind, target })
  }
  for (const sa of attrs.serviceAccounts) add('runs-as', serviceAccountName(sa.email, project))
  for (const n of attrs.networkInterfaces) {
    add('in-network', n.network)
    add('in-subnet', n.subnetwork)
  }
  for (const d of i.disks ?? []) add('uses-disk', computeNameOrNull(d.source, project))
  return out
}

function instance(i: GcpInstanceRaw, scope: GcpNormalizeScope): Resource<GcpInstanceAttributes> | undefined {
  if (!i.name) return undefined
  const zone = lastSegment(i.zone)
  const labels = i.labels ?? {}
  const shielded = i.shieldedInstanceConfig
  const metadata = metadataOf(i.metadata)
  const attributes: GcpInstanceAttributes = {
    name: i.name,
    zone,
    status: i.status ?? 'UNKNOWN',
    machineType: lastSegment(i.machineType),
    serviceAccounts: (i.serviceAccounts ?? []).filter((s) => s.email).map((s) => ({ email: s.email!, scopes: s.scopes ?? [] })),
    metadata,
    // Unset means project-wide keys are accepted (https://cloud.google.com/compute/docs/connect/restrict-ssh-keys).
    blockProjectSshKeys: metadataBool(metadata.settings['block-project-ssh-keys']) ?? false,
    canIpForward: i.canIpForward ?? false,
    shieldedInstanceConfig: shielded
      ? {
          enableSecureBoot: shielded.enableSecureBoot ?? false,
          // Omitted: vTPM and integrity monitoring are enabled by default, Secure Boot disabled
          // (ShieldedInstanceConfig, https://cloud.google.com/compute/docs/reference/rest/v1/instances).
          enableVtpm: shielded.enableVtpm ?? true,
          enableIntegrityMonitoring: shielded.enableIntegrityMonitoring ?? true,
        }
      : null,
    networkInterfaces: (i.networkInterfaces ?? []).map((n) => interfaceOf(n, scope.project)),
    gkeNode: i.name.startsWith('gke-') && 'goog-gke-node' in labels,
    confidentialCompute: i.confidentialInstanceConfig?.enableConfidentialCompute ?? false,
    deletionProtection: i.deletionProtection ?? false,
    creationTimestamp: iso(i.creationTimestamp),
  }
  return gcpResource({
    uid: gcpName('compute', `projects/${scope.project}/zones/${zone}/instances/${i.name}`),
    type: GCP_COMPUTE_TYPES.instance,
    project: scope.project,
    name: i.name,
    location: zone,
    labels,
    attributes,
    relations: instanceRelations(i, attributes, scope.project),
  })
}

/** The uid of a project's common instance metadata resource. */
export function projectMetadataName(project: string): string {
  return gcpName('compute', `projects/${project}/commonInstanceMetadata`)
}

function projectMetadata(p: GcpComputeProjectRaw, scope: GcpNormalizeScope): Resource<GcpProjectMetadataAttributes> {
  return gcpResource<GcpProjectMetadataAttributes>({
    uid: projectMetadataName(scope.project),
    type: GCP_COMPUTE_TYPES.projectMetadata,
    project: scope.project,
    name: scope.project,
    attributes: {
      projectId: scope.project,
      metadata: metadataOf(p.commonInstanceMetadata),
      defaultServiceAccount: p.defaultServiceAccount ?? null,
    },
  })
}

/** Compute Engine and VPC resources of one project; lists that failed contribute nothing (their gap is recorded). */
export function normalizeCompute(raw: GcpComputeRaw, scope: GcpNormalizeScope): Resource[] {
  const out: Resource[] = []
  if (raw.project.ok && raw.project.value) out.push(projectMetadata(raw.project.value, scope))
  if (raw.instances.ok) {
    for (const i of raw.instances.value) {
      const r = instance(i, scope)
      if (r) out.push(r)
    }
  }
  out.push(...normalizeComputeNetwork(raw, scope))
  return out
}
