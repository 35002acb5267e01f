/**
 * Google Cloud data and operations types: Cloud SQL, Cloud Logging, Cloud Monitoring, BigQuery and GKE. Conventions as
 * in types.ts: `null` = known absent, `Maybe<T>` = from a separate call that may have failed, ISO dates.
 */
import type { Maybe } from '../../core/unknown.js'

/** Type ids of the data group. */
export const GCP_DATA_TYPES = {
  sqlInstance: 'gcp.sql.instance',
  loggingSink: 'gcp.logging.sink',
  loggingMetric: 'gcp.logging.metric',
  monitoringAlertPolicy: 'gcp.monitoring.alert-policy',
  bigqueryDataset: 'gcp.bigquery.dataset',
  gkeCluster: 'gcp.gke.cluster',
} as const

/** Prefix of the metric type of a log-based metric (https://cloud.google.com/logging/docs/logs-based-metrics). */
export const USER_LOG_METRIC_PREFIX = 'logging.googleapis.com/user/'

/** Database engine of a Cloud SQL instance, from the prefix of databaseVersion (MYSQL_8_0, POSTGRES_16, SQLSERVER_2022_STANDARD). */
export type SqlEngine = 'mysql' | 'postgres' | 'sqlserver' | 'unknown'

/** One authorized network of a Cloud SQL instance (settings.ipConfiguration.authorizedNetworks). */
export interface SqlAuthorizedNetwork {
  name: string | null
  /** CIDR or address, e.g. 203.0.113.0/24 or 0.0.0.0/0. */
  value: string
}

/** A Cloud SQL instance (sqladmin v1 instances.list). */
export interface SqlInstanceAttributes {
  name: string
  /** e.g. MYSQL_8_0, POSTGRES_16, SQLSERVER_2022_STANDARD. */
  databaseVersion: string
  engine: SqlEngine
  /** CLOUD_SQL_INSTANCE, READ_REPLICA_INSTANCE or ON_PREMISES_INSTANCE. */
  instanceType: string
  /** Primary instance of a read replica ("project:instance"), else null. */
  masterInstanceName: string | null
  state: string
  /** Whether the instance has a public IPv4 address (settings.ipConfiguration.ipv4Enabled). */
  ipv4Enabled: boolean
  /** Public (PRIMARY) addresses assigned. */
  publicIpAddresses: string[]
  /** VPC of the private IP, as a network path (projects/p/global/networks/n), or null. */
  privateNetwork: string | null
  /** Legacy switch: only SSL connections (settings.ipConfiguration.requireSsl). */
  requireSsl: boolean
  /** ALLOW_UNENCRYPTED_AND_ENCRYPTED, ENCRYPTED_ONLY or TRUSTED_CLIENT_CERTIFICATE_REQUIRED; null when the API omits it. */
  sslMode: string | null
  authorizedNetworks: SqlAuthorizedNetwork[]
  /** Automated backups (settings.backupConfiguration.enabled). */
  backupEnabled: boolean
  pointInTimeRecoveryEnabled: boolean
  /** Database flags by name, values as set (e.g. { log_connections: 'on' }); a flag not set has the engine default. */
  databaseFlags: Record<string, string>
  /** Customer-managed key of the data disk, or null (Google-managed). */
  kmsKeyName: string | null
  createTime: string | null
}

/** Kind of a log sink destination, from its prefix (https://cloud.google.com/logging/docs/export/configure_export_v2#dest-path). */
export type LogSinkDestinationType = 'storage' | 'bigquery' | 'pubsub' | 'logging-bucket' | 'project' | 'other'

/** A log sink of the project (logging v2 projects.sinks.list), the built-in _Default and _Required included. */
export interface LogSinkAttributes {
  name: string
  /** e.g. storage.googleapis.com/my-bucket, bigquery.googleapis.com/projects/p/datasets/d. */
  destination: string
  destinationType: LogSinkDestinationType
  /** Cloud Storage bucket name for storage destinations, else null. */
  destinationBucket: string | null
  /** The sink's filter; '' exports every log entry. */
  filter: string
  disabled: boolean
  /** Filters of the sink's exclusions that are not disabled: entries they match are not exported. */
  exclusionFilters: string[]
  /** Identity that writes to the destination, e.g. serviceAccount:service-123@gcp-sa-logging.iam.gserviceaccount.com. */
  writerIdentity: string | null
  includeChildren: boolean
  createTime: string | null
}

/** A log-based metric of the project (logging v2 projects.metrics.list). */
export interface LogMetricAttributes {
  /** Metric id; the metric type is logging.googleapis.com/user/<name>. */
  name: string
  filter: string
  disabled: boolean
  /** Log bucket the metric reads (projects/p/locations/l/buckets/b), or null for the project's log entries. */
  bucketName: string | null
  createTime: string | null
}

/** One condition of an alert policy. */
export interface AlertPolicyCondition {
  displayName: string
  /** Which condition field is set: conditionThreshold, conditionAbsent, conditionMatchedLog, MQL, PromQL or other. */
  kind: 'threshold' | 'absent' | 'matched-log' | 'mql' | 'promql' | 'other'
  /** The time-series (or log) filter, or null for query-language conditions. */
  filter: string | null
  /** Metric types the filter selects (metric.type = "..." or one_of(...)), e.g. logging.googleapis.com/user/owner-changes. */
  metricTypes: string[]
}

/** A Cloud Monitoring alert policy (monitoring v3 projects.alertPolicies.list). */
export interface AlertPolicyAttributes {
  /** Full name, projects/p/alertPolicies/123. */
  policyName: string
  displayName: string
  /** null when the API leaves it unset ("clients should not make any assumption", AlertPolicy.enabled reference). */
  enabled: boolean | null
  combiner: string | null
  conditions: AlertPolicyCondition[]
  /** projects/p/notificationChannels/456 names. */
  notificationChannels: string[]
}

/** One entry of a dataset's access list (https://cloud.google.com/bigquery/docs/reference/rest/v2/datasets#Dataset.FIELDS.access). */
export interface BigQueryAccessEntry {
  /** READER, WRITER, OWNER or an IAM role (roles/bigquery.dataViewer); null for authorized views, routines and datasets. */
  role: string | null
  kind: 'specialGroup' | 'iamMember' | 'userByEmail' | 'groupByEmail' | 'domain' | 'view' | 'routine' | 'dataset' | 'other'
  /** allAuthenticatedUsers, allUsers, a user or group email, a domain, or the authorized resource's id. */
  member: string
}

/** A BigQuery dataset (bigquery v2 datasets.list, then datasets.get for its access list and default key). */
export interface BigQueryDatasetAttributes {
  datasetId: string
  location: string
  friendlyName: string | null
  access: Maybe<BigQueryAccessEntry[]>
  /** Default customer-managed key of new tables (defaultEncryptionConfiguration.kmsKeyName), or null. */
  defaultKmsKeyName: Maybe<string | null>
}

/** One node pool of a GKE cluster. */
export interface GkeNodePool {
  name: string
  /** Whether its nodes have only internal IPs: the pool's own setting, else the cluster default. */
  privateNodes: boolean
  serviceAccount: string | null
  /** GKE_METADATA (Workload Identity metadata server) or GCE_METADATA; null when not set. */
  workloadMetadataMode: string | null
}

/** A GKE cluster (container v1 projects.locations.clusters.list over locations/-). */
export interface GkeClusterAttributes {
  name: string
  /** Zone or region. */
  location: string
  status: string
  currentMasterVersion: string
  autopilot: boolean
  /** Cluster default for private nodes: privateClusterConfig.enablePrivateNodes or networkConfig.defaultEnablePrivateNodes. */
  privateNodes: boolean
  nodePools: GkeNodePool[]
  /** Whether the control plane has a public endpoint (false with enablePrivateEndpoint or enablePublicEndpoint: false). */
  publicEndpoint: boolean
  /** Whether the control plane is reachable by IP at all (controlPlaneEndpointsConfig.ipEndpointsConfig.enabled; default true). */
  ipEndpointsEnabled: boolean
  legacyAbac: boolean
  /** Workload Identity pool (<project>.svc.id.goog), or null when Workload Identity is off. */
  workloadPool: string | null
  masterAuthorizedNetworks: { enabled: boolean; cidrBlocks: string[]; gcpPublicCidrsAccessEnabled: boolean | null }
  network: string | null
  subnetwork: string | null
}
