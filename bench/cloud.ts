/**
 * Azure and Google Cloud collection + evaluation against the HTTPS fixture server: many subscriptions or projects,
 * paged lists, per-resource detail calls, every module and every check of the provider, through the real SDK clients.
 * Measures wall and CPU time and peak RSS of the whole scan (sign-in, discovery, collection, evaluation).
 */
import { ensureTestTls } from '../test/support/tls.js'
import { azurePages, gcpPages, startFixtureServer, type FixtureRoute, type FixtureServer } from '../test/support/cloud-fixture-server.js'
import { collectAzureFixture, collectGcpFixture, evaluateCollection } from '../src/scan/cloud-testing.js'

/** Accounts scanned and resources per listed type in each. */
const PLAN = { accounts: 10, perType: 200, pageSize: 100 }

/** The cases, each measured in its own process. */
export const CLOUD_CASES = ['azure', 'gcp'] as const
export type CloudCase = (typeof CLOUD_CASES)[number]

/** What one case measured. */
export interface CloudFigures {
  accounts: number
  resources: number
  findings: number
  errors: number
  apiCalls: number
  requests: number
  wallMs: number
  cpuMs: number
  peakRssMiB: number
}

const chunks = <T>(items: T[], n: number): T[][] => Array.from({ length: Math.ceil(items.length / n) }, (_, i) => items.slice(i * n, (i + 1) * n))
const range = (n: number) => Array.from({ length: n }, (_, i) => i)

function azureEstate(server: FixtureServer): void {
  const subs = range(PLAN.accounts).map((i) => `00000000-0000-0000-0000-${String(i + 1).padStart(12, '0')}`)
  const routes: FixtureRoute[] = [
    // Everything not seeded answers as an empty list (detail calls included).
    { path: /^\/subscriptions\/.+/, reply: { body: { value: [] } } },
    { method: 'POST', path: /^\/subscriptions\/.+/, reply: { body: { value: [] } } },
    {
      path: '/subscriptions',
      reply: {
        body: { value: subs.map((s) => ({ id: `/subscriptions/${s}`, subscriptionId: s, displayName: s, state: 'Enabled', tenantId: 't' })) },
      },
    },
  ]
  for (const sub of subs) {
    const rg = `/subscriptions/${sub}/resourceGroups/rg-bench/providers`
    const accounts = range(PLAN.perType).map((i) => ({
      id: `${rg}/Microsoft.Storage/storageAccounts/st${i}`,
      name: `st${i}`,
      location: i % 2 ? 'westeurope' : 'eastus',
      properties: {
        supportsHttpsTrafficOnly: i % 3 !== 0,
        minimumTlsVersion: 'TLS1_2',
        allowBlobPublicAccess: i % 7 === 0,
        networkAcls: { defaultAction: 'Allow', bypass: 'AzureServices' },
      },
    }))
    const nsgs = range(PLAN.perType).map((i) => ({
      id: `${rg}/Microsoft.Network/networkSecurityGroups/nsg${i}`,
      name: `nsg${i}`,
      location: 'westeurope',
      properties: {
        securityRules: [
          {
            name: 'ssh',
            properties: {
              protocol: 'Tcp',
              sourcePortRange: '*',
              destinationPortRange: '22',
              sourceAddressPrefix: i % 4 ? '10.0.0.0/8' : 'Internet',
              destinationAddressPrefix: '*',
              access: 'Allow',
              priority: 100,
              direction: 'Inbound',
            },
          },
        ],
      },
    }))
    routes.push(...azurePages(`/subscriptions/${sub}/providers/Microsoft.Storage/storageAccounts`, chunks(accounts, PLAN.pageSize)))
    routes.push(...azurePages(`/subscriptions/${sub}/providers/Microsoft.Network/networkSecurityGroups`, chunks(nsgs, PLAN.pageSize)))
  }
  server.route(...routes)
}

function gcpEstate(server: FixtureServer): void {
  const projects = range(PLAN.accounts).map((i) => `bench-project-${i + 1}`)
  const routes: FixtureRoute[] = [
    { path: /./, reply: { body: {} } },
    { method: 'POST', path: /./, reply: { body: {} } },
    {
      path: '/v3/projects:search',
      reply: {
        body: {
          projects: projects.map((p, i) => ({
            name: `projects/${1000 + i}`,
            projectId: p,
            displayName: p,
            parent: 'organizations/1',
            state: 'ACTIVE',
          })),
        },
      },
    },
  ]
  for (const p of projects) {
    const fws = range(PLAN.perType).map((i) => ({
      id: String(i),
      name: `fw${i}`,
      network: `projects/${p}/global/networks/prod`,
      direction: 'INGRESS',
      priority: 1000,
      sourceRanges: [i % 4 ? '10.0.0.0/8' : '0.0.0.0/0'],
      allowed: [{ IPProtocol: 'tcp', ports: ['22'] }],
    }))
    const buckets = range(PLAN.perType).map((i) => ({
      name: `${p}-b${i}`,
      location: 'EU',
      iamConfiguration: { uniformBucketLevelAccess: { enabled: i % 2 === 0 } },
    }))
    routes.push(...gcpPages(`/compute/v1/projects/${p}/global/firewalls`, 'items', chunks(fws, PLAN.pageSize)))
    for (const [i, page] of chunks(buckets, PLAN.pageSize).entries()) {
      routes.push({
        path: '/storage/v1/b',
        query: { project: p, ...(i > 0 ? { pageToken: `p${i + 1}` } : {}) },
        reply: { body: { items: page, ...(i + 1 < buckets.length / PLAN.pageSize ? { nextPageToken: `p${i + 2}` } : {}) } },
      })
    }
  }
  server.route(...routes)
}

/** Runs one case in this process (NODE_EXTRA_CA_CERTS must name the fixture certificate). */
export async function phaseCloud(which: CloudCase): Promise<CloudFigures> {
  const server = await startFixtureServer()
  try {
    if (which === 'azure') azureEstate(server)
    else gcpEstate(server)
    const cpu0 = process.cpuUsage()
    const t0 = Date.now()
    const collection = which === 'azure' ? await collectAzureFixture(server) : await collectGcpFixture(server)
    const findings = await evaluateCollection(collection)
    const wallMs = Date.now() - t0
    const cpu = process.cpuUsage(cpu0)
    return {
      accounts: collection.accounts.length,
      resources: collection.resources.length,
      findings: findings.length,
      errors: collection.errors.length,
      apiCalls: collection.stats.apiCalls,
      requests: server.requests.length,
      wallMs,
      cpuMs: Math.round((cpu.user + cpu.system) / 1000),
      peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
    }
  } finally {
    await server.close()
  }
}

/** Runs both cases, each in its own child process that trusts the fixture certificate. */
export async function measureCloud(
  child: (args: string[], env: NodeJS.ProcessEnv) => Promise<Record<string, number>>,
): Promise<Record<CloudCase, CloudFigures>> {
  const env = { NODE_EXTRA_CA_CERTS: ensureTestTls() }
  const out = {} as Record<CloudCase, CloudFigures>
  for (const c of CLOUD_CASES) {
    console.log(`cloud: ${c}, ${PLAN.accounts} accounts × ${PLAN.perType} resources per seeded type, all modules and checks ...`)
    out[c] = (await child(['cloud', c], env)) as unknown as CloudFigures
    console.log(`${c}:`, out[c])
  }
  return out
}

/** Markdown for docs/benchmarks.md. */
export function cloudSection(r: Record<CloudCase, CloudFigures>): string {
  const row = (name: string, f: CloudFigures) =>
    `| ${name} | ${f.accounts} | ${f.resources.toLocaleString('en')} | ${f.findings.toLocaleString('en')} | ${f.requests.toLocaleString('en')} | ${(f.wallMs / 1000).toFixed(1)} s | ${(f.cpuMs / 1000).toFixed(1)} s | ${f.peakRssMiB} MiB |`
  return [
    '## Azure and Google Cloud scans (fixture server)',
    '',
    `\`npx tsx bench/run.ts\` also scans ${PLAN.accounts} Azure subscriptions and ${PLAN.accounts} Google Cloud projects served by the HTTPS fixture server on 127.0.0.1 (test/support/cloud-fixture-server.ts), through the real SDK clients: ${PLAN.perType} storage accounts and ${PLAN.perType} network security groups per subscription, ${PLAN.perType} firewall rules and ${PLAN.perType} buckets per project, in pages of ${PLAN.pageSize}; every other list answers empty, and every detail call (blob service properties, bucket IAM policies, ...) is made. Every module and every check of the provider run. Times include sign-in, discovery, collection and evaluation; the server shares the process, so its work counts in the CPU time.`,
    '',
    '| Case | Accounts | Resources | Findings | HTTP requests | Wall time | CPU | Peak RSS |',
    '|---|---|---|---|---|---|---|---|',
    row('Azure', r.azure),
    row('Google Cloud', r.gcp),
  ].join('\n')
}
