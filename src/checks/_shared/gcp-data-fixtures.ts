/** Builders of Google Cloud data-group resources for check tests: compliant defaults, overridden per case. */
import type { Resource } from '../../core/resource.js'
import { GCP_CORE, type GcpProjectAttributes } from '../../normalize/gcp/types.js'
import {
  GCP_DATA_TYPES,
  USER_LOG_METRIC_PREFIX,
  type AlertPolicyAttributes,
  type BigQueryDatasetAttributes,
  type GkeClusterAttributes,
  type LogMetricAttributes,
  type LogSinkAttributes,
  type SqlInstanceAttributes,
} from '../../normalize/gcp/types-data.js'
import { GCP_TEST_PROJECT, gcpFixture } from './testing.js'

const P = GCP_TEST_PROJECT

/** The gcp.project resource of a project (what the runner emits). */
export function projectFixture(project = P): Resource<GcpProjectAttributes> {
  return gcpFixture<GcpProjectAttributes>(
    GCP_CORE.project,
    { projectId: project, projectNumber: '123456789012', displayName: project, parent: 'organizations/555555555555', state: 'ACTIVE' },
    { uid: `//cloudresourcemanager.googleapis.com/projects/${project}`, name: project, account: project },
  )
}

/** A private PostgreSQL instance with SSL enforced, backups on and no flags set. */
export function sqlInstanceFixture(over: Partial<SqlInstanceAttributes> = {}, name = 'orders-db'): Resource<SqlInstanceAttributes> {
  return gcpFixture<SqlInstanceAttributes>(
    GCP_DATA_TYPES.sqlInstance,
    {
      name,
      databaseVersion: 'POSTGRES_16',
      engine: 'postgres',
      instanceType: 'CLOUD_SQL_INSTANCE',
      masterInstanceName: null,
      state: 'RUNNABLE',
      ipv4Enabled: false,
      publicIpAddresses: [],
      privateNetwork: `projects/${P}/global/networks/default`,
      requireSsl: false,
      sslMode: 'ENCRYPTED_ONLY',
      authorizedNetworks: [],
      backupEnabled: true,
      pointInTimeRecoveryEnabled: true,
      databaseFlags: {},
      kmsKeyName: null,
      createTime: '2025-01-10T09:00:00.000Z',
      ...over,
    },
    { uid: `//sqladmin.googleapis.com/projects/${P}/instances/${name}`, name, region: 'europe-west1' },
  )
}

/** An enabled sink exporting everything to a Cloud Storage bucket. */
export function logSinkFixture(over: Partial<LogSinkAttributes> = {}, name = 'audit-archive', project = P): Resource<LogSinkAttributes> {
  const attrs: LogSinkAttributes = {
    name,
    destination: 'storage.googleapis.com/audit-archive-bucket',
    destinationType: 'storage',
    destinationBucket: 'audit-archive-bucket',
    filter: '',
    disabled: false,
    exclusionFilters: [],
    writerIdentity: 'serviceAccount:service-123456789012@gcp-sa-logging.iam.gserviceaccount.com',
    includeChildren: false,
    createTime: '2025-01-10T09:00:00.000Z',
    ...over,
  }
  const target = attrs.destinationBucket ? `//storage.googleapis.com/projects/_/buckets/${attrs.destinationBucket}` : null
  return gcpFixture(GCP_DATA_TYPES.loggingSink, attrs, {
    uid: `//logging.googleapis.com/projects/${project}/sinks/${name}`,
    name,
    account: project,
    relations: target ? [{ kind: 'exports-to', target }] : [],
  })
}

/** A log-based metric with this filter. */
export function logMetricFixture(name: string, filter: string, over: Partial<LogMetricAttributes> = {}, project = P): Resource<LogMetricAttributes> {
  return gcpFixture<LogMetricAttributes>(
    GCP_DATA_TYPES.loggingMetric,
    { name, filter, disabled: false, bucketName: null, createTime: '2025-01-10T09:00:00.000Z', ...over },
    { uid: `//logging.googleapis.com/projects/${project}/metrics/${name}`, name, account: project },
  )
}

/** An enabled alert policy notifying one channel, with a threshold condition on each named log-based metric. */
export function alertPolicyFixture(
  displayName: string,
  metricNames: readonly string[],
  over: Partial<AlertPolicyAttributes> = {},
  project = P,
): Resource<AlertPolicyAttributes> {
  const policyName = `projects/${project}/alertPolicies/${Math.abs(hash(displayName))}`
  return gcpFixture<AlertPolicyAttributes>(
    GCP_DATA_TYPES.monitoringAlertPolicy,
    {
      policyName,
      displayName,
      enabled: true,
      combiner: 'OR',
      conditions: metricNames.map((m) => {
        const type = `${USER_LOG_METRIC_PREFIX}${m}`
        return {
          displayName: `${m} > 0`,
          kind: 'threshold' as const,
          filter: `metric.type="${type}" AND resource.type="global"`,
          metricTypes: [type],
        }
      }),
      notificationChannels: [`projects/${project}/notificationChannels/1355739488914718413`],
      ...over,
    },
    { uid: `//monitoring.googleapis.com/${policyName}`, name: displayName, account: project },
  )
}

function hash(s: string): number {
  let h = 7
  for (const c of s) h = (h * 31 + c.charCodeAt(0)) | 0
  return h
}

/** A dataset readable only inside the project, with a customer-managed default key. */
export function datasetFixture(over: Partial<BigQueryDatasetAttributes> = {}, datasetId = 'sales'): Resource<BigQueryDatasetAttributes> {
  return gcpFixture<BigQueryDatasetAttributes>(
    GCP_DATA_TYPES.bigqueryDataset,
    {
      datasetId,
      location: 'EU',
      friendlyName: null,
      access: [
        { role: 'OWNER', kind: 'specialGroup', member: 'projectOwners' },
        { role: 'READER', kind: 'specialGroup', member: 'projectReaders' },
        { role: 'WRITER', kind: 'userByEmail', member: 'etl@posture-test-project.iam.gserviceaccount.com' },
      ],
      defaultKmsKeyName: `projects/${P}/locations/eu/keyRings/data/cryptoKeys/bigquery`,
      ...over,
    },
    { uid: `//bigquery.googleapis.com/projects/${P}/datasets/${datasetId}`, name: datasetId, region: 'eu' },
  )
}

/** A private, Workload Identity enabled cluster with authorized networks and no legacy ABAC. */
export function gkeClusterFixture(over: Partial<GkeClusterAttributes> = {}, name = 'prod'): Resource<GkeClusterAttributes> {
  return gcpFixture<GkeClusterAttributes>(
    GCP_DATA_TYPES.gkeCluster,
    {
      name,
      location: 'europe-west1',
      status: 'RUNNING',
      currentMasterVersion: '1.31.5-gke.1023000',
      autopilot: false,
      privateNodes: true,
      nodePools: [
        {
          name: 'default-pool',
          privateNodes: true,
          serviceAccount: 'gke-nodes@posture-test-project.iam.gserviceaccount.com',
          workloadMetadataMode: 'GKE_METADATA',
        },
      ],
      publicEndpoint: true,
      ipEndpointsEnabled: true,
      legacyAbac: false,
      workloadPool: `${P}.svc.id.goog`,
      masterAuthorizedNetworks: { enabled: true, cidrBlocks: ['203.0.113.0/24'], gcpPublicCidrsAccessEnabled: false },
      network: `projects/${P}/global/networks/default`,
      subnetwork: `projects/${P}/regions/europe-west1/subnetworks/default`,
      ...over,
    },
    { uid: `//container.googleapis.com/projects/${P}/locations/europe-west1/clusters/${name}`, name, region: 'europe-west1' },
  )
}
