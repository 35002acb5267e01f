import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { PostureError } from '../core/errors.js'
import {
  azureError,
  azureForbidden,
  azurePages,
  startFixtureServer,
  tooManyRequests,
  type FixtureServer,
} from '../../test/support/cloud-fixture-server.js'
import { collectAzureFixture, OTHER_SUBSCRIPTION, subscriptionsRoute, TEST_SUBSCRIPTION } from './cloud-testing.js'
import { azureMod } from './azure-module.js'
import type { AzureCollector } from '../collect/azure/module.js'
import { StorageManagementClient } from '@azure/arm-storage'
import { azureResource } from '../normalize/azure/helpers.js'

/** A minimal module over the real storage client: lists storage accounts by page. */
const probe: AzureCollector<{ names: string[] }> = {
  service: 'probe',
  scope: 'global',
  produces: ['azure.probe.account'],
  async collect(ctx, session) {
    const client = session.client(StorageManagementClient, ctx.account)
    const r = await ctx.paginate(
      'storageAccounts.list',
      () => client.storageAccounts.list().byPage(),
      (p) => p.map((a) => a.name ?? ''),
      { affects: ['azure.probe.account'] },
    )
    return { names: r.ok ? r.value : [] }
  },
}
const probeModule = azureMod(probe, (raw, scope) =>
  raw.names.map((n) =>
    azureResource({
      id: `/subscriptions/${scope.subscription}/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/${n}`,
      type: 'azure.probe.account',
      subscription: scope.subscription,
      attributes: {},
    }),
  ),
)
const path = (sub: string) => `/subscriptions/${sub}/providers/Microsoft.Storage/storageAccounts`

describe('collectAzure against the fixture server', () => {
  let server: FixtureServer
  beforeAll(async () => {
    server = await startFixtureServer()
  })
  afterAll(() => server.close())
  beforeEach(() => server.reset())

  it('follows nextLink, retries 429, and degrades a forbidden subscription to errors', async () => {
    subscriptionsRoute(server, [TEST_SUBSCRIPTION, OTHER_SUBSCRIPTION])
    const [p1, p2] = azurePages(path(TEST_SUBSCRIPTION), [[{ name: 'a1' }], [{ name: 'a2' }]])
    server.route({ ...p1!, reply: [tooManyRequests('azure', 0), p1!.reply as never] }, p2!)
    server.route({ path: path(OTHER_SUBSCRIPTION), reply: azureForbidden(OTHER_SUBSCRIPTION, 'Microsoft.Storage/storageAccounts/read') })
    const c = await collectAzureFixture(server, [probeModule])
    expect(c.accounts).toEqual([TEST_SUBSCRIPTION, OTHER_SUBSCRIPTION])
    expect(c.resources.filter((r) => r.type === 'azure.probe.account').map((r) => r.name)).toEqual(['a1', 'a2'])
    expect(c.resources.filter((r) => r.type === 'azure.subscription').map((r) => r.account)).toEqual([TEST_SUBSCRIPTION, OTHER_SUBSCRIPTION])
    expect(c.errors).toHaveLength(1)
    expect(c.errors[0]).toMatchObject({
      provider: 'azure',
      account: OTHER_SUBSCRIPTION,
      service: 'probe',
      region: 'global',
      resourceTypes: ['azure.probe.account'],
    })
    expect(c.errors[0]!.reason).toBe('AuthorizationFailed (HTTP 403)')
    expect(server.unmatched).toEqual([])
    expect(server.requests.filter((r) => r.path === path(TEST_SUBSCRIPTION))).toHaveLength(3)
    for (const r of server.requests) expect(r.headers.authorization).toBe('Bearer fixture-azure-access-token')
  })

  it('a resource provider the subscription never registered holds nothing: an empty list, not an error', async () => {
    subscriptionsRoute(server)
    server.route({
      path: path(TEST_SUBSCRIPTION),
      reply: azureError(409, 'MissingSubscriptionRegistration', "The subscription is not registered to use namespace 'Microsoft.Storage'."),
    })
    const c = await collectAzureFixture(server, [probeModule])
    expect(c.errors).toEqual([])
    expect(c.resources.map((r) => r.type)).toEqual(['azure.subscription'])
  })

  it("--tenant as a GUID keeps that tenant's subscriptions; as a domain it only picks the sign-in tenant", async () => {
    server.route({
      path: '/subscriptions',
      reply: {
        body: {
          value: [
            { subscriptionId: TEST_SUBSCRIPTION, displayName: 'A', state: 'Enabled', tenantId: '72f988bf-0000-0000-0000-000000000000' },
            { subscriptionId: OTHER_SUBSCRIPTION, displayName: 'B', state: 'Enabled', tenantId: '11111111-0000-0000-0000-000000000000' },
          ],
        },
      },
    })
    const byGuid = await collectAzureFixture(server, [], { tenant: '72F988BF-0000-0000-0000-000000000000' })
    expect(byGuid.accounts).toEqual([TEST_SUBSCRIPTION])
    const byDomain = await collectAzureFixture(server, [], { tenant: 'contoso.onmicrosoft.com' })
    expect(byDomain.accounts).toEqual([TEST_SUBSCRIPTION, OTHER_SUBSCRIPTION])
  })

  it('an unknown or malformed subscription id is a usage error naming it', async () => {
    subscriptionsRoute(server)
    const err = await collectAzureFixture(server, [probeModule], { subscriptions: [OTHER_SUBSCRIPTION] }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(PostureError)
    expect((err as PostureError).exitCode).toBe(2)
    expect((err as PostureError).message).toBe(`Subscription not visible to these credentials: ${OTHER_SUBSCRIPTION}`)
    const bad = await collectAzureFixture(server, [probeModule], { subscriptions: ['prod'] }).catch((e: unknown) => e)
    expect((bad as PostureError).message).toBe('Invalid subscription id: prod')
  })
})
