import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { compute } from '@googleapis/compute'
import { type PostureError } from '../core/errors.js'
import { gcpForbidden, gcpPages, startFixtureServer, tooManyRequests, type FixtureServer } from '../../test/support/cloud-fixture-server.js'
import { collectGcpFixture, OTHER_PROJECT, projectsRoute, TEST_PROJECT } from './cloud-testing.js'
import { gcpMod } from './gcp-module.js'
import type { GcpCollector } from '../collect/gcp/module.js'
import { gcpName, gcpResource } from '../normalize/gcp/helpers.js'

/** A minimal module over the real compute client and a REST-only API, both paged by pageToken. */
const probe: GcpCollector<{ firewalls: string[]; zones: string[] }> = {
  service: 'probe',
  scope: 'global',
  produces: ['gcp.probe.firewall', 'gcp.probe.zone'],
  async collect(ctx, session) {
    const api = compute({ version: 'v1', ...session.apiOptions() })
    const fw = await ctx.paginate(
      'compute.firewalls.list',
      async function* (signal) {
        let pageToken: string | undefined
        do {
          const res = await api.firewalls.list({ project: ctx.account, pageToken }, { signal })
          yield res.data
          pageToken = res.data.nextPageToken ?? undefined
        } while (pageToken)
      },
      (p) => (p.items ?? []).map((f) => f.name ?? ''),
      { affects: ['gcp.probe.firewall'] },
    )
    const zones = await ctx.paginate(
      'dns.managedZones.list',
      (signal) =>
        session.pages<{ managedZones?: { name: string }[]; nextPageToken?: string }>('dns', `dns/v1/projects/${ctx.account}/managedZones`, signal),
      (p) => (p.managedZones ?? []).map((z) => z.name),
      { affects: ['gcp.probe.zone'] },
    )
    return { firewalls: fw.ok ? fw.value : [], zones: zones.ok ? zones.value : [] }
  },
}
const probeModule = gcpMod(probe, (raw, scope) => [
  ...raw.firewalls.map((n) =>
    gcpResource({
      uid: gcpName('compute', `projects/${scope.project}/global/firewalls/${n}`),
      type: 'gcp.probe.firewall',
      project: scope.project,
      name: n,
      attributes: {},
    }),
  ),
  ...raw.zones.map((n) =>
    gcpResource({
      uid: gcpName('dns', `projects/${scope.project}/managedZones/${n}`),
      type: 'gcp.probe.zone',
      project: scope.project,
      name: n,
      attributes: {},
    }),
  ),
])

describe('collectGcp against the fixture server', () => {
  let server: FixtureServer
  beforeAll(async () => {
    server = await startFixtureServer()
  })
  afterAll(() => server.close())
  beforeEach(() => server.reset())

  it('follows pageToken, retries 429, and degrades a forbidden project to errors', async () => {
    projectsRoute(server, [TEST_PROJECT, OTHER_PROJECT])
    const fw = `/compute/v1/projects/${TEST_PROJECT}/global/firewalls`
    const [p1, p2] = gcpPages(fw, 'items', [[{ name: 'fw1' }], [{ name: 'fw2' }]])
    server.route({ ...p1!, reply: [tooManyRequests('gcp', 0), p1!.reply as never] }, p2!)
    server.route(...gcpPages(`/dns/v1/projects/${TEST_PROJECT}/managedZones`, 'managedZones', [[{ name: 'z1' }], [{ name: 'z2' }]]))
    server.route({ path: `/compute/v1/projects/${OTHER_PROJECT}/global/firewalls`, reply: gcpForbidden('compute.firewalls.list', OTHER_PROJECT) })
    server.route({ path: `/dns/v1/projects/${OTHER_PROJECT}/managedZones`, reply: gcpForbidden('dns.managedZones.list', OTHER_PROJECT) })
    const c = await collectGcpFixture(server, [probeModule])
    expect(c.accounts).toEqual([TEST_PROJECT, OTHER_PROJECT])
    expect(c.resources.filter((r) => r.account === TEST_PROJECT).map((r) => `${r.type} ${r.name}`)).toEqual([
      'gcp.project posture-test-project',
      'gcp.probe.firewall fw1',
      'gcp.probe.firewall fw2',
      'gcp.probe.zone z1',
      'gcp.probe.zone z2',
    ])
    expect(c.errors.map((e) => `${e.account} ${e.api} ${e.resourceTypes.join()} ${e.reason}`).sort()).toEqual([
      `${OTHER_PROJECT} compute.firewalls.list gcp.probe.firewall PERMISSION_DENIED: Permission 'compute.firewalls.list' denied on resource 'projects/${OTHER_PROJECT}' (or it may not exist).`,
      `${OTHER_PROJECT} dns.managedZones.list gcp.probe.zone PERMISSION_DENIED: Permission 'dns.managedZones.list' denied on resource 'projects/${OTHER_PROJECT}' (or it may not exist).`,
    ])
    expect(server.unmatched).toEqual([])
    expect(server.requests.filter((r) => r.path === fw)).toHaveLength(3)
    for (const r of server.requests) expect(r.headers.authorization).toBe('Bearer fixture-gcp-access-token')
  })

  it('an unknown or malformed project id is a usage error naming it', async () => {
    projectsRoute(server)
    const err = await collectGcpFixture(server, [probeModule], { projects: [OTHER_PROJECT] }).catch((e: unknown) => e)
    expect((err as PostureError).exitCode).toBe(2)
    expect((err as PostureError).message).toBe(`Project not found or not visible to these credentials: ${OTHER_PROJECT}`)
    const bad = await collectGcpFixture(server, [probeModule], { projects: ['Prod_1'] }).catch((e: unknown) => e)
    expect((bad as PostureError).message).toBe('Invalid project id: Prod_1')
  })
})
