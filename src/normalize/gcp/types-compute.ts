/**
 * Google Cloud compute group: Compute Engine instances and project metadata, VPC firewalls, networks and
 * subnetworks, Cloud DNS managed zones and server policies. Conventions as in types.ts: `null` = known absent,
 * `Maybe<T>` = a separate call that may fail, omitted API fields take the documented default (cited where applied).
 */
import type { Maybe } from '../../core/unknown.js'

/** Type ids of the compute group. */
export const GCP_COMPUTE_TYPES = {
  firewall: 'gcp.compute.firewall',
  instance: 'gcp.compute.instance',
  projectMetadata: 'gcp.compute.project-metadata',
  network: 'gcp.compute.network',
  subnetwork: 'gcp.compute.subnetwork',
  dnsManagedZone: 'gcp.dns.managed-zone',
  dnsPolicy: 'gcp.dns.policy',
} as const

/**
 * Metadata keys whose values are settings (booleans and small enums) and are kept verbatim. Every other key (startup
 * scripts, ssh-keys, kube-env, user data) is listed by name only: values there may hold credentials and are never kept.
 * https://cloud.google.com/compute/docs/metadata/predefined-metadata-keys
 */
export const GCP_METADATA_SETTING_KEYS = [
  'block-project-ssh-keys',
  'enable-oslogin',
  'enable-oslogin-2fa',
  'enable-oslogin-sk',
  'enable-guest-attributes',
  'enable-osconfig',
  'enable-windows-ssh',
  'serial-port-enable',
  'serial-port-logging-enable',
  'disable-legacy-endpoints',
  'google-logging-enabled',
  'google-monitoring-enabled',
  'vmDnsSetting',
] as const

/** Instance or project metadata: which keys are set, the values of the setting keys, and the parsed switches. */
export interface GcpMetadata {
  /** Every key present, in API order. */
  keys: string[]
  /** Values of the keys in GCP_METADATA_SETTING_KEYS that are present. */
  settings: Record<string, string>
  /**
   * `enable-oslogin` as a boolean; null when unset or unparsable (instances then inherit the project value, projects
   * default to off: https://cloud.google.com/compute/docs/oslogin/set-up-oslogin).
   */
  enableOsLogin: boolean | null
  /** `serial-port-enable`; null when unset (instances inherit the project value, which defaults to off). */
  serialPortEnable: boolean | null
  /** Number of public keys in `ssh-keys` (and the deprecated `sshKeys`). */
  sshKeyCount: number
}

/** One allow or deny entry of a firewall rule. */
export interface GcpFirewallEntry {
  /** Lower-cased as given: 'tcp', 'udp', 'icmp', 'all', or an IP protocol number such as '6'. */
  protocol: string
  /** As given: '22', '8000-9000'; empty = every port (or a protocol without ports). */
  ports: string[]
}

/** gcp.compute.firewall: a VPC firewall rule (https://cloud.google.com/compute/docs/reference/rest/v1/firewalls). */
export interface GcpFirewallAttributes {
  name: string
  /** Full resource name of the network, or null when the API gave none. */
  network: string | null
  /** Default INGRESS. */
  direction: 'INGRESS' | 'EGRESS'
  /** Default false (enforced). */
  disabled: boolean
  /** Default 1000; lower wins. */
  priority: number
  /** 'allow' when the rule has `allowed` entries, else 'deny'. */
  action: 'allow' | 'deny'
  allowed: GcpFirewallEntry[]
  denied: GcpFirewallEntry[]
  /** Source CIDRs. An ingress rule with no source at all has the documented default 0.0.0.0/0 filled in. */
  sourceRanges: string[]
  sourceTags: string[]
  sourceServiceAccounts: string[]
  destinationRanges: string[]
  /** Empty (with targetServiceAccounts empty) = the rule applies to every instance of the network. */
  targetTags: string[]
  targetServiceAccounts: string[]
  /** Firewall rules logging (logConfig.enable; default off). */
  logging: boolean
  creationTimestamp: string | null
}

/** A service account attached to an instance, with its OAuth access scopes. */
export interface GcpInstanceServiceAccount {
  email: string
  scopes: string[]
}

/** One network interface of an instance. */
export interface GcpNetworkInterface {
  name: string
  /** Full resource names. */
  network: string | null
  subnetwork: string | null
  internalIp: string | null
  /**
   * External IPv4 access configs (ONE_TO_ONE_NAT). `natIp` is null for a stopped instance with an ephemeral address:
   * the config is still there and the instance gets an external address when it starts.
   */
  accessConfigs: { name: string; natIp: string | null; networkTier: string | null }[]
  /** External IPv6 access configs (DIRECT_IPV6). */
  ipv6AccessConfigs: { name: string; externalIpv6: string | null }[]
}

/** gcp.compute.instance: a Compute Engine VM (https://cloud.google.com/compute/docs/reference/rest/v1/instances). */
export interface GcpInstanceAttributes {
  name: string
  zone: string
  /** PROVISIONING, STAGING, RUNNING, STOPPING, STOPPED, SUSPENDING, SUSPENDED, REPAIRING, TERMINATED. */
  status: string
  machineType: string
  serviceAccounts: GcpInstanceServiceAccount[]
  metadata: GcpMetadata
  /** `block-project-ssh-keys` on the instance; default false (project-wide keys are accepted). */
  blockProjectSshKeys: boolean
  /** Default false. */
  canIpForward: boolean
  /** null when the instance has no Shielded VM configuration (image without UEFI support). */
  shieldedInstanceConfig: { enableSecureBoot: boolean; enableVtpm: boolean; enableIntegrityMonitoring: boolean } | null
  networkInterfaces: GcpNetworkInterface[]
  /**
   * A GKE node: CIS excludes these from some recommendations (names start with "gke-" and carry the goog-gke-node
   * label; GKE manages their service account, IP forwarding and external addresses).
   */
  gkeNode: boolean
  /** Confidential VM enabled (confidentialInstanceConfig.enableConfidentialCompute). */
  confidentialCompute: boolean
  deletionProtection: boolean
  creationTimestamp: string | null
}

/**
 * gcp.compute.project-metadata: the project's common instance metadata (projects.get), one per project, uid
 * //compute.googleapis.com/projects/<id>/commonInstanceMetadata.
 */
export interface GcpProjectMetadataAttributes {
  projectId: string
  metadata: GcpMetadata
  /** The Compute Engine default service account of the project, when reported. */
  defaultServiceAccount: string | null
}

/** gcp.compute.network: a VPC network (https://cloud.google.com/compute/docs/reference/rest/v1/networks). */
export interface GcpNetworkAttributes {
  name: string
  /** legacy: IPv4Range set, no subnetworks; auto: autoCreateSubnetworks; custom otherwise. */
  mode: 'legacy' | 'auto' | 'custom'
  autoCreateSubnetworks: boolean
  /** The legacy network's range, or null. */
  ipv4Range: string | null
  /** Full resource names of its subnetworks. */
  subnetworks: string[]
  /** REGIONAL or GLOBAL (routingConfig.routingMode; default REGIONAL). */
  routingMode: string
  creationTimestamp: string | null
}

/** VPC Flow Logs settings of a subnetwork; documented defaults filled in. */
export interface GcpFlowLogConfig {
  /** Default INTERVAL_5_SEC. */
  aggregationInterval: string
  /** Default 0.5. */
  flowSampling: number
  /** Default EXCLUDE_ALL_METADATA. */
  metadata: string
  /** null = no filter (every sampled flow is exported). */
  filterExpr: string | null
}

/** gcp.compute.subnetwork (https://cloud.google.com/compute/docs/reference/rest/v1/subnetworks). */
export interface GcpSubnetworkAttributes {
  name: string
  region: string
  /** Full resource name of the network. */
  network: string | null
  ipCidrRange: string | null
  /**
   * PRIVATE (default), REGIONAL_MANAGED_PROXY, GLOBAL_MANAGED_PROXY, PRIVATE_SERVICE_CONNECT, PRIVATE_NAT,
   * INTERNAL_HTTPS_LOAD_BALANCER, PEER_MIGRATION, PRIVATE_RFC_1918.
   */
  purpose: string
  privateIpGoogleAccess: boolean
  /** Flow logs configuration when enabled, else null. */
  flowLogs: GcpFlowLogConfig | null
}

/** A DNSSEC key spec or key: type and algorithm, lower-cased as the API writes them (rsasha1, rsasha256, ecdsap256sha256...). */
export interface GcpDnsKeySpec {
  keyType: 'keySigning' | 'zoneSigning'
  algorithm: string
  keyLength: number | null
}

/** A DNSSEC key of a zone (dnsKeys.list). */
export interface GcpDnsKey extends GcpDnsKeySpec {
  id: string
  isActive: boolean
}

/** gcp.dns.managed-zone (https://cloud.google.com/dns/docs/reference/rest/v1/managedZones). */
export interface GcpDnsManagedZoneAttributes {
  name: string
  dnsName: string
  /** Default public. */
  visibility: 'public' | 'private'
  /** dnssecConfig.state: off (default), on, transfer. */
  dnssecState: 'off' | 'on' | 'transfer'
  /** Specs for the keys Cloud DNS creates when signing; empty when unset. */
  defaultKeySpecs: GcpDnsKeySpec[]
  /** The zone's DNSSEC keys (dnsKeys.list) for signed public zones; null when not signed (not fetched). */
  dnsKeys: Maybe<GcpDnsKey[] | null>
  /** Query logging of the zone (cloudLoggingConfig.enableLogging; default off). */
  logging: boolean
  /** Full resource names of the networks a private zone is visible to. */
  privateNetworks: string[]
  creationTime: string | null
}

/** gcp.dns.policy: a DNS server policy (https://cloud.google.com/dns/docs/reference/rest/v1/policies). */
export interface GcpDnsPolicyAttributes {
  name: string
  /** Query logging for the networks the policy is bound to (default off). */
  enableLogging: boolean
  enableInboundForwarding: boolean
  /** Full resource names of the bound networks. */
  networks: string[]
}
