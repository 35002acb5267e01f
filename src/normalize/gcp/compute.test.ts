import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type {
  GcpComputeProjectRaw,
  GcpComputeRaw,
  GcpFirewallRaw,
  GcpInstanceRaw,
  GcpNetworkRaw,
  GcpSubnetworkRaw,
} from '../../collect/gcp/compute.js'
import type { CallResult } from '../../collect/collector.js'
import type { Resource } from '../../core/resource.js'
import { metadataBool, metadataOf, normalizeCompute, projectMetadataName, serviceAccountName } from './compute.js'
import { computeName, flowLogsOf } from './compute-network.js'
import type {
  GcpFirewallAttributes,
  GcpInstanceAttributes,
  GcpNetworkAttributes,
  GcpProjectMetadataAttributes,
  GcpSubnetworkAttributes,
} from './types-compute.js'

const P = 'posture-test-project'
const scope = { project: P, projectNumber: '123456789012' }

function fixture<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(`../../../test/fixtures/gcp/compute/${name}`, import.meta.url), 'utf8')) as T
}
const ok = <T>(value: T): CallResult<T> => ({ ok: true, value })
const failed: CallResult<never> = { ok: false, reason: 'PERMISSION_DENIED: denied', code: 'PERMISSION_DENIED' }

type Aggregated<K extends string, T> = { items: Record<string, Partial<Record<K, T[]>>> }
function scoped<K extends string, T>(page: Aggregated<K, T>, key: K): T[] {
  return Object.values(page.items).flatMap((s) => s[key] ?? [])
}

/** The raw shape the collector returns, built from the REST fixtures the scan test serves. */
function raw(): GcpComputeRaw {
  return {
    project: ok(fixture<GcpComputeProjectRaw>('project.json')),
    instances: ok([
      ...scoped(fixture<Aggregated<'instances', GcpInstanceRaw>>('instances-page1.json'), 'instances'),
      ...scoped(fixture<Aggregated<'instances', GcpInstanceRaw>>('instances-page2.json'), 'instances'),
    ]),
    firewalls: ok(fixture<{ items: GcpFirewallRaw[] }>('firewalls.json').items),
    networks: ok(fixture<{ items: GcpNetworkRaw[] }>('networks.json').items),
    subnetworks: ok(scoped(fixture<Aggregated<'subnetworks', GcpSubnetworkRaw>>('subnetworks.json'), 'subnetworks')),
  }
}

describe('normalizeCompute', () => {
  const resources = normalizeCompute(raw(), scope)
  const byName = <A>(type: string, name: string) => resources.find((r) => r.type === type && r.name === name) as Resource<A>

  it('produces every resource with Cloud Asset Inventory names', () => {
    expect(resources.map((r) => r.uid)).toEqual([
      `//compute.googleapis.com/projects/${P}/commonInstanceMetadata`,
      `//compute.googleapis.com/projects/${P}/zones/us-central1-a/instances/web-1`,
      `//compute.googleapis.com/projects/${P}/zones/us-central1-a/instances/gke-prod-default-pool-1a2b3c4d-x1y2`,
      `//compute.googleapis.com/projects/${P}/zones/europe-west1-b/instances/app-1`,
      `//compute.googleapis.com/projects/${P}/global/firewalls/default-allow-ssh`,
      `//compute.googleapis.com/projects/${P}/global/firewalls/allow-rdp-range`,
      `//compute.googleapis.com/projects/${P}/global/firewalls/allow-all-ingress`,
      `//compute.googleapis.com/projects/${P}/global/firewalls/allow-https-lb`,
      `//compute.googleapis.com/projects/${P}/global/firewalls/allow-ssh-from-iap`,
      `//compute.googleapis.com/projects/${P}/global/firewalls/disabled-rdp`,
      `//compute.googleapis.com/projects/${P}/global/firewalls/deny-all-egress`,
      `//compute.googleapis.com/projects/${P}/global/networks/default`,
      `//compute.googleapis.com/projects/${P}/global/networks/prod-vpc`,
      `//compute.googleapis.com/projects/${P}/global/networks/legacy-net`,
      `//compute.googleapis.com/projects/${P}/regions/us-central1/subnetworks/default`,
      `//compute.googleapis.com/projects/${P}/regions/us-central1/subnetworks/prod-app`,
      `//compute.googleapis.com/projects/${P}/regions/us-central1/subnetworks/proxy-only`,
      `//compute.googleapis.com/projects/${P}/regions/europe-west1/subnetworks/prod-data`,
    ])
    expect(new Set(resources.map((r) => r.account))).toEqual(new Set([P]))
  })

  it('keeps instance settings, never the values of scripts and keys', () => {
    const web = byName<GcpInstanceAttributes>('gcp.compute.instance', 'web-1')
    expect(web.region).toBe('us-central1-a')
    expect(web.tags).toEqual({ env: 'prod', team: 'web' })
    expect(web.attributes).toMatchObject({
      zone: 'us-central1-a',
      status: 'RUNNING',
      machineType: 'e2-medium',
      serviceAccounts: [{ email: '123456789012-compute@developer.gserviceaccount.com', scopes: ['https://www.googleapis.com/auth/cloud-platform'] }],
      metadata: {
        keys: ['enable-oslogin', 'serial-port-enable', 'startup-script', 'ssh-keys'],
        settings: { 'enable-oslogin': 'FALSE', 'serial-port-enable': 'TRUE' },
        enableOsLogin: false,
        serialPortEnable: true,
        sshKeyCount: 1,
      },
      blockProjectSshKeys: false,
      canIpForward: true,
      shieldedInstanceConfig: { enableSecureBoot: false, enableVtpm: false, enableIntegrityMonitoring: false },
      gkeNode: false,
    })
    expect(JSON.stringify(web)).not.toContain('DB_PASSWORD')
    expect(web.attributes.networkInterfaces).toEqual([
      {
        name: 'nic0',
        network: `//compute.googleapis.com/projects/${P}/global/networks/default`,
        subnetwork: `//compute.googleapis.com/projects/${P}/regions/us-central1/subnetworks/default`,
        internalIp: '10.128.0.2',
        accessConfigs: [{ name: 'External NAT', natIp: '34.118.10.20', networkTier: 'PREMIUM' }],
        ipv6AccessConfigs: [],
      },
    ])
    expect(web.relations).toEqual([
      { kind: 'runs-as', target: `//iam.googleapis.com/projects/${P}/serviceAccounts/123456789012-compute@developer.gserviceaccount.com` },
      { kind: 'in-network', target: `//compute.googleapis.com/projects/${P}/global/networks/default` },
      { kind: 'in-subnet', target: `//compute.googleapis.com/projects/${P}/regions/us-central1/subnetworks/default` },
      { kind: 'uses-disk', target: `//compute.googleapis.com/projects/${P}/zones/us-central1-a/disks/web-1` },
    ])
  })

  it('recognizes GKE nodes and keeps kube-env out', () => {
    const node = byName<GcpInstanceAttributes>('gcp.compute.instance', 'gke-prod-default-pool-1a2b3c4d-x1y2')
    expect(node.attributes.gkeNode).toBe(true)
    expect(node.attributes.metadata.settings).toEqual({ 'enable-oslogin': 'false', 'disable-legacy-endpoints': 'true' })
    expect(JSON.stringify(node)).not.toContain('KUBELET_CERT')
    expect(byName<GcpInstanceAttributes>('gcp.compute.instance', 'app-1').attributes.blockProjectSshKeys).toBe(true)
  })

  it('reads the project metadata', () => {
    const pm = byName<GcpProjectMetadataAttributes>('gcp.compute.project-metadata', P)
    expect(pm.uid).toBe(projectMetadataName(P))
    expect(pm.attributes).toEqual({
      projectId: P,
      metadata: {
        keys: ['enable-oslogin', 'ssh-keys'],
        settings: { 'enable-oslogin': 'TRUE' },
        enableOsLogin: true,
        serialPortEnable: null,
        sshKeyCount: 2,
      },
      defaultServiceAccount: '123456789012-compute@developer.gserviceaccount.com',
    })
  })

  it('fills firewall defaults and the implicit 0.0.0.0/0 source', () => {
    const ssh = byName<GcpFirewallAttributes>('gcp.compute.firewall', 'default-allow-ssh')
    expect(ssh.attributes).toMatchObject({
      network: `//compute.googleapis.com/projects/${P}/global/networks/default`,
      direction: 'INGRESS',
      action: 'allow',
      allowed: [{ protocol: 'tcp', ports: ['22'] }],
      sourceRanges: ['0.0.0.0/0'],
      priority: 65534,
    })
    expect(ssh.relations).toEqual([{ kind: 'in-network', target: `//compute.googleapis.com/projects/${P}/global/networks/default` }])
    expect(byName<GcpFirewallAttributes>('gcp.compute.firewall', 'deny-all-egress').attributes).toMatchObject({
      direction: 'EGRESS',
      action: 'deny',
      denied: [{ protocol: 'all', ports: [] }],
      sourceRanges: [],
    })
    const [bare] = normalizeCompute(
      {
        ...raw(),
        project: ok(null),
        instances: ok([]),
        networks: ok([]),
        subnetworks: ok([]),
        firewalls: ok([{ name: 'bare', allowed: [{ IPProtocol: 'TCP' }] }]),
      },
      scope,
    )
    expect(bare!.attributes).toMatchObject({
      direction: 'INGRESS',
      disabled: false,
      priority: 1000,
      sourceRanges: ['0.0.0.0/0'],
      allowed: [{ protocol: 'tcp', ports: [] }],
    })
  })

  it('classifies networks', () => {
    const mode = (n: string) => byName<GcpNetworkAttributes>('gcp.compute.network', n).attributes.mode
    expect([mode('default'), mode('prod-vpc'), mode('legacy-net')]).toEqual(['auto', 'custom', 'legacy'])
    expect(byName<GcpNetworkAttributes>('gcp.compute.network', 'legacy-net').attributes).toMatchObject({
      ipv4Range: '10.240.0.0/16',
      subnetworks: [],
    })
    expect(byName<GcpNetworkAttributes>('gcp.compute.network', 'prod-vpc').attributes.routingMode).toBe('GLOBAL')
  })

  it('reads subnet purpose and flow logs with their documented defaults', () => {
    const sub = (n: string) => byName<GcpSubnetworkAttributes>('gcp.compute.subnetwork', n)
    expect(sub('default').attributes.flowLogs).toBeNull()
    expect(sub('prod-app').attributes.flowLogs).toEqual({
      aggregationInterval: 'INTERVAL_5_SEC',
      flowSampling: 1,
      metadata: 'INCLUDE_ALL_METADATA',
      filterExpr: null,
    })
    expect(sub('proxy-only').attributes.purpose).toBe('REGIONAL_MANAGED_PROXY')
    expect(sub('prod-data').region).toBe('europe-west1')
    expect(flowLogsOf({ enableFlowLogs: true })).toEqual({
      aggregationInterval: 'INTERVAL_5_SEC',
      flowSampling: 0.5,
      metadata: 'EXCLUDE_ALL_METADATA',
      filterExpr: null,
    })
    expect(flowLogsOf({ logConfig: { enable: true, filterExpr: 'true' } })?.filterExpr).toBeNull()
    expect(flowLogsOf({ enableFlowLogs: true, logConfig: { enable: false } })).toBeNull()
  })

  it('drops the types whose list failed, and nothing else', () => {
    const r = normalizeCompute({ ...raw(), project: failed, instances: failed }, scope)
    expect(r.some((x) => x.type === 'gcp.compute.instance' || x.type === 'gcp.compute.project-metadata')).toBe(false)
    expect(r.filter((x) => x.type === 'gcp.compute.firewall')).toHaveLength(7)
    expect(normalizeCompute({ ...raw(), project: ok(null) }, scope).some((x) => x.type === 'gcp.compute.project-metadata')).toBe(false)
  })
})

describe('compute naming and metadata helpers', () => {
  it('turns URLs and partial paths into full resource names', () => {
    expect(computeName('https://www.googleapis.com/compute/v1/projects/p1/global/networks/n', 'p0')).toBe(
      '//compute.googleapis.com/projects/p1/global/networks/n',
    )
    expect(computeName('projects/p1/regions/r/subnetworks/s', 'p0')).toBe('//compute.googleapis.com/projects/p1/regions/r/subnetworks/s')
    expect(computeName('global/networks/default', 'p0')).toBe('//compute.googleapis.com/projects/p0/global/networks/default')
  })

  it('puts a service account in the project that owns it', () => {
    expect(serviceAccountName('sa@other-proj.iam.gserviceaccount.com', 'p0')).toBe(
      '//iam.googleapis.com/projects/other-proj/serviceAccounts/sa@other-proj.iam.gserviceaccount.com',
    )
    expect(serviceAccountName('p9@appspot.gserviceaccount.com', 'p0')).toBe(
      '//iam.googleapis.com/projects/p9/serviceAccounts/p9@appspot.gserviceaccount.com',
    )
    expect(serviceAccountName('1-compute@developer.gserviceaccount.com', 'p0')).toBe(
      '//iam.googleapis.com/projects/p0/serviceAccounts/1-compute@developer.gserviceaccount.com',
    )
  })

  it('parses metadata switches', () => {
    expect(['TRUE', 'true', '1', 'FALSE', '0', 'n', 'maybe', undefined].map((v) => metadataBool(v))).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
      null,
      null,
    ])
    expect(metadataOf(undefined)).toEqual({ keys: [], settings: {}, enableOsLogin: null, serialPortEnable: null, sshKeyCount: 0 })
    expect(
      metadataOf({
        items: [
          { key: 'sshKeys', value: 'a:ssh-rsa AAA a\n\n' },
          { key: 'ssh-keys', value: 'b:ssh-rsa BBB b' },
        ],
      }).sshKeyCount,
    ).toBe(2)
  })
})
