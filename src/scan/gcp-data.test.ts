import { readFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { Resource } from '../core/resource.js'
import { checkFiles } from '../checks/registry.js'
import type { Check } from '../evaluate/define-check.js'
import { gcpError, gcpForbidden, startFixtureServer, tooManyRequests, type FixtureServer } from '../../test/support/cloud-fixture-server.js'
import { collectGcpFixture, evaluateCollection, OTHER_PROJECT, projectsRoute, TEST_PROJECT, verdictLines } from './cloud-testing.js'
import { GCP_DATA_MODULES } from './gcp-modules-data.js'
import { gcpResource } from '../normalize/gcp/helpers.js'
import { GCP_DATA_TYPES } from '../normalize/gcp/types-data.js'

/** A third project holding the opposite log-metric setup, so every project-level check both passes and fails somewhere. */
const THIRD = 'posture-third-project'
const P = TEST_PROJECT

function fixture(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(`../../test/fixtures/gcp/data/${name}`, import.meta.url), 'utf8')) as Record<string, unknown>
}

/** Two pages of a Google list from fixture files: page 1 without a token, page 2 at pageToken=p2. */
function twoPages(path: string, first: string, second: string, firstReplies: 'throttled' | 'plain' = 'plain') {
  const p1 = { body: fixture(first) }
  return [
    { path, reply: firstReplies === 'throttled' ? [tooManyRequests('gcp', 0), p1] : p1 },
    { path, query: { pageToken: 'p2' }, reply: { body: fixture(second) } },
  ]
}

function testProjectRoutes(server: FixtureServer): void {
  server.route(
    ...twoPages(`/v1/projects/${P}/instances`, 'sql-instances-1.json', 'sql-instances-2.json', 'throttled'),
    ...twoPages(`/v2/projects/${P}/sinks`, 'logging-sinks-1.json', 'logging-sinks-2.json'),
    ...twoPages(`/v2/projects/${P}/metrics`, 'logging-metrics-1.json', 'logging-metrics-2.json'),
    { path: `/v3/projects/${P}/alertPolicies`, reply: { body: fixture('monitoring-alert-policies.json') } },
    ...twoPages(`/bigquery/v2/projects/${P}/datasets`, 'bigquery-datasets-1.json', 'bigquery-datasets-2.json'),
    { path: `/bigquery/v2/projects/${P}/datasets/sales`, reply: { body: fixture('bigquery-dataset-sales.json') } },
    { path: `/bigquery/v2/projects/${P}/datasets/public_data`, reply: { body: fixture('bigquery-dataset-public_data.json') } },
    // One dataset's detail is forbidden: only its access list and key become Unknown.
    { path: `/bigquery/v2/projects/${P}/datasets/finance`, reply: gcpForbidden('bigquery.datasets.get', P) },
    { path: `/v1/projects/${P}/locations/-/clusters`, reply: { body: fixture('gke-clusters.json') } },
  )
}

function thirdProjectRoutes(server: FixtureServer): void {
  const disabled = gcpError(
    403,
    'PERMISSION_DENIED',
    'Kubernetes Engine API has not been used in project 123456789011 before or it is disabled. Enable it by visiting https://console.developers.google.com/apis/api/container.googleapis.com/overview?project=123456789011 then retry.',
    'SERVICE_DISABLED',
  )
  server.route(
    { path: `/v1/projects/${THIRD}/instances`, reply: { body: { kind: 'sql#instancesList' } } },
    { path: `/v2/projects/${THIRD}/sinks`, reply: { body: fixture('logging-sinks-third.json') } },
    { path: `/v2/projects/${THIRD}/metrics`, reply: { body: fixture('logging-metrics-third.json') } },
    { path: `/v3/projects/${THIRD}/alertPolicies`, reply: { body: fixture('monitoring-alert-policies-third.json') } },
    { path: `/bigquery/v2/projects/${THIRD}/datasets`, reply: { body: { kind: 'bigquery#datasetList', etag: 'AAAAAAAAAAAAAAAAAAAAAA==' } } },
    { path: `/v1/projects/${THIRD}/locations/-/clusters`, reply: disabled },
  )
}

function forbiddenProjectRoutes(server: FixtureServer): void {
  const o = OTHER_PROJECT
  server.route(
    { path: `/v1/projects/${o}/instances`, reply: gcpForbidden('cloudsql.instances.list', o) },
    { path: `/v2/projects/${o}/sinks`, reply: gcpForbidden('logging.sinks.list', o) },
    { path: `/v2/projects/${o}/metrics`, reply: gcpForbidden('logging.logMetrics.list', o) },
    { path: `/v3/projects/${o}/alertPolicies`, reply: gcpForbidden('monitoring.alertPolicies.list', o) },
    { path: `/bigquery/v2/projects/${o}/datasets`, reply: gcpForbidden('bigquery.datasets.list', o) },
    { path: `/v1/projects/${o}/locations/-/clusters`, reply: gcpForbidden('container.clusters.list', o) },
  )
}

/** Buckets the storage group would collect (its module is not part of this test): two sink destinations of TEST_PROJECT. */
function sinkBuckets(): Resource[] {
  const bucket = (name: string, retentionPolicy: unknown) =>
    gcpResource({
      uid: `//storage.googleapis.com/projects/_/buckets/${name}`,
      type: 'gcp.storage.bucket',
      project: P,
      name,
      location: 'EU',
      attributes: { retentionPolicy },
    })
  return [
    bucket('posture-audit-archive', { retentionPeriodSeconds: 34_560_000, isLocked: true }),
    bucket('posture-security-logs', { retentionPeriodSeconds: 2_592_000, isLocked: false }),
  ]
}

const MY_CHECK_DIR = /[\\/]checks[\\/]gcp[\\/](sql|logging|bigquery|gke)[\\/]/

describe('Google Cloud data group against the fixture server', () => {
  let server: FixtureServer
  let checks: Check<unknown>[]
  beforeAll(async () => {
    server = await startFixtureServer()
    // Only this group's check files: other groups' checks are not this test's business (and importing all is slow).
    const files = checkFiles().filter((f) => MY_CHECK_DIR.test(f))
    checks = await Promise.all(files.map(async (f) => ((await import(pathToFileURL(f).href)) as { default: Check<unknown> }).default))
  }, 120_000)
  afterAll(() => server.close())
  beforeEach(() => {
    server.reset()
    projectsRoute(server, [P, THIRD, OTHER_PROJECT])
    testProjectRoutes(server)
    thirdProjectRoutes(server)
    forbiddenProjectRoutes(server)
  })

  it('collects Cloud SQL, Logging, Monitoring, BigQuery and GKE with paging, retries and per-resource errors', async () => {
    const c = await collectGcpFixture(server, GCP_DATA_MODULES)
    expect(server.unmatched).toEqual([])
    expect(c.accounts).toEqual([P, THIRD, OTHER_PROJECT])
    const mine = c.resources.filter((r) => r.account === P)
    expect(mine.map((r) => `${r.type} ${r.name}`)).toEqual([
      'gcp.project posture-test-project',
      'gcp.sql.instance orders-pg',
      'gcp.sql.instance legacy-mysql',
      'gcp.sql.instance orders-pg-replica',
      'gcp.sql.instance billing-mysql',
      'gcp.sql.instance reports-pg',
      'gcp.sql.instance erp-sqlserver',
      'gcp.sql.instance hr-sqlserver',
      'gcp.logging.sink _Required',
      'gcp.logging.sink _Default',
      'gcp.logging.sink audit-archive',
      'gcp.logging.sink security-export',
      'gcp.logging.sink partner-export',
      'gcp.logging.sink siem-bq',
      'gcp.logging.metric project-ownership-changes',
      'gcp.logging.metric audit-config-changes',
      'gcp.logging.metric custom-role-changes',
      'gcp.logging.metric firewall-rule-changes',
      'gcp.logging.metric vpc-route-changes',
      'gcp.logging.metric vpc-network-changes',
      'gcp.logging.metric storage-iam-changes',
      'gcp.monitoring.alert-policy CIS IAM and network changes',
      'gcp.monitoring.alert-policy Route changes (muted)',
      'gcp.monitoring.alert-policy Storage IAM changes',
      'gcp.monitoring.alert-policy Cloud SQL CPU',
      'gcp.bigquery.dataset sales',
      'gcp.bigquery.dataset public_data',
      'gcp.bigquery.dataset finance',
      'gcp.gke.cluster prod-cluster',
      'gcp.gke.cluster legacy-cluster',
    ])
    const byName = (type: string, name: string) => mine.find((r) => r.type === type && r.name === name)!

    expect(byName(GCP_DATA_TYPES.sqlInstance, 'orders-pg')).toMatchObject({
      uid: `//sqladmin.googleapis.com/projects/${P}/instances/orders-pg`,
      region: 'europe-west1',
      tags: { team: 'orders' },
      attributes: {
        engine: 'postgres',
        instanceType: 'CLOUD_SQL_INSTANCE',
        ipv4Enabled: false,
        sslMode: 'ENCRYPTED_ONLY',
        backupEnabled: true,
        databaseFlags: { log_connections: 'on', log_disconnections: 'on', 'cloudsql.enable_pgaudit': 'on' },
      },
      relations: [
        { kind: 'in-network', target: `//compute.googleapis.com/projects/${P}/global/networks/prod-vpc` },
        { kind: 'encrypted-by', target: `//cloudkms.googleapis.com/projects/${P}/locations/europe-west1/keyRings/sql/cryptoKeys/orders` },
      ],
    })
    expect(byName(GCP_DATA_TYPES.sqlInstance, 'legacy-mysql').attributes).toMatchObject({
      engine: 'mysql',
      ipv4Enabled: true,
      publicIpAddresses: ['34.76.10.20'],
      authorizedNetworks: [{ name: 'anywhere', value: '0.0.0.0/0' }],
      sslMode: 'ALLOW_UNENCRYPTED_AND_ENCRYPTED',
      backupEnabled: false,
    })
    expect(byName(GCP_DATA_TYPES.loggingSink, 'audit-archive')).toMatchObject({
      uid: `//logging.googleapis.com/projects/${P}/sinks/audit-archive`,
      attributes: { destinationType: 'storage', destinationBucket: 'posture-audit-archive', filter: '', disabled: false },
      relations: [{ kind: 'exports-to', target: '//storage.googleapis.com/projects/_/buckets/posture-audit-archive' }],
    })
    expect(byName(GCP_DATA_TYPES.loggingSink, 'siem-bq').relations).toEqual([
      { kind: 'exports-to', target: `//bigquery.googleapis.com/projects/${P}/datasets/security_logs` },
    ])
    expect(byName(GCP_DATA_TYPES.loggingMetric, 'vpc-route-changes').uid).toBe(`//logging.googleapis.com/projects/${P}/metrics/vpc-route-changes`)
    expect(byName(GCP_DATA_TYPES.monitoringAlertPolicy, 'Route changes (muted)')).toMatchObject({
      uid: `//monitoring.googleapis.com/projects/${P}/alertPolicies/9816253104927365512`,
      attributes: {
        enabled: false,
        conditions: [{ kind: 'threshold', metricTypes: ['logging.googleapis.com/user/vpc-route-changes'] }],
        notificationChannels: [`projects/${P}/notificationChannels/1355739488914718413`],
      },
      relations: [{ kind: 'alerts-on', target: `//logging.googleapis.com/projects/${P}/metrics/vpc-route-changes` }],
    })
    expect(byName(GCP_DATA_TYPES.bigqueryDataset, 'sales')).toMatchObject({
      uid: `//bigquery.googleapis.com/projects/${P}/datasets/sales`,
      region: 'eu',
      attributes: { defaultKmsKeyName: `projects/${P}/locations/eu/keyRings/data/cryptoKeys/bigquery-default` },
      relations: [{ kind: 'encrypted-by', target: `//cloudkms.googleapis.com/projects/${P}/locations/eu/keyRings/data/cryptoKeys/bigquery-default` }],
    })
    expect(byName(GCP_DATA_TYPES.bigqueryDataset, 'finance').attributes).toEqual({
      datasetId: 'finance',
      location: 'EU',
      friendlyName: null,
      access: { $unknown: expect.stringMatching(/^bigquery\.datasets\.get: .*Permission 'bigquery\.datasets\.get' denied/) as unknown },
      defaultKmsKeyName: { $unknown: expect.stringMatching(/^bigquery\.datasets\.get: /) as unknown },
    })
    expect(byName(GCP_DATA_TYPES.gkeCluster, 'prod-cluster')).toMatchObject({
      uid: `//container.googleapis.com/projects/${P}/locations/europe-west1/clusters/prod-cluster`,
      region: 'europe-west1',
      attributes: {
        privateNodes: true,
        legacyAbac: false,
        workloadPool: `${P}.svc.id.goog`,
        masterAuthorizedNetworks: { enabled: true, cidrBlocks: ['203.0.113.0/24'] },
      },
      relations: [
        { kind: 'in-network', target: `//compute.googleapis.com/projects/${P}/global/networks/prod-vpc` },
        { kind: 'in-subnet', target: `//compute.googleapis.com/projects/${P}/regions/europe-west1/subnetworks/gke-europe-west1` },
        { kind: 'runs-as', target: `//iam.googleapis.com/projects/${P}/serviceAccounts/gke-nodes@${P}.iam.gserviceaccount.com` },
        { kind: 'encrypted-by', target: `//cloudkms.googleapis.com/projects/${P}/locations/europe-west1/keyRings/gke/cryptoKeys/etcd-secrets` },
      ],
    })
    expect(byName(GCP_DATA_TYPES.gkeCluster, 'legacy-cluster')).toMatchObject({
      region: 'us-central1-a',
      attributes: { privateNodes: false, legacyAbac: true, workloadPool: null, masterAuthorizedNetworks: { enabled: false } },
      relations: expect.arrayContaining([
        { kind: 'runs-as', target: `//iam.googleapis.com/projects/${P}/serviceAccounts/123456789012-compute@developer.gserviceaccount.com` },
      ]) as unknown,
    })

    // Paging followed; the throttled first page was retried transparently.
    expect(server.requests.filter((r) => r.path === `/v1/projects/${P}/instances`).map((r) => r.query.get('pageToken'))).toEqual([null, null, 'p2'])
    expect(server.requests.filter((r) => r.path === `/bigquery/v2/projects/${P}/datasets`)).toHaveLength(2)

    // Errors: the forbidden project for each service, one per-resource detail in TEST_PROJECT; a disabled API is no error.
    expect(c.errors.map((e) => `${e.account} ${e.service} ${e.api} ${e.resourceTypes.join()}${e.resource ? ` ${e.resource}` : ''}`).sort()).toEqual([
      `${OTHER_PROJECT} bigquery bigquery.datasets.list gcp.bigquery.dataset`,
      `${OTHER_PROJECT} gke container.clusters.list gcp.gke.cluster`,
      `${OTHER_PROJECT} logging logging.metrics.list gcp.logging.metric`,
      `${OTHER_PROJECT} logging logging.sinks.list gcp.logging.sink`,
      `${OTHER_PROJECT} monitoring monitoring.alertPolicies.list gcp.monitoring.alert-policy`,
      `${OTHER_PROJECT} sql sqladmin.instances.list gcp.sql.instance`,
      `${P} bigquery bigquery.datasets.get  //bigquery.googleapis.com/projects/${P}/datasets/finance`,
    ])
    expect(c.resources.filter((r) => r.account === THIRD).map((r) => r.type)).not.toContain(GCP_DATA_TYPES.gkeCluster)
    expect(c.resources.filter((r) => r.account === OTHER_PROJECT).map((r) => r.type)).toEqual(['gcp.project'])
  })

  it('decides every data-group check: pass and fail in the readable projects, error where nothing could be read', async () => {
    const c = await collectGcpFixture(server, GCP_DATA_MODULES)
    const findings = await evaluateCollection({ ...c, resources: [...c.resources, ...sinkBuckets()] }, checks)
    const lines = (account: string) => verdictLines(findings.filter((f) => f.resource.account === account))
    expect(lines(P)).toEqual(EXPECTED_TEST_PROJECT)
    expect(lines(THIRD)).toEqual(EXPECTED_THIRD_PROJECT)
    // Nothing readable: one ERROR per check (a list gap, or the project-level lookup failing), never a PASS.
    expect(lines(OTHER_PROJECT)).toEqual(EXPECTED_FORBIDDEN_PROJECT)
    expect(new Set(lines(OTHER_PROJECT).map((l) => l.split(' ')[0]))).toEqual(new Set(checks.map((k) => k.id)))
    expect(server.unmatched).toEqual([])
  })

  it('unreachable GKE zones leave the cluster list incomplete: ERROR beside the verdicts on the clusters seen', async () => {
    const clusters = fixture('gke-clusters.json').clusters as unknown[]
    server.route({ path: `/v1/projects/${P}/locations/-/clusters`, reply: { body: { clusters: [clusters[0]], missingZones: ['asia-east1-a'] } } })
    const c = await collectGcpFixture(server, GCP_DATA_MODULES, { projects: [P] })
    expect(c.errors.map((e) => `${e.service} ${e.api} ${e.reason}`)).toContain('gke container.clusters.list zones not reachable: asia-east1-a')
    const abac = checks.find((k) => k.id === 'gcp-gke-cluster-legacy-abac-disabled')!
    expect(verdictLines(await evaluateCollection(c, [abac]))).toEqual([
      'gcp-gke-cluster-legacy-abac-disabled all gcp.gke.cluster in global error',
      'gcp-gke-cluster-legacy-abac-disabled prod-cluster pass',
    ])
    expect(server.unmatched).toEqual([])
  })
})
const EXPECTED_TEST_PROJECT = [
  'gcp-bigquery-dataset-cmk finance error',
  'gcp-bigquery-dataset-cmk public_data fail',
  'gcp-bigquery-dataset-cmk sales pass',
  'gcp-bigquery-dataset-not-public finance error',
  'gcp-bigquery-dataset-not-public public_data fail',
  'gcp-bigquery-dataset-not-public sales pass',
  'gcp-gke-cluster-legacy-abac-disabled legacy-cluster fail',
  'gcp-gke-cluster-legacy-abac-disabled prod-cluster pass',
  'gcp-gke-cluster-master-authorized-networks legacy-cluster fail',
  'gcp-gke-cluster-master-authorized-networks prod-cluster pass',
  'gcp-gke-cluster-private-nodes legacy-cluster fail',
  'gcp-gke-cluster-private-nodes prod-cluster pass',
  'gcp-gke-cluster-workload-identity legacy-cluster fail',
  'gcp-gke-cluster-workload-identity prod-cluster pass',
  'gcp-logging-metric-alert-audit-config-changes posture-test-project pass',
  'gcp-logging-metric-alert-custom-role-changes posture-test-project pass',
  'gcp-logging-metric-alert-firewall-changes posture-test-project pass',
  'gcp-logging-metric-alert-network-changes posture-test-project fail',
  'gcp-logging-metric-alert-project-ownership-changes posture-test-project pass',
  'gcp-logging-metric-alert-route-changes posture-test-project fail',
  'gcp-logging-metric-alert-sql-config-changes posture-test-project fail',
  'gcp-logging-metric-alert-storage-iam-changes posture-test-project fail',
  'gcp-logging-sink-all-entries posture-test-project pass',
  'gcp-logging-sink-bucket-retention-locked audit-archive pass',
  'gcp-logging-sink-bucket-retention-locked partner-export error',
  'gcp-logging-sink-bucket-retention-locked security-export fail',
  'gcp-sql-instance-automated-backups billing-mysql pass',
  'gcp-sql-instance-automated-backups erp-sqlserver pass',
  'gcp-sql-instance-automated-backups hr-sqlserver pass',
  'gcp-sql-instance-automated-backups legacy-mysql fail',
  'gcp-sql-instance-automated-backups orders-pg pass',
  'gcp-sql-instance-automated-backups reports-pg pass',
  'gcp-sql-instance-no-open-authorized-networks billing-mysql pass',
  'gcp-sql-instance-no-open-authorized-networks erp-sqlserver pass',
  'gcp-sql-instance-no-open-authorized-networks hr-sqlserver pass',
  'gcp-sql-instance-no-open-authorized-networks legacy-mysql fail',
  'gcp-sql-instance-no-open-authorized-networks orders-pg pass',
  'gcp-sql-instance-no-open-authorized-networks orders-pg-replica pass',
  'gcp-sql-instance-no-open-authorized-networks reports-pg pass',
  'gcp-sql-instance-no-public-ip billing-mysql pass',
  'gcp-sql-instance-no-public-ip erp-sqlserver pass',
  'gcp-sql-instance-no-public-ip hr-sqlserver pass',
  'gcp-sql-instance-no-public-ip legacy-mysql fail',
  'gcp-sql-instance-no-public-ip orders-pg pass',
  'gcp-sql-instance-no-public-ip orders-pg-replica pass',
  'gcp-sql-instance-no-public-ip reports-pg fail',
  'gcp-sql-instance-ssl-required billing-mysql pass',
  'gcp-sql-instance-ssl-required erp-sqlserver pass',
  'gcp-sql-instance-ssl-required hr-sqlserver pass',
  'gcp-sql-instance-ssl-required legacy-mysql fail',
  'gcp-sql-instance-ssl-required orders-pg pass',
  'gcp-sql-instance-ssl-required orders-pg-replica pass',
  'gcp-sql-instance-ssl-required reports-pg pass',
  'gcp-sql-mysql-local-infile-off billing-mysql pass',
  'gcp-sql-mysql-local-infile-off legacy-mysql fail',
  'gcp-sql-mysql-skip-show-database-on billing-mysql pass',
  'gcp-sql-mysql-skip-show-database-on legacy-mysql fail',
  'gcp-sql-postgres-log-connections-on orders-pg pass',
  'gcp-sql-postgres-log-connections-on orders-pg-replica pass',
  'gcp-sql-postgres-log-connections-on reports-pg fail',
  'gcp-sql-postgres-log-disconnections-on orders-pg pass',
  'gcp-sql-postgres-log-disconnections-on orders-pg-replica pass',
  'gcp-sql-postgres-log-disconnections-on reports-pg fail',
  'gcp-sql-postgres-log-min-duration-statement-disabled orders-pg pass',
  'gcp-sql-postgres-log-min-duration-statement-disabled orders-pg-replica pass',
  'gcp-sql-postgres-log-min-duration-statement-disabled reports-pg fail',
  'gcp-sql-postgres-pgaudit-on orders-pg pass',
  'gcp-sql-postgres-pgaudit-on orders-pg-replica pass',
  'gcp-sql-postgres-pgaudit-on reports-pg fail',
  'gcp-sql-sqlserver-contained-db-auth-off erp-sqlserver fail',
  'gcp-sql-sqlserver-contained-db-auth-off hr-sqlserver pass',
  'gcp-sql-sqlserver-cross-db-ownership-chaining-off erp-sqlserver fail',
  'gcp-sql-sqlserver-cross-db-ownership-chaining-off hr-sqlserver pass',
  'gcp-sql-sqlserver-external-scripts-off erp-sqlserver fail',
  'gcp-sql-sqlserver-external-scripts-off hr-sqlserver pass',
]

const EXPECTED_THIRD_PROJECT = [
  'gcp-logging-metric-alert-audit-config-changes posture-third-project fail',
  'gcp-logging-metric-alert-custom-role-changes posture-third-project fail',
  'gcp-logging-metric-alert-firewall-changes posture-third-project fail',
  'gcp-logging-metric-alert-network-changes posture-third-project pass',
  'gcp-logging-metric-alert-project-ownership-changes posture-third-project fail',
  'gcp-logging-metric-alert-route-changes posture-third-project pass',
  'gcp-logging-metric-alert-sql-config-changes posture-third-project pass',
  'gcp-logging-metric-alert-storage-iam-changes posture-third-project pass',
  'gcp-logging-sink-all-entries posture-third-project fail',
]

const EXPECTED_FORBIDDEN_PROJECT = [
  'gcp-bigquery-dataset-cmk all gcp.bigquery.dataset in global error',
  'gcp-bigquery-dataset-not-public all gcp.bigquery.dataset in global error',
  'gcp-gke-cluster-legacy-abac-disabled all gcp.gke.cluster in global error',
  'gcp-gke-cluster-master-authorized-networks all gcp.gke.cluster in global error',
  'gcp-gke-cluster-private-nodes all gcp.gke.cluster in global error',
  'gcp-gke-cluster-workload-identity all gcp.gke.cluster in global error',
  'gcp-logging-metric-alert-audit-config-changes posture-other-project error',
  'gcp-logging-metric-alert-custom-role-changes posture-other-project error',
  'gcp-logging-metric-alert-firewall-changes posture-other-project error',
  'gcp-logging-metric-alert-network-changes posture-other-project error',
  'gcp-logging-metric-alert-project-ownership-changes posture-other-project error',
  'gcp-logging-metric-alert-route-changes posture-other-project error',
  'gcp-logging-metric-alert-sql-config-changes posture-other-project error',
  'gcp-logging-metric-alert-storage-iam-changes posture-other-project error',
  'gcp-logging-sink-all-entries posture-other-project error',
  'gcp-logging-sink-bucket-retention-locked all gcp.logging.sink in global error',
  'gcp-sql-instance-automated-backups all gcp.sql.instance in global error',
  'gcp-sql-instance-no-open-authorized-networks all gcp.sql.instance in global error',
  'gcp-sql-instance-no-public-ip all gcp.sql.instance in global error',
  'gcp-sql-instance-ssl-required all gcp.sql.instance in global error',
  'gcp-sql-mysql-local-infile-off all gcp.sql.instance in global error',
  'gcp-sql-mysql-skip-show-database-on all gcp.sql.instance in global error',
  'gcp-sql-postgres-log-connections-on all gcp.sql.instance in global error',
  'gcp-sql-postgres-log-disconnections-on all gcp.sql.instance in global error',
  'gcp-sql-postgres-log-min-duration-statement-disabled all gcp.sql.instance in global error',
  'gcp-sql-postgres-pgaudit-on all gcp.sql.instance in global error',
  'gcp-sql-sqlserver-contained-db-auth-off all gcp.sql.instance in global error',
  'gcp-sql-sqlserver-cross-db-ownership-chaining-off all gcp.sql.instance in global error',
  'gcp-sql-sqlserver-external-scripts-off all gcp.sql.instance in global error',
]
