/**
 * The compute group (Compute Engine, VPC, Cloud DNS) end to end: the real @googleapis/compute client and the Cloud DNS
 * REST calls against the fixture server, the normalizers, and this group's checks over what was collected.
 */
import { readFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  gcpError,
  gcpForbidden,
  startFixtureServer,
  tooManyRequests,
  type FixtureReply,
  type FixtureServer,
} from '../../test/support/cloud-fixture-server.js'
import { collectGcpFixture, evaluateCollection, OTHER_PROJECT, TEST_PROJECT, TEST_PROJECT_NUMBER, verdictLines } from './cloud-testing.js'
import { GCP_COMPUTE_MODULES } from './gcp-modules-compute.js'
import { checkFiles } from '../checks/registry.js'
import type { Check } from '../evaluate/define-check.js'
import type { Finding } from '../core/finding.js'
import type { Resource } from '../core/resource.js'
import type { CloudCollection } from './collection.js'
import type {
  GcpDnsManagedZoneAttributes,
  GcpDnsPolicyAttributes,
  GcpFirewallAttributes,
  GcpInstanceAttributes,
  GcpNetworkAttributes,
  GcpProjectMetadataAttributes,
  GcpSubnetworkAttributes,
} from '../normalize/gcp/types-compute.js'

/** A third project: Compute Engine with OS Login on and nothing in it, the Cloud DNS API never enabled. */
const THIRD_PROJECT = 'posture-third-project'
const THIRD_PROJECT_NUMBER = '210987654321'

const COMPUTE = (project: string) => `/compute/v1/projects/${project}`
const DNS = (project: string) => `/dns/v1/projects/${project}`
const NAME = (path: string, project = TEST_PROJECT) => `//compute.googleapis.com/projects/${project}/${path}`

function fixture(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(`../../test/fixtures/gcp/compute/${name}`, import.meta.url), 'utf8')) as Record<string, unknown>
}
const body = (name: string): FixtureReply => ({ body: fixture(name) })

/** projects.search with the three projects (distinct numbers). */
function projectsRoute(server: FixtureServer): void {
  const projects = [
    [TEST_PROJECT, TEST_PROJECT_NUMBER],
    [OTHER_PROJECT, '123456789013'],
    [THIRD_PROJECT, THIRD_PROJECT_NUMBER],
  ].map(([id, n]) => ({ name: `projects/${n}`, projectId: id, displayName: id, parent: 'organizations/555555555555', state: 'ACTIVE' }))
  server.route({ path: '/v3/projects:search', reply: { body: { projects } } })
}

function testProjectRoutes(server: FixtureServer): void {
  const c = COMPUTE(TEST_PROJECT)
  const d = DNS(TEST_PROJECT)
  server.route(
    { path: c, reply: body('project.json') },
    // Aggregated instances over two pages (pageToken p2).
    { path: `${c}/aggregated/instances`, reply: body('instances-page1.json') },
    { path: `${c}/aggregated/instances`, query: { pageToken: 'p2' }, reply: body('instances-page2.json') },
    // Throttled once (Retry-After 0), then answered.
    { path: `${c}/global/firewalls`, reply: [tooManyRequests('gcp', 0), body('firewalls.json')] },
    { path: `${c}/global/networks`, reply: body('networks.json') },
    { path: `${c}/aggregated/subnetworks`, reply: body('subnetworks.json') },
    { path: `${d}/managedZones`, reply: body('managed-zones-page1.json') },
    { path: `${d}/managedZones`, query: { pageToken: 'p2' }, reply: body('managed-zones-page2.json') },
    { path: `${d}/policies`, reply: body('policies.json') },
    { path: `${d}/managedZones/example-com/dnsKeys`, reply: body('dnskeys-example-com.json') },
    { path: `${d}/managedZones/legacy-example/dnsKeys`, reply: body('dnskeys-legacy-example.json') },
    { path: `${d}/managedZones/forbidden-example/dnsKeys`, reply: gcpForbidden('dns.dnsKeys.list', TEST_PROJECT) },
  )
}

/** The third project: project metadata, empty lists (the API omits `items`), and Cloud DNS disabled. */
function thirdProjectRoutes(server: FixtureServer): void {
  const c = COMPUTE(THIRD_PROJECT)
  const disabled = gcpError(
    403,
    'PERMISSION_DENIED',
    `Cloud DNS API has not been used in project ${THIRD_PROJECT_NUMBER} before or it is disabled. Enable it by visiting https://console.developers.google.com/apis/api/dns.googleapis.com/overview?project=${THIRD_PROJECT_NUMBER} then retry.`,
    'SERVICE_DISABLED',
  )
  server.route(
    { path: c, reply: body('third-project.json') },
    { path: `${c}/aggregated/instances`, reply: body('third-instances.json') },
    { path: `${c}/global/firewalls`, reply: { body: { kind: 'compute#firewallList', id: `projects/${THIRD_PROJECT}/global/firewalls` } } },
    { path: `${c}/global/networks`, reply: { body: { kind: 'compute#networkList', id: `projects/${THIRD_PROJECT}/global/networks` } } },
    { path: `${c}/aggregated/subnetworks`, reply: { body: { kind: 'compute#subnetworkAggregatedList', items: {} } } },
    { path: `${DNS(THIRD_PROJECT)}/managedZones`, reply: disabled },
    { path: `${DNS(THIRD_PROJECT)}/policies`, reply: disabled },
  )
}

/** The second project answers 403 to everything. */
function otherProjectRoutes(server: FixtureServer): void {
  const c = COMPUTE(OTHER_PROJECT)
  server.route(
    { path: c, reply: gcpForbidden('compute.projects.get', OTHER_PROJECT) },
    { path: `${c}/aggregated/instances`, reply: gcpForbidden('compute.instances.list', OTHER_PROJECT) },
    { path: `${c}/global/firewalls`, reply: gcpForbidden('compute.firewalls.list', OTHER_PROJECT) },
    { path: `${c}/global/networks`, reply: gcpForbidden('compute.networks.list', OTHER_PROJECT) },
    { path: `${c}/aggregated/subnetworks`, reply: gcpForbidden('compute.subnetworks.list', OTHER_PROJECT) },
    { path: `${DNS(OTHER_PROJECT)}/managedZones`, reply: gcpForbidden('dns.managedZones.list', OTHER_PROJECT) },
    { path: `${DNS(OTHER_PROJECT)}/policies`, reply: gcpForbidden('dns.policies.list', OTHER_PROJECT) },
  )
}

/** This group's checks (loading only them keeps the test fast). */
async function computeChecks(): Promise<Check<unknown>[]> {
  const files = checkFiles().filter((f) => /[/\\]gcp[/\\](compute|vpc|dns)[/\\]/.test(f))
  return Promise.all(files.map(async (f) => ((await import(pathToFileURL(f).href)) as { default: Check<unknown> }).default))
}

function ofType<A>(c: CloudCollection, type: string, project = TEST_PROJECT): Resource<A>[] {
  return c.resources.filter((r) => r.type === type && r.account === project) as Resource<A>[]
}

function byName<A>(c: CloudCollection, type: string, name: string): Resource<A> {
  const r = ofType<A>(c, type).find((x) => x.name === name)
  if (!r) throw new Error(`no ${type} ${name}`)
  return r
}

describe('Google Cloud compute modules against the fixture server', () => {
  let server: FixtureServer
  let c: CloudCollection
  let findings: Finding[]
  const lines = (project: string) => verdictLines(findings.filter((f) => f.resource.account === project))

  // One collection, judged by every test below.
  beforeAll(async () => {
    server = await startFixtureServer()
    projectsRoute(server)
    testProjectRoutes(server)
    thirdProjectRoutes(server)
    otherProjectRoutes(server)
    c = await collectGcpFixture(server, GCP_COMPUTE_MODULES)
    findings = await evaluateCollection(c, await computeChecks())
  })
  afterAll(() => server.close())

  it('collects instances from both aggregated pages, with their settings and relations', () => {
    const instances = ofType<GcpInstanceAttributes>(c, 'gcp.compute.instance')
    expect(instances.map((i) => [i.uid, i.region])).toEqual([
      [NAME('zones/us-central1-a/instances/web-1'), 'us-central1-a'],
      [NAME('zones/us-central1-a/instances/gke-prod-default-pool-1a2b3c4d-x1y2'), 'us-central1-a'],
      [NAME('zones/europe-west1-b/instances/app-1'), 'europe-west1-b'],
    ])
    const [web, gke, app] = instances
    expect(web!.attributes).toMatchObject({
      status: 'RUNNING',
      canIpForward: true,
      blockProjectSshKeys: false,
      gkeNode: false,
      serviceAccounts: [
        { email: `${TEST_PROJECT_NUMBER}-compute@developer.gserviceaccount.com`, scopes: ['https://www.googleapis.com/auth/cloud-platform'] },
      ],
      metadata: { enableOsLogin: false, serialPortEnable: true, keys: ['enable-oslogin', 'serial-port-enable', 'startup-script', 'ssh-keys'] },
      shieldedInstanceConfig: { enableSecureBoot: false, enableVtpm: false, enableIntegrityMonitoring: false },
    })
    expect(web!.attributes.networkInterfaces[0]!.accessConfigs).toEqual([{ name: 'External NAT', natIp: '34.118.10.20', networkTier: 'PREMIUM' }])
    expect(web!.relations).toEqual([
      {
        kind: 'runs-as',
        target: `//iam.googleapis.com/projects/${TEST_PROJECT}/serviceAccounts/${TEST_PROJECT_NUMBER}-compute@developer.gserviceaccount.com`,
      },
      { kind: 'in-network', target: NAME('global/networks/default') },
      { kind: 'in-subnet', target: NAME('regions/us-central1/subnetworks/default') },
      { kind: 'uses-disk', target: NAME('zones/us-central1-a/disks/web-1') },
    ])
    // Metadata values other than settings (startup scripts, kube-env) never reach the collection.
    expect(JSON.stringify(c.resources)).not.toMatch(/DB_PASSWORD|KUBELET_CERT/)
    expect(gke!.attributes.gkeNode).toBe(true)
    expect(gke!.tags).toMatchObject({ 'goog-gke-node': '' })
    expect(app!.attributes).toMatchObject({ blockProjectSshKeys: true, canIpForward: false, metadata: { serialPortEnable: false } })
    expect(app!.relations.filter((r) => r.kind === 'runs-as')).toEqual([
      { kind: 'runs-as', target: `//iam.googleapis.com/projects/${TEST_PROJECT}/serviceAccounts/app-runner@${TEST_PROJECT}.iam.gserviceaccount.com` },
    ])
    const listed = server.requests.filter((r) => r.path === `${COMPUTE(TEST_PROJECT)}/aggregated/instances`)
    expect(listed.map((r) => r.query.get('pageToken'))).toEqual([null, 'p2'])
  })

  it('collects the project metadata, one per project', () => {
    const [pm, ...more] = ofType<GcpProjectMetadataAttributes>(c, 'gcp.compute.project-metadata')
    expect(more).toEqual([])
    expect(pm!.uid).toBe(`//compute.googleapis.com/projects/${TEST_PROJECT}/commonInstanceMetadata`)
    expect(pm!.attributes).toEqual({
      projectId: TEST_PROJECT,
      metadata: {
        keys: ['enable-oslogin', 'ssh-keys'],
        settings: { 'enable-oslogin': 'TRUE' },
        enableOsLogin: true,
        serialPortEnable: null,
        sshKeyCount: 2,
      },
      defaultServiceAccount: `${TEST_PROJECT_NUMBER}-compute@developer.gserviceaccount.com`,
    })
  })

  it('collects firewall rules after a 429, networks and subnetworks', () => {
    const firewalls = ofType<GcpFirewallAttributes>(c, 'gcp.compute.firewall')
    expect(firewalls.map((f) => f.name)).toEqual([
      'default-allow-ssh',
      'allow-rdp-range',
      'allow-all-ingress',
      'allow-https-lb',
      'allow-ssh-from-iap',
      'disabled-rdp',
      'deny-all-egress',
    ])
    expect(byName<GcpFirewallAttributes>(c, 'gcp.compute.firewall', 'allow-ssh-from-iap').attributes).toMatchObject({
      network: NAME('global/networks/prod-vpc'),
      direction: 'INGRESS',
      action: 'allow',
      allowed: [{ protocol: '6', ports: ['22', '3389'] }],
      sourceRanges: ['35.235.240.0/20'],
    })
    expect(byName(c, 'gcp.compute.firewall', 'default-allow-ssh').relations).toEqual([
      { kind: 'in-network', target: NAME('global/networks/default') },
    ])
    expect(server.requests.filter((r) => r.path === `${COMPUTE(TEST_PROJECT)}/global/firewalls`)).toHaveLength(2)

    const networks = ofType<GcpNetworkAttributes>(c, 'gcp.compute.network')
    expect(networks.map((n) => [n.uid, n.attributes.mode])).toEqual([
      [NAME('global/networks/default'), 'auto'],
      [NAME('global/networks/prod-vpc'), 'custom'],
      [NAME('global/networks/legacy-net'), 'legacy'],
    ])
    const subnets = ofType<GcpSubnetworkAttributes>(c, 'gcp.compute.subnetwork')
    expect(subnets.map((s) => [s.uid, s.region, s.attributes.purpose, s.attributes.flowLogs?.flowSampling ?? null])).toEqual([
      [NAME('regions/us-central1/subnetworks/default'), 'us-central1', 'PRIVATE', null],
      [NAME('regions/us-central1/subnetworks/prod-app'), 'us-central1', 'PRIVATE', 1],
      [NAME('regions/us-central1/subnetworks/proxy-only'), 'us-central1', 'REGIONAL_MANAGED_PROXY', null],
      [NAME('regions/europe-west1/subnetworks/prod-data'), 'europe-west1', 'PRIVATE', 0.5],
    ])
    expect(subnets[1]!.relations).toEqual([{ kind: 'in-network', target: NAME('global/networks/prod-vpc') }])
  })

  it('collects DNS zones over two pages with the keys of signed public zones, and policies bound to networks', () => {
    const zones = ofType<GcpDnsManagedZoneAttributes>(c, 'gcp.dns.managed-zone')
    expect(zones.map((z) => [z.uid, z.attributes.visibility, z.attributes.dnssecState])).toEqual([
      [`//dns.googleapis.com/projects/${TEST_PROJECT}/managedZones/example-com`, 'public', 'on'],
      [`//dns.googleapis.com/projects/${TEST_PROJECT}/managedZones/legacy-example`, 'public', 'on'],
      [`//dns.googleapis.com/projects/${TEST_PROJECT}/managedZones/unsigned-example`, 'public', 'off'],
      [`//dns.googleapis.com/projects/${TEST_PROJECT}/managedZones/internal`, 'private', 'off'],
      [`//dns.googleapis.com/projects/${TEST_PROJECT}/managedZones/forbidden-example`, 'public', 'on'],
    ])
    expect(zones[1]!.attributes.dnsKeys).toEqual([
      { id: '0', keyType: 'keySigning', algorithm: 'rsasha1', keyLength: 2048, isActive: true },
      { id: '1', keyType: 'zoneSigning', algorithm: 'rsasha1', keyLength: 1024, isActive: true },
    ])
    expect(zones[2]!.attributes.dnsKeys).toBeNull()
    expect(zones[3]!.relations).toEqual([{ kind: 'visible-to', target: NAME('global/networks/prod-vpc') }])
    // Only the dnsKeys call of that zone was refused: the zone itself and its other attributes are known.
    expect(zones[4]!.attributes.dnsKeys).toEqual({
      $unknown: `dns.dnsKeys.list: PERMISSION_DENIED: Permission 'dns.dnsKeys.list' denied on resource 'projects/${TEST_PROJECT}' (or it may not exist).`,
    })
    expect(zones[4]!.attributes.defaultKeySpecs).toHaveLength(2)
    const zonePages = server.requests.filter((r) => r.path === `${DNS(TEST_PROJECT)}/managedZones`)
    expect(zonePages.map((r) => r.query.get('pageToken'))).toEqual([null, 'p2'])

    const policies = ofType<GcpDnsPolicyAttributes>(c, 'gcp.dns.policy')
    expect(policies.map((p) => [p.uid, p.attributes.enableLogging, p.relations])).toEqual([
      [
        `//dns.googleapis.com/projects/${TEST_PROJECT}/policies/dns-logging`,
        true,
        [{ kind: 'applies-to', target: NAME('global/networks/prod-vpc') }],
      ],
      [
        `//dns.googleapis.com/projects/${TEST_PROJECT}/policies/inbound-forwarding`,
        false,
        [{ kind: 'applies-to', target: NAME('global/networks/default') }],
      ],
    ])
  })

  it('judges the test project with the compute, VPC and DNS checks', () => {
    const ids = (names: readonly string[], id: string, statuses: readonly string[]) => names.map((n, i) => `${id} ${n} ${statuses[i]}`)
    const fw = [
      'default-allow-ssh',
      'allow-rdp-range',
      'allow-all-ingress',
      'allow-https-lb',
      'allow-ssh-from-iap',
      'disabled-rdp',
      'deny-all-egress',
    ]
    const gke = 'gke-prod-default-pool-1a2b3c4d-x1y2'
    expect(lines(TEST_PROJECT)).toEqual(
      [
        ...ids(fw, 'gcp-compute-firewall-no-ssh-from-internet', ['fail', 'pass', 'fail', 'pass', 'pass', 'pass', 'pass']),
        ...ids(fw, 'gcp-compute-firewall-no-rdp-from-internet', ['pass', 'fail', 'fail', 'pass', 'pass', 'pass', 'pass']),
        ...ids(fw, 'gcp-compute-firewall-no-all-ports-from-internet', ['pass', 'pass', 'fail', 'pass', 'pass', 'pass', 'pass']),
        // GKE nodes are outside CIS 4.1, 4.2, 4.3, 4.6 and 4.9.
        ...['no-default-service-account', 'no-default-sa-full-api-access', 'block-project-ssh-keys', 'no-ip-forwarding', 'no-public-ip'].flatMap(
          (s) => [`gcp-compute-instance-${s} web-1 fail`, `gcp-compute-instance-${s} app-1 pass`],
        ),
        ...ids(['web-1', gke, 'app-1'], 'gcp-compute-instance-serial-port-disabled', ['fail', 'pass', 'pass']),
        ...ids(['web-1', gke, 'app-1'], 'gcp-compute-instance-shielded-vm', ['fail', 'pass', 'pass']),
        `gcp-compute-project-os-login-enabled ${TEST_PROJECT} fail`,
        ...ids(['default', 'prod-vpc', 'legacy-net'], 'gcp-vpc-no-default-network', ['fail', 'pass', 'pass']),
        ...ids(['default', 'prod-vpc', 'legacy-net'], 'gcp-vpc-no-legacy-network', ['pass', 'pass', 'fail']),
        ...ids(['default', 'prod-vpc', 'legacy-net'], 'gcp-vpc-network-dns-logging', ['fail', 'pass', 'fail']),
        ...ids(['default', 'prod-app', 'prod-data'], 'gcp-vpc-subnet-flow-logs', ['fail', 'pass', 'fail']),
        ...ids(['example-com', 'legacy-example', 'unsigned-example', 'forbidden-example'], 'gcp-dns-zone-dnssec-enabled', [
          'pass',
          'pass',
          'fail',
          'pass',
        ]),
        // The zone whose dnsKeys call was refused: ERROR for the key checks only.
        ...ids(['example-com', 'legacy-example', 'forbidden-example'], 'gcp-dns-zone-no-rsasha1-ksk', ['pass', 'fail', 'error']),
        ...ids(['example-com', 'legacy-example', 'forbidden-example'], 'gcp-dns-zone-no-rsasha1-zsk', ['pass', 'fail', 'error']),
      ].sort(),
    )
    const message = (id: string, name: string) =>
      findings.find((f) => f.checkId === id && f.resource.name === name && f.resource.account === TEST_PROJECT)!.message
    expect(message('gcp-compute-project-os-login-enabled', TEST_PROJECT)).toBe(
      `Project ${TEST_PROJECT} enables OS Login but instance(s) web-1 (us-central1-a) set enable-oslogin=FALSE.`,
    )
    expect(message('gcp-compute-firewall-no-rdp-from-internet', 'allow-rdp-range')).toBe(
      'Firewall rule allow-rdp-range allows tcp:3000-4000 from ::/0, which opens RDP to the internet.',
    )
    expect(message('gcp-vpc-network-dns-logging', 'default')).toBe('Network default is bound to DNS policy inbound-forwarding without query logging.')
    expect(message('gcp-dns-zone-no-rsasha1-ksk', 'forbidden-example')).toContain('DNSSEC keys (dns.dnsKeys.list: PERMISSION_DENIED')
  })

  it('judges the third project from its metadata, and finds nothing where DNS is disabled', () => {
    expect(lines(THIRD_PROJECT)).toEqual([`gcp-compute-project-os-login-enabled ${THIRD_PROJECT} pass`])
    expect(c.resources.filter((r) => r.account === THIRD_PROJECT).map((r) => r.type)).toEqual(['gcp.project', 'gcp.compute.project-metadata'])
  })

  it('reports ERROR, never PASS, for every check in the forbidden project', async () => {
    const checks = await computeChecks()
    expect(lines(OTHER_PROJECT)).toEqual(checks.map((k) => `${k.id} all ${k.resourceType} in global error`).sort())
    expect(findings.filter((f) => f.resource.account === OTHER_PROJECT && f.status !== 'error')).toEqual([])
  })

  it('records the forbidden project per service and the per-resource 403, and nothing for the disabled DNS API', () => {
    expect(c.accounts).toEqual([TEST_PROJECT, OTHER_PROJECT, THIRD_PROJECT])
    expect(c.errors.map((e) => `${e.account} ${e.service} ${e.api} ${e.resource ?? e.resourceTypes.join()}`).sort()).toEqual([
      `${OTHER_PROJECT} compute compute.firewalls.list gcp.compute.firewall`,
      `${OTHER_PROJECT} compute compute.instances.aggregatedList gcp.compute.instance`,
      `${OTHER_PROJECT} compute compute.networks.list gcp.compute.network`,
      `${OTHER_PROJECT} compute compute.projects.get gcp.compute.project-metadata`,
      `${OTHER_PROJECT} compute compute.subnetworks.aggregatedList gcp.compute.subnetwork`,
      `${OTHER_PROJECT} dns dns.managedZones.list gcp.dns.managed-zone`,
      `${OTHER_PROJECT} dns dns.policies.list gcp.dns.policy`,
      `${TEST_PROJECT} dns dns.dnsKeys.list //dns.googleapis.com/projects/${TEST_PROJECT}/managedZones/forbidden-example`,
    ])
    expect(c.errors.find((e) => e.api === 'compute.firewalls.list')!.reason).toBe(
      `PERMISSION_DENIED: Permission 'compute.firewalls.list' denied on resource 'projects/${OTHER_PROJECT}' (or it may not exist).`,
    )
    expect(server.unmatched).toEqual([])
  })
})
