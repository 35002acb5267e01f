/** Test fixtures for the Google Cloud compute group: instances, project metadata, firewalls, networks, subnetworks, DNS. */
import type { Resource } from '../../core/resource.js'
import {
  GCP_COMPUTE_TYPES,
  type GcpDnsManagedZoneAttributes,
  type GcpDnsPolicyAttributes,
  type GcpFirewallAttributes,
  type GcpInstanceAttributes,
  type GcpMetadata,
  type GcpNetworkAttributes,
  type GcpProjectMetadataAttributes,
  type GcpSubnetworkAttributes,
} from '../../normalize/gcp/types-compute.js'
import { GCP_TEST_PROJECT, gcpFixture } from './testing.js'

/** Project number of GCP_TEST_PROJECT in fixtures. */
export const GCP_TEST_PROJECT_NUMBER = '123456789012'
/** The Compute Engine default service account of the fixture project. */
export const DEFAULT_COMPUTE_SA = `${GCP_TEST_PROJECT_NUMBER}-compute@developer.gserviceaccount.com`
export { CLOUD_PLATFORM_SCOPE } from './gcp-compute.js'
/** The scopes of "Allow default access". */
export const DEFAULT_SCOPES = [
  'https://www.googleapis.com/auth/devstorage.read_only',
  'https://www.googleapis.com/auth/logging.write',
  'https://www.googleapis.com/auth/monitoring.write',
  'https://www.googleapis.com/auth/service.management.readonly',
  'https://www.googleapis.com/auth/servicecontrol',
  'https://www.googleapis.com/auth/trace.append',
]

/** Full resource name of a compute object in the fixture project, e.g. computeUid('global/networks/default'). */
export function computeUid(path: string, project = GCP_TEST_PROJECT): string {
  return `//compute.googleapis.com/projects/${project}/${path}`
}

/** Empty metadata (nothing set); override any field. */
export function metadataFixture(m: Partial<GcpMetadata> = {}): GcpMetadata {
  return { keys: [], settings: {}, enableOsLogin: null, serialPortEnable: null, sshKeyCount: 0, ...m }
}

/** An enabled ingress allow rule `allow-https` opening tcp:443 to 0.0.0.0/0 on the default network; override any attribute. */
export function firewallFixture(attrs: Partial<GcpFirewallAttributes> = {}, name = attrs.name ?? 'allow-https'): Resource<GcpFirewallAttributes> {
  return gcpFixture(
    GCP_COMPUTE_TYPES.firewall,
    {
      name,
      network: computeUid('global/networks/default'),
      direction: 'INGRESS',
      disabled: false,
      priority: 1000,
      action: 'allow',
      allowed: [{ protocol: 'tcp', ports: ['443'] }],
      denied: [],
      sourceRanges: ['0.0.0.0/0'],
      sourceTags: [],
      sourceServiceAccounts: [],
      destinationRanges: [],
      targetTags: [],
      targetServiceAccounts: [],
      logging: false,
      creationTimestamp: '2025-01-10T08:00:00.000Z',
      ...attrs,
    },
    { name, uid: computeUid(`global/firewalls/${name}`) },
  )
}

/**
 * A hardened running instance `app-1` in us-central1-a: a user-managed service account with default scopes, project
 * keys blocked, no serial port, no forwarding, Shielded VM fully on, internal address only. Override any attribute.
 */
export function instanceFixture(
  attrs: Partial<GcpInstanceAttributes> = {},
  name = attrs.name ?? 'app-1',
  overrides: Partial<Resource<GcpInstanceAttributes>> = {},
): Resource<GcpInstanceAttributes> {
  const zone = attrs.zone ?? 'us-central1-a'
  return gcpFixture(
    GCP_COMPUTE_TYPES.instance,
    {
      name,
      zone,
      status: 'RUNNING',
      machineType: 'e2-medium',
      serviceAccounts: [{ email: `app-runner@${GCP_TEST_PROJECT}.iam.gserviceaccount.com`, scopes: DEFAULT_SCOPES }],
      metadata: metadataFixture({ keys: ['block-project-ssh-keys'], settings: { 'block-project-ssh-keys': 'TRUE' } }),
      blockProjectSshKeys: true,
      canIpForward: false,
      shieldedInstanceConfig: { enableSecureBoot: true, enableVtpm: true, enableIntegrityMonitoring: true },
      networkInterfaces: [
        {
          name: 'nic0',
          network: computeUid('global/networks/prod-vpc'),
          subnetwork: computeUid('regions/us-central1/subnetworks/prod-app'),
          internalIp: '10.10.0.5',
          accessConfigs: [],
          ipv6AccessConfigs: [],
        },
      ],
      gkeNode: false,
      confidentialCompute: false,
      deletionProtection: false,
      creationTimestamp: '2025-02-01T10:00:00.000Z',
      ...attrs,
    },
    { name, uid: computeUid(`zones/${zone}/instances/${name}`), region: zone, ...overrides },
  )
}

/** A GKE node instance (name gke-*, label goog-gke-node) with the given attributes. */
export function gkeNodeFixture(attrs: Partial<GcpInstanceAttributes> = {}): Resource<GcpInstanceAttributes> {
  return instanceFixture({ gkeNode: true, ...attrs }, 'gke-prod-default-pool-1a2b3c4d-x1y2', { tags: { 'goog-gke-node': '' } })
}

/** The fixture project's common instance metadata with OS Login on; override the metadata. */
export function projectMetadataFixture(metadata: Partial<GcpMetadata> = {}, project = GCP_TEST_PROJECT): Resource<GcpProjectMetadataAttributes> {
  return gcpFixture(
    GCP_COMPUTE_TYPES.projectMetadata,
    {
      projectId: project,
      metadata: metadataFixture({ keys: ['enable-oslogin'], settings: { 'enable-oslogin': 'TRUE' }, enableOsLogin: true, ...metadata }),
      defaultServiceAccount: DEFAULT_COMPUTE_SA,
    },
    { name: project, account: project, uid: `//compute.googleapis.com/projects/${project}/commonInstanceMetadata` },
  )
}

/** A custom-mode network `prod-vpc`; override any attribute. */
export function networkFixture(attrs: Partial<GcpNetworkAttributes> = {}, name = attrs.name ?? 'prod-vpc'): Resource<GcpNetworkAttributes> {
  return gcpFixture(
    GCP_COMPUTE_TYPES.network,
    {
      name,
      mode: 'custom',
      autoCreateSubnetworks: false,
      ipv4Range: null,
      subnetworks: [computeUid(`regions/us-central1/subnetworks/${name}-app`)],
      routingMode: 'REGIONAL',
      creationTimestamp: '2024-11-02T09:00:00.000Z',
      ...attrs,
    },
    { name, uid: computeUid(`global/networks/${name}`) },
  )
}

/** A PRIVATE subnetwork `prod-app` in us-central1 with CIS-grade flow logs; override any attribute. */
export function subnetworkFixture(attrs: Partial<GcpSubnetworkAttributes> = {}, name = attrs.name ?? 'prod-app'): Resource<GcpSubnetworkAttributes> {
  const region = attrs.region ?? 'us-central1'
  return gcpFixture(
    GCP_COMPUTE_TYPES.subnetwork,
    {
      name,
      region,
      network: computeUid('global/networks/prod-vpc'),
      ipCidrRange: '10.10.0.0/20',
      purpose: 'PRIVATE',
      privateIpGoogleAccess: true,
      flowLogs: { aggregationInterval: 'INTERVAL_5_SEC', flowSampling: 1, metadata: 'INCLUDE_ALL_METADATA', filterExpr: null },
      ...attrs,
    },
    { name, region, uid: computeUid(`regions/${region}/subnetworks/${name}`) },
  )
}

/**
 * A public zone `example-com` signed with RSASHA256 keys (specs and active keys); override any attribute.
 */
export function dnsZoneFixture(
  attrs: Partial<GcpDnsManagedZoneAttributes> = {},
  name = attrs.name ?? 'example-com',
): Resource<GcpDnsManagedZoneAttributes> {
  return gcpFixture(
    GCP_COMPUTE_TYPES.dnsManagedZone,
    {
      name,
      dnsName: 'example.com.',
      visibility: 'public',
      dnssecState: 'on',
      defaultKeySpecs: [
        { keyType: 'keySigning', algorithm: 'rsasha256', keyLength: 2048 },
        { keyType: 'zoneSigning', algorithm: 'rsasha256', keyLength: 1024 },
      ],
      dnsKeys: [
        { id: '0', keyType: 'keySigning', algorithm: 'rsasha256', keyLength: 2048, isActive: true },
        { id: '1', keyType: 'zoneSigning', algorithm: 'rsasha256', keyLength: 1024, isActive: true },
      ],
      logging: false,
      privateNetworks: [],
      creationTime: '2024-06-01T12:00:00.000Z',
      ...attrs,
    },
    { name, uid: `//dns.googleapis.com/projects/${GCP_TEST_PROJECT}/managedZones/${name}` },
  )
}

/** A DNS server policy `dns-logging` with logging on, bound to prod-vpc; override any attribute. */
export function dnsPolicyFixture(attrs: Partial<GcpDnsPolicyAttributes> = {}, name = attrs.name ?? 'dns-logging'): Resource<GcpDnsPolicyAttributes> {
  const networks = attrs.networks ?? [computeUid('global/networks/prod-vpc')]
  return gcpFixture(
    GCP_COMPUTE_TYPES.dnsPolicy,
    { name, enableLogging: true, enableInboundForwarding: false, networks, ...attrs },
    {
      name,
      uid: `//dns.googleapis.com/projects/${GCP_TEST_PROJECT}/policies/${name}`,
      relations: networks.map((target) => ({ kind: 'applies-to', target })),
    },
  )
}
