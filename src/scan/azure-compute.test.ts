/**
 * The Azure network, compute and AKS modules end to end: the real @azure/arm-network, @azure/arm-compute and
 * @azure/arm-containerservice clients against the HTTPS fixture server (REST bodies in test/fixtures/azure/compute),
 * then the group's checks over what was collected.
 */
import { readFileSync } from 'node:fs'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import {
  azureError,
  azureForbidden,
  azureList,
  azurePages,
  startFixtureServer,
  tooManyRequests,
  type FixtureServer,
} from '../../test/support/cloud-fixture-server.js'
import { collectAzureFixture, evaluateCollection, OTHER_SUBSCRIPTION, subscriptionsRoute, TEST_SUBSCRIPTION, verdictLines } from './cloud-testing.js'
import { AZURE_COMPUTE_MODULES } from './azure-modules-compute.js'
import { loadChecks } from '../checks/registry.js'
import type { Resource } from '../core/resource.js'
import type { CloudCollection } from './collection.js'
import { AZURE_COMPUTE_TYPES as T } from '../normalize/azure/types-compute.js'

/** A third subscription with a virtual network and a working Network Watcher in the same region. */
const THIRD_SUBSCRIPTION = '00000000-0000-0000-0000-000000000003'

/** The check ids of this group (the verdicts below are asserted for exactly these). */
const CHECK_IDS = [
  'azure-network-nsg-no-rdp-from-internet',
  'azure-network-nsg-no-ssh-from-internet',
  'azure-network-nsg-no-all-ports-from-internet',
  'azure-network-nsg-no-udp-from-internet',
  'azure-network-nsg-no-http-from-internet',
  'azure-network-vnet-subnets-have-nsg',
  'azure-network-watcher-enabled',
  'azure-compute-vm-managed-disks',
  'azure-compute-vm-encryption-at-host',
  'azure-compute-vm-no-public-ip',
  'azure-compute-vm-nic-has-nsg',
  'azure-compute-vm-trusted-launch',
  'azure-compute-vm-monitoring-agent',
  'azure-compute-disk-cmk-encryption',
  'azure-compute-disk-no-public-network-access',
  'azure-aks-cluster-rbac-enabled',
  'azure-aks-cluster-private-api-server',
  'azure-aks-cluster-network-policy',
  'azure-aks-cluster-local-accounts-disabled',
]

/** Items of a fixture file ({ value: [...] }, as ARM list calls answer). */
function items(file: string): unknown[] {
  const url = new URL(`../../test/fixtures/azure/compute/${file}`, import.meta.url)
  return (JSON.parse(readFileSync(url, 'utf8')) as { value: unknown[] }).value
}

const sub = (s: string, provider: string) => `/subscriptions/${s}/providers/${provider}`
const NSGS = sub(TEST_SUBSCRIPTION, 'Microsoft.Network/networkSecurityGroups')
const VMS = sub(TEST_SUBSCRIPTION, 'Microsoft.Compute/virtualMachines')
const VNETS = sub(TEST_SUBSCRIPTION, 'Microsoft.Network/virtualNetworks')
const DISKS = sub(TEST_SUBSCRIPTION, 'Microsoft.Compute/disks')
const extensions = (rg: string, vm: string) =>
  `/subscriptions/${TEST_SUBSCRIPTION}/resourceGroups/${rg}/providers/Microsoft.Compute/virtualMachines/${vm}/extensions`

/** Routes for the three subscriptions: the test one (paged, throttled twice), the forbidden one, and the third. */
function routeAll(server: FixtureServer): void {
  subscriptionsRoute(server, [TEST_SUBSCRIPTION, OTHER_SUBSCRIPTION, THIRD_SUBSCRIPTION])
  const [n1, ...n2] = items('network-security-groups.json')
  const [v1, ...v2] = items('virtual-machines.json')
  server.route(
    ...azurePages(NSGS, [[n1], n2]),
    ...azurePages(VMS, [[v1], v2]),
    { path: VNETS, reply: [tooManyRequests('azure', 0), { body: { value: items('virtual-networks.json') } }] },
    azureList(sub(TEST_SUBSCRIPTION, 'Microsoft.Network/networkInterfaces'), items('network-interfaces.json')),
    azureList(sub(TEST_SUBSCRIPTION, 'Microsoft.Network/publicIPAddresses'), items('public-ip-addresses.json')),
    azureList(sub(TEST_SUBSCRIPTION, 'Microsoft.Network/networkWatchers'), items('network-watchers.json')),
    { path: DISKS, reply: [tooManyRequests('azure', 0), { body: { value: items('disks.json') } }] },
    azureList(sub(TEST_SUBSCRIPTION, 'Microsoft.ContainerService/managedClusters'), items('managed-clusters.json')),
    azureList(extensions('rg-web', 'vm-web'), items('vm-web-extensions.json')),
    azureList(extensions('rg-data', 'vm-batch'), items('vm-batch-extensions.json')),
    {
      path: extensions('rg-data', 'vm-db'),
      reply: azureError(
        403,
        'AuthorizationFailed',
        `The client 'posture-test' does not have authorization to perform action 'Microsoft.Compute/virtualMachines/extensions/read' over scope '${extensions('rg-data', 'vm-db')}'.`,
      ),
    },
    {
      path: new RegExp(`^/subscriptions/${OTHER_SUBSCRIPTION}/`),
      reply: azureForbidden(OTHER_SUBSCRIPTION, 'Microsoft.Network/networkSecurityGroups/read'),
    },
    { path: new RegExp(`^/subscriptions/${THIRD_SUBSCRIPTION}/providers/`), reply: { body: { value: [] } } },
    azureList(sub(THIRD_SUBSCRIPTION, 'Microsoft.Network/virtualNetworks'), items('sub3-virtual-networks.json')),
    azureList(sub(THIRD_SUBSCRIPTION, 'Microsoft.Network/networkWatchers'), items('sub3-network-watchers.json')),
  )
}

function one(c: CloudCollection, type: string, name: string): Resource<Record<string, unknown>> {
  const found = c.resources.filter((r) => r.type === type && r.name === name)
  expect(found, `${type} ${name}`).toHaveLength(1)
  return found[0] as Resource<Record<string, unknown>>
}

const id = (rg: string, type: string, name: string, s = TEST_SUBSCRIPTION) =>
  `/subscriptions/${s}/resourcegroups/${rg}/providers/${type}/${name}`.toLowerCase()

describe('Azure network, compute and AKS modules against the fixture server', () => {
  let server: FixtureServer
  let c: CloudCollection
  beforeAll(async () => {
    server = await startFixtureServer()
  })
  afterAll(() => server.close())
  beforeEach(async () => {
    server.reset()
    routeAll(server)
    c = await collectAzureFixture(server, AZURE_COMPUTE_MODULES)
  })
  afterEach(() => {
    expect(server.unmatched).toEqual([])
  })

  it('collects every resource with its uid, following nextLink and retrying a 429', () => {
    const names = (type: string, s = TEST_SUBSCRIPTION) =>
      c.resources
        .filter((r) => r.type === type && r.account === s)
        .map((r) => r.name)
        .sort()
    expect(names(T.nsg)).toEqual(['nsg-data', 'nsg-open', 'nsg-web'])
    expect(names(T.vm)).toEqual(['vm-batch', 'vm-db', 'vm-web'])
    expect(names(T.nic)).toEqual(['nic-batch', 'nic-db', 'nic-web'])
    expect(names(T.publicIp)).toEqual(['pip-spare', 'pip-web'])
    expect(names(T.virtualNetwork)).toEqual(['vnet-data', 'vnet-web'])
    expect(names(T.networkWatcher)).toEqual(['NetworkWatcher_eastus'])
    expect(names(T.disk)).toEqual(['disk-orphan', 'vm-batch_OsDisk_1', 'vm-web-data', 'vm-web_OsDisk_1'])
    expect(names(T.aksCluster)).toEqual(['aks-dev', 'aks-prod'])
    expect(names(T.virtualNetwork, THIRD_SUBSCRIPTION)).toEqual(['vnet-hub'])
    expect(server.requests.filter((r) => r.path === NSGS)).toHaveLength(2)
    expect(server.requests.filter((r) => r.path === VMS)).toHaveLength(2)
    // One 429 (Retry-After: 0) each on a classic (arm-network) and a modular (arm-compute) client, retried transparently.
    expect(server.requests.filter((r) => r.path === VNETS)).toHaveLength(2)
    expect(server.requests.filter((r) => r.path === DISKS)).toHaveLength(2)
    expect(server.unmatched).toEqual([])
  })

  it('normalizes NSG rules (singular and plural fields merged, defaults kept)', () => {
    const nsg = one(c, T.nsg, 'nsg-web')
    expect(nsg.uid).toBe(id('rg-web', 'microsoft.network/networksecuritygroups', 'nsg-web'))
    expect(nsg.region).toBe('eastus')
    expect(nsg.attributes.subnetIds).toEqual([
      `/subscriptions/${TEST_SUBSCRIPTION}/resourceGroups/RG-WEB/providers/Microsoft.Network/virtualNetworks/vnet-web/subnets/web`,
    ])
    expect(nsg.attributes.securityRules).toContainEqual({
      name: 'AllowWeb',
      priority: 310,
      direction: 'Inbound',
      access: 'Allow',
      protocol: 'Tcp',
      sourceAddressPrefixes: ['0.0.0.0/0', '::/0'],
      sourceApplicationSecurityGroupIds: [],
      destinationAddressPrefixes: ['*'],
      destinationApplicationSecurityGroupIds: [],
      destinationPortRanges: ['80', '443'],
      isDefault: false,
    })
    expect((nsg.attributes.defaultSecurityRules as { name: string }[]).map((r) => r.name)).toEqual([
      'AllowVnetInBound',
      'AllowAzureLoadBalancerInBound',
      'DenyAllInBound',
      'AllowVnetOutBound',
      'AllowInternetOutBound',
      'DenyAllOutBound',
    ])
  })

  it('relates VM → NIC → NSG / subnet / public IP and VM → disks, with uids folded to lower case', () => {
    const vm = one(c, T.vm, 'vm-web')
    expect(vm.uid).toBe(id('rg-web', 'microsoft.compute/virtualmachines', 'vm-web'))
    expect(vm.relations).toEqual([
      { kind: 'uses-nic', target: id('rg-web', 'microsoft.network/networkinterfaces', 'nic-web') },
      { kind: 'uses-disk', target: id('rg-web', 'microsoft.compute/disks', 'vm-web_osdisk_1') },
      { kind: 'uses-disk', target: id('rg-web', 'microsoft.compute/disks', 'vm-web-data') },
    ])
    expect(vm.attributes).toMatchObject({
      vmSize: 'Standard_D2s_v5',
      osType: 'Linux',
      encryptionAtHost: true,
      securityType: 'TrustedLaunch',
      secureBootEnabled: true,
      vTpmEnabled: true,
      identityType: 'SystemAssigned',
      osDisk: { name: 'vm-web_OsDisk_1', managed: true, vhdUri: null },
    })
    expect((vm.attributes.extensions as { type: string }[]).map((e) => e.type)).toEqual(['AzureMonitorLinuxAgent', 'VMAccessForLinux'])
    for (const r of vm.relations) expect(c.resources.some((x) => x.uid === r.target)).toBe(true)

    const db = one(c, T.vm, 'vm-db')
    expect(db.attributes).toMatchObject({
      osType: 'Windows',
      encryptionAtHost: false,
      securityType: 'Standard',
      osDisk: { name: 'vm-db-os', managed: false, managedDiskId: null, vhdUri: 'https://stlegacyvhds.blob.core.windows.net/vhds/vm-db-os.vhd' },
    })
    expect(db.relations).toEqual([{ kind: 'uses-nic', target: id('rg-data', 'microsoft.network/networkinterfaces', 'nic-db') }])

    const nic = one(c, T.nic, 'nic-web')
    const vnetWeb = id('rg-web', 'microsoft.network/virtualnetworks', 'vnet-web')
    expect(nic.relations).toEqual([
      { kind: 'in-subnet', target: `${vnetWeb}/subnets/web` },
      { kind: 'in-virtual-network', target: vnetWeb },
      { kind: 'has-public-ip', target: id('rg-web', 'microsoft.network/publicipaddresses', 'pip-web') },
      { kind: 'attached-to', target: vm.uid },
    ])
    expect(one(c, T.nic, 'nic-batch').relations[0]).toEqual({
      kind: 'protected-by',
      target: id('rg-data', 'microsoft.network/networksecuritygroups', 'nsg-data'),
    })
    expect(one(c, T.publicIp, 'pip-web').attributes).toMatchObject({ ipAddress: '20.81.110.5', allocationMethod: 'Static', skuName: 'Standard' })
    expect(one(c, T.virtualNetwork, 'vnet-data').attributes.subnets).toMatchObject([
      {
        name: 'data',
        networkSecurityGroupId: `/subscriptions/${TEST_SUBSCRIPTION}/resourceGroups/RG-DATA/providers/Microsoft.Network/networkSecurityGroups/nsg-data`,
      },
      { name: 'jobs', networkSecurityGroupId: null, addressPrefixes: ['10.2.2.0/24'] },
    ])
  })

  it('normalizes disks, watchers and AKS clusters', () => {
    expect(one(c, T.disk, 'vm-web_OsDisk_1').relations).toEqual([
      { kind: 'attached-to', target: id('rg-web', 'microsoft.compute/virtualmachines', 'vm-web') },
      { kind: 'encrypted-by', target: id('rg-keys', 'microsoft.compute/diskencryptionsets', 'des-prod') },
    ])
    expect(one(c, T.disk, 'disk-orphan').attributes).toMatchObject({
      diskState: 'Unattached',
      encryptionType: 'EncryptionAtRestWithPlatformAndCustomerKeys',
      networkAccessPolicy: 'AllowPrivate',
      publicNetworkAccess: 'Enabled',
      managedBy: null,
      sizeGb: 64,
      skuName: 'Premium_LRS',
    })
    expect(one(c, T.networkWatcher, 'NetworkWatcher_eastus')).toMatchObject({ region: 'eastus', attributes: { provisioningState: 'Succeeded' } })
    expect(one(c, T.aksCluster, 'aks-prod').attributes).toEqual({
      resourceGroup: 'rg-web',
      kubernetesVersion: '1.31.2',
      provisioningState: 'Succeeded',
      enableRbac: true,
      aad: { managed: true, enableAzureRbac: true, adminGroupObjectIds: ['6b1a3b0e-0000-4000-8000-000000000001'] },
      disableLocalAccounts: true,
      privateCluster: true,
      authorizedIpRanges: [],
      publicNetworkAccess: 'Enabled',
      networkPlugin: 'azure',
      networkPolicy: 'cilium',
    })
    expect(one(c, T.aksCluster, 'aks-dev').attributes).toMatchObject({ enableRbac: false, aad: null, privateCluster: false, networkPolicy: null })
  })

  it('a 403 on one VM’s extensions leaves only that attribute Unknown; the forbidden subscription yields errors per list', () => {
    expect(one(c, T.vm, 'vm-db').attributes.extensions).toEqual({
      $unknown: expect.stringMatching(/^compute:virtualMachineExtensions\.list: AuthorizationFailed/) as unknown,
    })
    const errors = c.errors.map(
      (e) =>
        `${e.account === OTHER_SUBSCRIPTION ? 'other' : 'test'} ${e.service} ${e.api} ${e.resourceTypes.join(',')}${e.resource ? ` ${e.resource}` : ''}`,
    )
    expect(errors.sort()).toEqual([
      'other aks managedClusters.list azure.aks.cluster',
      'other compute disks.list azure.compute.disk',
      'other compute virtualMachines.listAll azure.compute.vm',
      'other network networkInterfaces.listAll azure.network.nic',
      'other network networkSecurityGroups.listAll azure.network.nsg',
      'other network networkWatchers.listAll azure.network.watcher',
      'other network publicIPAddresses.listAll azure.network.public-ip',
      'other network virtualNetworks.listAll azure.network.virtual-network',
      `test compute virtualMachineExtensions.list  ${id('rg-data', 'microsoft.compute/virtualmachines', 'vm-db')}`,
    ])
    // The classic client (arm-network) keeps only the code of a failed page; the modular ones keep the message too.
    for (const e of c.errors.filter((x) => x.account === OTHER_SUBSCRIPTION))
      expect(e.reason).toMatch(/^AuthorizationFailed( \(HTTP 403\)|: The client)/)
    expect(c.resources.filter((r) => r.account === OTHER_SUBSCRIPTION).map((r) => r.type)).toEqual(['azure.subscription'])
  })

  it('decides every check of the group exactly; ERROR where data is missing, never PASS', async () => {
    const checks = (await loadChecks()).filter((k) => CHECK_IDS.includes(k.id))
    expect(checks.map((k) => k.id).sort()).toEqual([...CHECK_IDS].sort())
    const findings = await evaluateCollection(c, checks)
    const all = (type: string) => `all ${type} in global`
    expect(verdictLines(findings)).toEqual(
      [
        'azure-aks-cluster-local-accounts-disabled aks-dev fail',
        'azure-aks-cluster-local-accounts-disabled aks-prod pass',
        `azure-aks-cluster-local-accounts-disabled ${all(T.aksCluster)} error`,
        'azure-aks-cluster-network-policy aks-dev fail',
        'azure-aks-cluster-network-policy aks-prod pass',
        `azure-aks-cluster-network-policy ${all(T.aksCluster)} error`,
        'azure-aks-cluster-private-api-server aks-dev fail',
        'azure-aks-cluster-private-api-server aks-prod pass',
        `azure-aks-cluster-private-api-server ${all(T.aksCluster)} error`,
        'azure-aks-cluster-rbac-enabled aks-dev fail',
        'azure-aks-cluster-rbac-enabled aks-prod pass',
        `azure-aks-cluster-rbac-enabled ${all(T.aksCluster)} error`,
        'azure-compute-disk-cmk-encryption disk-orphan pass',
        'azure-compute-disk-cmk-encryption vm-batch_OsDisk_1 fail',
        'azure-compute-disk-cmk-encryption vm-web-data fail',
        'azure-compute-disk-cmk-encryption vm-web_OsDisk_1 pass',
        `azure-compute-disk-cmk-encryption ${all(T.disk)} error`,
        'azure-compute-disk-no-public-network-access disk-orphan pass',
        'azure-compute-disk-no-public-network-access vm-batch_OsDisk_1 pass',
        'azure-compute-disk-no-public-network-access vm-web-data fail',
        'azure-compute-disk-no-public-network-access vm-web_OsDisk_1 pass',
        `azure-compute-disk-no-public-network-access ${all(T.disk)} error`,
        ...vmLines('azure-compute-vm-encryption-at-host', { 'vm-batch': 'fail', 'vm-db': 'fail', 'vm-web': 'pass' }),
        ...vmLines('azure-compute-vm-managed-disks', { 'vm-batch': 'pass', 'vm-db': 'fail', 'vm-web': 'pass' }),
        ...vmLines('azure-compute-vm-monitoring-agent', { 'vm-batch': 'fail', 'vm-db': 'error', 'vm-web': 'pass' }),
        ...vmLines('azure-compute-vm-nic-has-nsg', { 'vm-batch': 'pass', 'vm-db': 'fail', 'vm-web': 'pass' }),
        ...vmLines('azure-compute-vm-no-public-ip', { 'vm-batch': 'pass', 'vm-db': 'pass', 'vm-web': 'fail' }),
        ...vmLines('azure-compute-vm-trusted-launch', { 'vm-batch': 'fail', 'vm-db': 'fail', 'vm-web': 'pass' }),
        ...nsgLines('azure-network-nsg-no-all-ports-from-internet', { 'nsg-data': 'pass', 'nsg-open': 'fail', 'nsg-web': 'pass' }),
        ...nsgLines('azure-network-nsg-no-http-from-internet', { 'nsg-data': 'pass', 'nsg-open': 'fail', 'nsg-web': 'fail' }),
        ...nsgLines('azure-network-nsg-no-rdp-from-internet', { 'nsg-data': 'pass', 'nsg-open': 'fail', 'nsg-web': 'pass' }),
        ...nsgLines('azure-network-nsg-no-ssh-from-internet', { 'nsg-data': 'pass', 'nsg-open': 'fail', 'nsg-web': 'fail' }),
        ...nsgLines('azure-network-nsg-no-udp-from-internet', { 'nsg-data': 'pass', 'nsg-open': 'fail', 'nsg-web': 'pass' }),
        'azure-network-vnet-subnets-have-nsg vnet-data fail',
        'azure-network-vnet-subnets-have-nsg vnet-hub pass',
        'azure-network-vnet-subnets-have-nsg vnet-web pass',
        `azure-network-vnet-subnets-have-nsg ${all(T.virtualNetwork)} error`,
        'azure-network-watcher-enabled Posture Test fail',
        'azure-network-watcher-enabled Posture Test 2 error',
        'azure-network-watcher-enabled Posture Test 3 pass',
      ].sort(),
    )
    // Nothing in the forbidden subscription passes.
    expect(findings.filter((f) => f.resource.account === OTHER_SUBSCRIPTION && f.status !== 'error')).toEqual([])
    const message = (checkId: string, name: string) => findings.find((f) => f.checkId === checkId && f.resource.name === name)?.message
    expect(message('azure-network-nsg-no-ssh-from-internet', 'nsg-web')).toBe(
      'NSG nsg-web admits SSH (TCP 22) from the internet through AllowSSH (priority 300: Tcp 22 from Internet).',
    )
    expect(message('azure-compute-vm-no-public-ip', 'vm-web')).toBe('VM vm-web has public IP address(es) pip-web (20.81.110.5) on nic-web.')
    expect(message('azure-network-watcher-enabled', 'Posture Test')).toBe(
      'Subscription Posture Test has virtual networks but no working Network Watcher in westeurope.',
    )
    expect(message('azure-compute-vm-monitoring-agent', 'vm-db')).toMatch(
      /^Could not be evaluated: data not collected: VM extensions \(compute:virtualMachineExtensions\.list: AuthorizationFailed/,
    )
  }, 60_000)
})

/** Expected lines of a VM check: one per VM of the test subscription, plus ERROR for the forbidden one. */
function vmLines(checkId: string, verdicts: Record<string, string>): string[] {
  return [...Object.entries(verdicts).map(([n, s]) => `${checkId} ${n} ${s}`), `${checkId} all ${T.vm} in global error`]
}

/** Expected lines of an NSG check. */
function nsgLines(checkId: string, verdicts: Record<string, string>): string[] {
  return [...Object.entries(verdicts).map(([n, s]) => `${checkId} ${n} ${s}`), `${checkId} all ${T.nsg} in global error`]
}
