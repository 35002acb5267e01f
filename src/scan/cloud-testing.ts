/**
 * Test harness for Azure and Google Cloud modules: run the real collection runner (SDK clients, paging, retries,
 * error bookkeeping) against an HTTPS fixture server, then the real checks over what it produced.
 */
import type { TokenCredential } from '@azure/identity'
import type { Finding, Status } from '../core/finding.js'
import { Inventory } from '../core/inventory.js'
import { loadChecks } from '../checks/registry.js'
import { evaluate } from '../evaluate/engine.js'
import type { Check } from '../evaluate/define-check.js'
import { azureList, FIXTURE_AZURE_TOKEN, FIXTURE_GCP_TOKEN, type FixtureServer } from '../../test/support/cloud-fixture-server.js'
import type { AzureServiceModule } from './azure-module.js'
import type { GcpServiceModule } from './gcp-module.js'
import { collectAzure, type AzureCollectOptions } from './azure.js'
import { collectGcp, type GcpCollectOptions } from './gcp.js'
import type { CloudCollection } from './collection.js'

/** The subscription fixture tests scan. */
export const TEST_SUBSCRIPTION = '00000000-0000-0000-0000-000000000001'
/** A second subscription, for "no access" cases. */
export const OTHER_SUBSCRIPTION = '00000000-0000-0000-0000-000000000002'
/** The project fixture tests scan, and its number. */
export const TEST_PROJECT = 'posture-test-project'
export const TEST_PROJECT_NUMBER = '123456789012'
/** A second project, for "no access" cases. */
export const OTHER_PROJECT = 'posture-other-project'
/** Fixed "now" used by fixture scans (same as the check tests). */
export const FIXTURE_NOW = new Date('2026-06-01T00:00:00Z')

/** A credential that hands out the fixture token without any sign-in flow (unit tests; the CLI tests use Entra). */
export const STATIC_AZURE_CREDENTIAL: TokenCredential = {
  getToken: () => Promise.resolve({ token: FIXTURE_AZURE_TOKEN, expiresOnTimestamp: Date.now() + 3_600_000 }),
}

/** Serves the subscription list (GET /subscriptions) with these subscriptions. */
export function subscriptionsRoute(server: FixtureServer, ids: readonly string[] = [TEST_SUBSCRIPTION]): void {
  server.route(
    azureList(
      '/subscriptions',
      ids.map((id, i) => ({
        id: `/subscriptions/${id}`,
        subscriptionId: id,
        displayName: i === 0 ? 'Posture Test' : `Posture Test ${i + 1}`,
        state: 'Enabled',
        tenantId: '72f988bf-0000-0000-0000-000000000000',
      })),
    ),
  )
}

/** Serves projects.search with these projects. */
export function projectsRoute(server: FixtureServer, ids: readonly string[] = [TEST_PROJECT]): void {
  server.route({
    path: '/v3/projects:search',
    reply: {
      body: {
        projects: ids.map((id, i) => ({
          name: `projects/${i === 0 ? TEST_PROJECT_NUMBER : `12345678901${i}`}`,
          projectId: id,
          displayName: id,
          parent: 'organizations/555555555555',
          state: 'ACTIVE',
        })),
      },
    },
  })
}

/** Runs Azure modules (default: all) against the fixture server (add the subscriptions route first). */
export function collectAzureFixture(
  server: FixtureServer,
  modules?: readonly AzureServiceModule[],
  options: Partial<AzureCollectOptions> = {},
): Promise<CloudCollection> {
  return collectAzure({ credential: STATIC_AZURE_CREDENTIAL, endpoint: server.url, modules, callTimeoutMs: 20_000, ...options })
}

/** Runs Google Cloud modules (default: all) against the fixture server (call projectsRoute first). */
export function collectGcpFixture(
  server: FixtureServer,
  modules?: readonly GcpServiceModule[],
  options: Partial<GcpCollectOptions> = {},
): Promise<CloudCollection> {
  return collectGcp({ accessToken: FIXTURE_GCP_TOKEN, endpoint: server.url, modules, callTimeoutMs: 20_000, ...options })
}

/** Evaluates checks (default: every check of the collection's provider) over a collection, at FIXTURE_NOW. */
export async function evaluateCollection(collection: CloudCollection, checks?: readonly Check<unknown>[]): Promise<Finding[]> {
  const all = checks ?? (await loadChecks()).filter((c) => c.provider === collection.provider)
  return evaluate(all, new Inventory(collection.resources, collection.errors), () => [], FIXTURE_NOW)
}

/** Findings as `checkId name status` lines, sorted: easy to assert exactly. */
export function verdictLines(findings: readonly Finding[], statuses: readonly Status[] = ['pass', 'fail', 'error']): string[] {
  return findings
    .filter((f) => statuses.includes(f.status))
    .map((f) => `${f.checkId} ${f.resource.name} ${f.status}`)
    .sort()
}
