/**
 * `posture scan azure` and `posture scan gcp` end to end through the real CLI, the real SDK clients and the real
 * store: a fixture estate on an HTTPS server (127.0.0.1, self-signed certificate via NODE_EXTRA_CA_CERTS) with one
 * readable and one forbidden subscription/project. Asserts the shared JSON contract (schema), specific findings,
 * errors instead of passes for the forbidden one, --fail-on, suppressions and the lifecycle of a re-scan.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PROJECT_ROOT } from '../../scripts/lib/moto.js'
import { runPosture } from '../support/cli.js'
import { azureError, azureForbidden, azureList, gcpForbidden, startFixtureServer, type FixtureServer } from '../support/cloud-fixture-server.js'

const SUB = '00000000-0000-0000-0000-0000000000a1'
const DENIED_SUB = '00000000-0000-0000-0000-0000000000a2'
const TENANT = '72f988bf-0000-0000-0000-000000000000'
const PROJECT = 'posture-e2e-project'
const DENIED_PROJECT = 'posture-e2e-denied'

interface ReportJson {
  scan: { provider: string; accounts: string[] }
  errors: { account: string; service: string; api: string; reason: string; resourceTypes: string[] }[]
  findings: { checkId: string; status: string; muted?: boolean; resource: { uid: string; name: string; account: string; provider: string } }[]
  summary: { resources: number; checks: number }
}

const rg = (sub: string, path: string) => `/subscriptions/${sub}/resourceGroups/rg-e2e/providers/${path}`

/** The Azure estate: a storage account open to the public, an NSG open to SSH, a compliant NSG; the rest empty. */
function azureRoutes(server: FixtureServer): void {
  // Anything not listed below answers as an empty list (readable subscription) or 403 (the denied one).
  server.route(
    { path: new RegExp(`^/subscriptions/${SUB}/`), reply: { body: { value: [] } } },
    { method: 'POST', path: new RegExp(`^/subscriptions/${SUB}/`), reply: { body: { value: [] } } },
    { path: new RegExp(`^/subscriptions/${DENIED_SUB}/`), reply: azureForbidden(DENIED_SUB) },
    { method: 'POST', path: new RegExp(`^/subscriptions/${DENIED_SUB}/`), reply: azureForbidden(DENIED_SUB) },
    azureList('/subscriptions', [
      { id: `/subscriptions/${SUB}`, subscriptionId: SUB, displayName: 'E2E', state: 'Enabled', tenantId: TENANT },
      { id: `/subscriptions/${DENIED_SUB}`, subscriptionId: DENIED_SUB, displayName: 'E2E denied', state: 'Enabled', tenantId: TENANT },
    ]),
    azureList(`/subscriptions/${SUB}/providers/Microsoft.Storage/storageAccounts`, [
      {
        id: rg(SUB, 'Microsoft.Storage/storageAccounts/ste2epublic'),
        name: 'ste2epublic',
        type: 'Microsoft.Storage/storageAccounts',
        location: 'westeurope',
        kind: 'StorageV2',
        sku: { name: 'Standard_LRS', tier: 'Standard' },
        properties: {
          supportsHttpsTrafficOnly: false,
          minimumTlsVersion: 'TLS1_0',
          allowBlobPublicAccess: true,
          allowSharedKeyAccess: true,
          publicNetworkAccess: 'Enabled',
          networkAcls: { bypass: 'AzureServices', defaultAction: 'Allow', ipRules: [], virtualNetworkRules: [] },
          encryption: { keySource: 'Microsoft.Storage', services: { blob: { enabled: true }, file: { enabled: true } } },
          provisioningState: 'Succeeded',
        },
      },
    ]),
    {
      path: rg(SUB, 'Microsoft.Storage/storageAccounts/ste2epublic/blobServices/default'),
      reply: { body: { id: rg(SUB, 'Microsoft.Storage/storageAccounts/ste2epublic/blobServices/default'), name: 'default', properties: {} } },
    },
    azureList(`/subscriptions/${SUB}/providers/Microsoft.Network/networkSecurityGroups`, [
      nsg('nsg-ssh-open', [rule('allow-ssh', 100, '22', 'Internet')]),
      nsg('nsg-restricted', [rule('allow-https-office', 100, '443', '203.0.113.0/24')]),
    ]),
  )
}

function nsg(name: string, securityRules: unknown[]) {
  return {
    id: rg(SUB, `Microsoft.Network/networkSecurityGroups/${name}`),
    name,
    location: 'westeurope',
    type: 'Microsoft.Network/networkSecurityGroups',
    properties: { securityRules },
  }
}

function rule(name: string, priority: number, port: string, source: string) {
  return {
    name,
    id: `${name}-id`,
    properties: {
      protocol: 'Tcp',
      sourcePortRange: '*',
      destinationPortRange: port,
      sourceAddressPrefix: source,
      destinationAddressPrefix: '*',
      access: 'Allow',
      priority,
      direction: 'Inbound',
    },
  }
}

/** The Google Cloud estate: a firewall open to SSH, a public bucket; the rest empty; the second project forbidden. */
function gcpRoutes(server: FixtureServer): void {
  server.route(
    { path: /./, reply: { body: {} } },
    { method: 'POST', path: /./, reply: { body: {} } },
    { path: new RegExp(`/${DENIED_PROJECT}(/|$|:)`), reply: gcpForbidden('resourcemanager.projects.get', DENIED_PROJECT) },
    { method: 'POST', path: new RegExp(`/${DENIED_PROJECT}(/|$|:)`), reply: gcpForbidden('resourcemanager.projects.getIamPolicy', DENIED_PROJECT) },
    {
      path: '/v3/projects:search',
      reply: {
        body: {
          projects: [
            { name: 'projects/111111111111', projectId: PROJECT, displayName: 'E2E', parent: 'organizations/5', state: 'ACTIVE' },
            { name: 'projects/222222222222', projectId: DENIED_PROJECT, displayName: 'E2E denied', parent: 'organizations/5', state: 'ACTIVE' },
          ],
        },
      },
    },
    {
      path: `/compute/v1/projects/${PROJECT}/global/firewalls`,
      reply: {
        body: {
          items: [
            {
              id: '1',
              name: 'allow-ssh-world',
              network: `https://www.googleapis.com/compute/v1/projects/${PROJECT}/global/networks/prod`,
              direction: 'INGRESS',
              priority: 1000,
              sourceRanges: ['0.0.0.0/0'],
              allowed: [{ IPProtocol: 'tcp', ports: ['22'] }],
              disabled: false,
            },
            {
              id: '2',
              name: 'allow-https-lb',
              network: `https://www.googleapis.com/compute/v1/projects/${PROJECT}/global/networks/prod`,
              direction: 'INGRESS',
              priority: 1000,
              sourceRanges: ['130.211.0.0/22'],
              allowed: [{ IPProtocol: 'tcp', ports: ['443'] }],
              disabled: false,
            },
          ],
        },
      },
    },
    { path: '/storage/v1/b', query: { project: DENIED_PROJECT }, reply: gcpForbidden('storage.buckets.list', DENIED_PROJECT) },
    {
      path: '/storage/v1/b',
      query: { project: PROJECT },
      reply: {
        body: {
          items: [
            {
              kind: 'storage#bucket',
              id: 'e2e-public-assets',
              name: 'e2e-public-assets',
              projectNumber: '111111111111',
              location: 'EU',
              locationType: 'multi-region',
              storageClass: 'STANDARD',
              timeCreated: '2025-01-10T10:00:00.000Z',
              iamConfiguration: { uniformBucketLevelAccess: { enabled: true }, publicAccessPrevention: 'inherited' },
            },
          ],
        },
      },
    },
    {
      path: '/storage/v1/b/e2e-public-assets/iam',
      reply: { body: { kind: 'storage#policy', version: 1, bindings: [{ role: 'roles/storage.objectViewer', members: ['allUsers'] }] } },
    },
  )
}

describe('posture scan azure / gcp end to end', () => {
  let server: FixtureServer
  let dir: string
  let ajvValidate: (data: unknown) => boolean
  let schemaErrors: () => unknown
  beforeAll(async () => {
    server = await startFixtureServer()
    // Google's catch-all matches every path, so it goes first: later routes win.
    gcpRoutes(server)
    azureRoutes(server)
    dir = mkdtempSync(join(tmpdir(), 'posture-cloud-e2e-'))
    const ajv = new Ajv2020({ allErrors: true, strict: false })
    addFormats.default(ajv)
    const validate = ajv.compile(JSON.parse(readFileSync(join(PROJECT_ROOT, 'schema', 'report.schema.json'), 'utf8')) as object)
    ajvValidate = (d) => validate(d)
    schemaErrors = () => validate.errors ?? []
  })
  afterAll(() => server.close())

  const env = (): NodeJS.ProcessEnv => ({
    POSTURE_HOME: join(dir, 'home'),
    AZURE_TENANT_ID: TENANT,
    AZURE_CLIENT_ID: '11111111-2222-3333-4444-555555555555',
    AZURE_CLIENT_SECRET: 'e2e-secret',
    AZURE_AUTHORITY_HOST: server.url,
    GOOGLE_OAUTH_ACCESS_TOKEN: 'e2e-token',
  })
  const db = () => join(dir, 'posture.db')
  const lines = (r: ReportJson, account: string) =>
    r.findings.filter((f) => f.resource.account === account && f.status !== 'pass').map((f) => `${f.checkId} ${f.resource.name} ${f.status}`)

  it('azure: findings in the shared JSON contract, the forbidden subscription as errors, --fail-on, suppressions, re-scan', async () => {
    writeFileSync(
      join(dir, 'azure.yaml'),
      [
        'suppressions:',
        '  - checks: [azure-storage-account-min-tls-12]',
        "    resources: ['*ste2epublic']",
        '    reason: Legacy client pinned to TLS 1.0 until the March migration',
        '    owner: platform@example.com',
        '    expires: 2099-01-01',
        '',
      ].join('\n'),
    )
    const args = ['scan', 'azure', '--endpoint', server.url, '--database', db(), '--config', join(dir, 'azure.yaml'), '--format', 'json', '--quiet']
    const first = await runPosture([...args, '--fail-on', 'high'], env())
    expect(first.stderr).toBe('')
    expect(first.code).toBe(1)
    const report = JSON.parse(first.stdout) as ReportJson
    expect(ajvValidate(report), JSON.stringify(schemaErrors())).toBe(true)
    expect(report.scan.provider).toBe('azure')
    expect(report.scan.accounts).toEqual([SUB, DENIED_SUB])
    const ok = lines(report, SUB)
    for (const l of [
      'azure-storage-account-https-only ste2epublic fail',
      'azure-storage-account-no-public-blob-access ste2epublic fail',
      'azure-storage-account-network-default-deny ste2epublic fail',
      'azure-network-nsg-no-ssh-from-internet nsg-ssh-open fail',
    ])
      expect(ok).toContain(l)
    expect(report.findings.find((f) => f.checkId === 'azure-network-nsg-no-ssh-from-internet' && f.resource.name === 'nsg-restricted')?.status).toBe(
      'pass',
    )
    const muted = report.findings.find((f) => f.checkId === 'azure-storage-account-min-tls-12' && f.resource.account === SUB)
    expect(muted).toMatchObject({ status: 'fail', muted: { owner: 'platform@example.com' } })
    expect(muted?.resource.uid).toBe(rg(SUB, 'Microsoft.Storage/storageAccounts/ste2epublic').toLowerCase())
    // The denied subscription: every service recorded under errors, error findings only, never a pass.
    const denied = report.findings.filter((f) => f.resource.account === DENIED_SUB)
    expect(denied.length).toBeGreaterThan(50)
    expect(new Set(denied.map((f) => f.status))).toEqual(new Set(['error']))
    const deniedErrors = report.errors.filter((e) => e.account === DENIED_SUB)
    expect(new Set(deniedErrors.map((e) => e.service)).size).toBeGreaterThanOrEqual(10)
    for (const e of deniedErrors) expect(e.reason).toMatch(/AuthorizationFailed/)
    expect(report.errors.filter((e) => e.account === SUB)).toEqual([])
    expect(
      server.requests.every((r) => !r.path.startsWith('/subscriptions') || r.headers.authorization === 'Bearer fixture-azure-access-token'),
    ).toBe(true)

    // Unchanged re-scan: nothing new, table footer says so.
    const again = await runPosture(
      ['scan', 'azure', '--endpoint', server.url, '--database', db(), '--config', join(dir, 'azure.yaml'), '--quiet', '--no-color'],
      env(),
    )
    expect(again.code).toBe(0)
    expect(again.stdout).toMatch(/Since the previous scan: 0 new, 0 resolved, 0 reopened\./)
  })

  it('gcp: findings in the shared JSON contract and the forbidden project as errors', async () => {
    const run = await runPosture(['scan', 'gcp', '--endpoint', server.url, '--database', db(), '--format', 'json', '--quiet'], env())
    expect(run.stderr).not.toMatch(/internal error/)
    expect(run.code).toBe(0)
    const report = JSON.parse(run.stdout) as ReportJson
    expect(ajvValidate(report), JSON.stringify(schemaErrors())).toBe(true)
    expect(report.scan.provider).toBe('gcp')
    expect(report.scan.accounts).toEqual([PROJECT, DENIED_PROJECT])
    const ok = lines(report, PROJECT)
    for (const l of [
      'gcp-compute-firewall-no-ssh-from-internet allow-ssh-world fail',
      'gcp-storage-bucket-not-public e2e-public-assets fail',
      'gcp-storage-bucket-public-access-prevention e2e-public-assets fail',
    ])
      expect(ok).toContain(l)
    expect(
      report.findings.find((f) => f.checkId === 'gcp-compute-firewall-no-ssh-from-internet' && f.resource.name === 'allow-https-lb')?.status,
    ).toBe('pass')
    expect(report.findings.find((f) => f.checkId === 'gcp-storage-bucket-not-public')?.resource.uid).toBe(
      '//storage.googleapis.com/projects/_/buckets/e2e-public-assets',
    )
    const denied = report.findings.filter((f) => f.resource.account === DENIED_PROJECT)
    expect(denied.length).toBeGreaterThan(30)
    expect(denied.filter((f) => f.status !== 'error').map((f) => `${f.checkId} ${f.resource.uid} ${f.status}`)).toEqual([])
    expect(new Set(denied.map((f) => f.status))).toEqual(new Set(['error']))
    const deniedErrors = report.errors.filter((e) => e.account === DENIED_PROJECT)
    expect(new Set(deniedErrors.map((e) => e.service)).size).toBeGreaterThanOrEqual(8)
    for (const e of deniedErrors) expect(e.reason).toMatch(/PERMISSION_DENIED|IAM_PERMISSION_DENIED/)
  })

  it('history holds both clouds in one store, each with its own scope', async () => {
    const run = await runPosture(['scans', 'list', '--database', db(), '--format', 'json'], env())
    expect(run.code).toBe(0)
    const scans = JSON.parse(run.stdout) as { provider: string; target: string; status: string }[]
    expect(scans.map((s) => `${s.provider} ${s.target} ${s.status}`).sort()).toEqual([
      'azure azure:default partial',
      'azure azure:default partial',
      'gcp gcp:default partial',
    ])
  })

  it('a malformed answer from one API is an error for that service, not a crash', async () => {
    server.route({
      path: `/subscriptions/${SUB}/providers/Microsoft.Network/networkSecurityGroups`,
      reply: azureError(500, 'InternalServerError', 'Something went wrong'),
    })
    const run = await runPosture(
      ['scan', 'azure', '--endpoint', server.url, '--no-store', '--format', 'json', '--quiet', '--subscriptions', SUB, '--checks', 'azure-network-*'],
      env(),
    )
    expect(run.code).toBe(0)
    const report = JSON.parse(run.stdout) as ReportJson
    expect(report.errors.map((e) => `${e.service} ${e.api}`)).toContain('network networkSecurityGroups.listAll')
    expect(report.findings.filter((f) => f.checkId === 'azure-network-nsg-no-ssh-from-internet').map((f) => f.status)).toEqual(['error'])
  })
})
