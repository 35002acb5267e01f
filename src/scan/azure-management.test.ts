/**
 * The management group (App Service, Azure Monitor, Defender for Cloud) end to end: the real @azure/arm-appservice,
 * @azure/arm-monitor and @azure/arm-security clients against the HTTPS fixture server (REST bodies in
 * test/fixtures/azure/management), then the group's checks over what was collected.
 */
import { readFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  azureForbidden,
  azurePages,
  startFixtureServer,
  tooManyRequests,
  type FixtureRoute,
  type FixtureServer,
} from '../../test/support/cloud-fixture-server.js'
import { isUnknown } from '../core/unknown.js'
import type { Finding } from '../core/finding.js'
import type { Resource } from '../core/resource.js'
import { checkFiles } from '../checks/registry.js'
import type { Check } from '../evaluate/define-check.js'
import { AZURE_MANAGEMENT_TYPES as T } from '../normalize/azure/types-management.js'
import type {
  AppServiceWebAppAttributes,
  DefenderSettingsAttributes,
  MonitorActivityLogAlertAttributes,
  MonitorSubscriptionDiagnosticsAttributes,
} from '../normalize/azure/types-management.js'
import { AZURE_MANAGEMENT_MODULES } from './azure-modules-management.js'
import { collectAzureFixture, evaluateCollection, OTHER_SUBSCRIPTION, subscriptionsRoute, TEST_SUBSCRIPTION, verdictLines } from './cloud-testing.js'
import type { CloudCollection } from './collection.js'

/** A third subscription, configured badly, so every subscription-wide check has a failing resource. */
const THIRD_SUBSCRIPTION = '00000000-0000-0000-0000-000000000003'
const S1 = TEST_SUBSCRIPTION
const S3 = THIRD_SUBSCRIPTION

/** A REST body from test/fixtures/azure/management. */
function fixture<B = { value: unknown[] }>(file: string): B {
  return JSON.parse(readFileSync(new URL(`../../test/fixtures/azure/management/${file}`, import.meta.url), 'utf8')) as B
}

const sites = (sub: string) => `/subscriptions/${sub}/providers/Microsoft.Web/sites`
const siteConfig = (sub: string, rg: string, name: string) =>
  `/subscriptions/${sub}/resourceGroups/${rg}/providers/Microsoft.Web/sites/${name}/config/web`
const alerts = (sub: string) => `/subscriptions/${sub}/providers/microsoft.insights/activityLogAlerts`
const diagnostics = (sub: string) => `/subscriptions/${sub}/providers/Microsoft.Insights/diagnosticSettings`
const pricings = (sub: string) => `/subscriptions/${sub}/providers/Microsoft.Security/pricings`
const contacts = (sub: string) => `/subscriptions/${sub}/providers/Microsoft.Security/securityContacts`

/** The fixture subscriptions: S1 (mixed apps, good monitoring and Defender), S3 (poor), OTHER (403 on everything). */
function routes(server: FixtureServer): void {
  subscriptionsRoute(server, [S1, OTHER_SUBSCRIPTION, S3])
  // S1: two pages of apps, the first answered 429 once; the function app's configuration is forbidden.
  const [p1, p2] = azurePages(sites(S1), [fixture('sites-page-1.json').value, fixture('sites-page-2.json').value])
  server.route({ ...p1!, reply: [tooManyRequests('azure', 0), p1!.reply as never] }, p2!)
  server.route(
    { path: siteConfig(S1, 'rg-web', 'posture-web-good'), reply: { body: fixture('site-config-posture-web-good.json') } },
    { path: siteConfig(S1, 'rg-web', 'posture-web-legacy'), reply: { body: fixture('site-config-posture-web-legacy.json') } },
    {
      path: siteConfig(S1, 'rg-func', 'posture-func-orders'),
      reply: azureForbidden(S1, 'Microsoft.Web/sites/config/read'),
    },
    { path: alerts(S1), reply: { body: fixture('activity-log-alerts.json') } },
    { path: diagnostics(S1), reply: { body: fixture('diagnostic-settings.json') } },
    { path: pricings(S1), reply: [tooManyRequests('azure', 0), { body: fixture('pricings.json') }] },
    // Security contacts over two pages (the first one empty, as ARM may answer), followed by nextLink.
    ...azurePages(contacts(S1), [[], fixture('security-contacts.json').value]),
  )
  server.route(
    { path: sites(S3), reply: { body: { value: [] } } },
    { path: alerts(S3), reply: { body: fixture('activity-log-alerts-third.json') } },
    { path: diagnostics(S3), reply: { body: fixture('diagnostic-settings-third.json') } },
    { path: pricings(S3), reply: { body: fixture('pricings-third.json') } },
    { path: contacts(S3), reply: { body: fixture('security-contacts-third.json') } },
  )
  const forbidden: FixtureRoute = {
    path: new RegExp(`^/subscriptions/${OTHER_SUBSCRIPTION}/`),
    reply: azureForbidden(OTHER_SUBSCRIPTION, 'Microsoft.Resources/read'),
  }
  server.route(forbidden)
}

/** The group's checks (imported from their files, so work in progress elsewhere in the registry cannot interfere). */
async function managementChecks(): Promise<Check<unknown>[]> {
  const files = checkFiles().filter((f) => /[\\/]azure[\\/](appservice|monitor|defender)[\\/]/.test(f))
  return Promise.all(files.map(async (f) => ((await import(pathToFileURL(f).href)) as { default: Check<unknown> }).default))
}

/** Resources of a type in one subscription. */
function ofType<A>(c: CloudCollection, type: string, account = S1): Resource<A>[] {
  return c.resources.filter((r) => r.type === type && r.account === account) as Resource<A>[]
}

/** Verdicts expected for each check in S1 (before the gap line of OTHER and the S3 verdict). */
const APP_CHECKS = ['client-certificates', 'ftps-only', 'http2-enabled', 'https-only', 'managed-identity', 'min-tls-12', 'remote-debugging-disabled']
/** posture-func-orders: its configuration is forbidden, so the checks reading it are ERROR; the others decide. */
const FUNC_APP: Record<string, string> = {
  'client-certificates': 'fail',
  'ftps-only': 'error',
  'http2-enabled': 'error',
  'https-only': 'pass',
  'managed-identity': 'pass',
  'min-tls-12': 'error',
  'remote-debugging-disabled': 'error',
}
const ALERT_CHECKS = [
  'create-policy-assignment',
  'create-update-nsg',
  'create-update-public-ip',
  'create-update-security-solution',
  'create-update-sql-firewall-rule',
  'delete-nsg',
  'delete-policy-assignment',
  'delete-public-ip',
  'delete-security-solution',
  'delete-sql-firewall-rule',
  'service-health',
]
const DEFENDER_CHECKS = [
  'alert-notifications-high-severity',
  'app-service-plan-on',
  'arm-plan-on',
  'containers-plan-on',
  'databases-plan-on',
  'keyvault-plan-on',
  'owner-notifications',
  'security-contact-email',
  'servers-plan-on',
  'sql-plan-on',
  'storage-plan-on',
]

/** The exact verdict list: S1 passes (or mixes, for apps), S3 fails, OTHER is ERROR everywhere. */
function expectedVerdicts(): string[] {
  const perSubscription = (id: string, name: (sub: string, label: string) => string) => [
    `${id} ${name(S1, 'Posture Test')} pass`,
    `${id} ${name(OTHER_SUBSCRIPTION, 'Posture Test 2')} error`,
    `${id} ${name(S3, 'Posture Test 3')} fail`,
  ]
  return [
    ...APP_CHECKS.flatMap((k) => [
      `azure-appservice-web-app-${k} all azure.appservice.web-app in global error`,
      `azure-appservice-web-app-${k} posture-func-orders ${FUNC_APP[k]}`,
      `azure-appservice-web-app-${k} posture-web-good pass`,
      `azure-appservice-web-app-${k} posture-web-legacy fail`,
    ]),
    ...DEFENDER_CHECKS.flatMap((k) => perSubscription(`azure-defender-${k}`, (sub) => sub)),
    ...ALERT_CHECKS.flatMap((k) => perSubscription(`azure-monitor-alert-${k}`, (_sub, label) => label)),
    ...['categories', 'setting'].flatMap((k) => perSubscription(`azure-monitor-subscription-diagnostic-${k}`, (sub) => sub)),
  ].sort()
}

describe('Azure management modules against the fixture server', () => {
  let server: FixtureServer
  let c: CloudCollection
  let findings: Finding[]
  beforeAll(async () => {
    server = await startFixtureServer()
    routes(server)
    c = await collectAzureFixture(server, AZURE_MANAGEMENT_MODULES)
    findings = await evaluateCollection(c, await managementChecks())
  }, 120_000)
  afterAll(() => server.close())

  it('collects web and function apps with their site configuration and relations', () => {
    const apps = ofType<AppServiceWebAppAttributes>(c, T.webApp)
    const base = `/subscriptions/${S1}/resourcegroups`
    expect(apps.map((a) => [a.uid, a.region])).toEqual([
      [`${base}/rg-web/providers/microsoft.web/sites/posture-web-good`, 'eastus'],
      [`${base}/rg-web/providers/microsoft.web/sites/posture-web-legacy`, 'eastus'],
      [`${base}/rg-func/providers/microsoft.web/sites/posture-func-orders`, 'westeurope'],
    ])
    const [good, legacy, func] = apps
    expect(good!.attributes).toEqual({
      resourceGroup: 'rg-web',
      kind: 'app',
      isFunctionApp: false,
      state: 'Running',
      httpsOnly: true,
      clientCertEnabled: true,
      clientCertMode: 'Required',
      identityType: 'SystemAssigned',
      userAssignedIdentities: [],
      publicNetworkAccess: 'Enabled',
      defaultHostName: 'posture-web-good.azurewebsites.net',
      config: { minTlsVersion: '1.2', scmMinTlsVersion: '1.2', ftpsState: 'FtpsOnly', remoteDebuggingEnabled: false, http20Enabled: true },
    })
    expect(good!.tags).toEqual({ env: 'prod' })
    expect(good!.relations).toEqual([
      { kind: 'in-plan', target: `${base}/rg-web/providers/microsoft.web/serverfarms/plan-web` },
      { kind: 'in-subnet', target: `${base}/rg-network/providers/microsoft.network/virtualnetworks/vnet-prod/subnets/snet-apps` },
    ])
    expect(legacy!.attributes).toMatchObject({
      kind: 'app,linux',
      httpsOnly: false,
      clientCertEnabled: false,
      identityType: 'None',
      config: { minTlsVersion: '1.0', ftpsState: 'AllAllowed', remoteDebuggingEnabled: true, http20Enabled: false },
    })
    expect(func!.attributes).toMatchObject({
      kind: 'functionapp,linux',
      isFunctionApp: true,
      clientCertMode: 'Optional',
      identityType: 'UserAssigned',
    })
    expect(func!.relations).toEqual([
      { kind: 'in-plan', target: `${base}/rg-func/providers/microsoft.web/serverfarms/plan-func` },
      { kind: 'uses-identity', target: `${base}/rg-identity/providers/microsoft.managedidentity/userassignedidentities/id-orders` },
    ])
  })

  it('a 403 on one app configuration leaves only that attribute Unknown', () => {
    const func = ofType<AppServiceWebAppAttributes>(c, T.webApp).find((a) => a.name === 'posture-func-orders')!
    expect(isUnknown(func.attributes.config)).toBe(true)
    expect(func.attributes.httpsOnly).toBe(true)
    const errors = c.errors.filter((e) => e.account === S1)
    expect(errors.map(({ reason: _reason, ...e }) => e)).toEqual([
      {
        provider: 'azure',
        account: S1,
        service: 'appservice',
        region: 'global',
        api: 'webApps.getConfiguration',
        resourceTypes: [],
        resource: func.uid,
      },
    ])
    expect(errors[0]!.reason).toMatch(/^AuthorizationFailed: .*Microsoft\.Web\/sites\/config\/read/)
  })

  it('collects activity log alert rules, anyOf and containsAny conditions included', () => {
    const rules = ofType<MonitorActivityLogAlertAttributes>(c, T.activityLogAlert)
    expect(rules.map((r) => r.name)).toEqual([
      'alert-policy-assignment-write',
      'alert-policy-assignment-delete',
      'alert-nsg-changes',
      'alert-security-solution-write',
      'alert-security-solution-delete',
      'alert-sql-firewall-rules',
      'alert-public-ip-write',
      'alert-public-ip-delete-old',
      'alert-public-ip-delete',
      'alert-service-health',
    ])
    const nsg = rules.find((r) => r.name === 'alert-nsg-changes')!
    const group = `/subscriptions/${S1}/resourcegroups/rg-monitoring/providers/microsoft.insights/actiongroups/ag-secops`
    expect(nsg.uid).toBe(`/subscriptions/${S1}/resourcegroups/rg-monitoring/providers/microsoft.insights/activitylogalerts/alert-nsg-changes`)
    expect(nsg.region).toBe('global')
    expect(nsg.attributes).toEqual({
      resourceGroup: 'rg-monitoring',
      enabled: true,
      scopes: [`/subscriptions/${S1}`],
      conditions: [
        { leaf: { field: 'category', equals: 'Administrative', containsAny: null }, anyOf: null },
        {
          leaf: null,
          anyOf: [
            { field: 'operationName', equals: 'Microsoft.Network/networkSecurityGroups/write', containsAny: null },
            { field: 'operationName', equals: 'Microsoft.Network/networkSecurityGroups/delete', containsAny: null },
          ],
        },
      ],
      actionGroups: [group],
      description: 'CIS 5.2.3 and 5.2.4',
    })
    expect(nsg.relations).toEqual([{ kind: 'notifies', target: group }])
    expect(rules.find((r) => r.name === 'alert-sql-firewall-rules')!.attributes.conditions[1]).toEqual({
      leaf: {
        field: 'operationName',
        equals: null,
        containsAny: ['Microsoft.Sql/servers/firewallRules/write', 'Microsoft.Sql/servers/firewallRules/delete'],
      },
      anyOf: null,
    })
    expect(rules.find((r) => r.name === 'alert-public-ip-delete-old')!.attributes.enabled).toBe(false)
  })

  it('collects the subscription diagnostic settings and Defender settings as one resource each', () => {
    const [diag] = ofType<MonitorSubscriptionDiagnosticsAttributes>(c, T.subscriptionDiagnostics)
    expect(diag!.uid).toBe(`/subscriptions/${S1}/providers/microsoft.insights/diagnosticsettings`)
    const workspace = `/subscriptions/${S1}/resourceGroups/rg-logs/providers/Microsoft.OperationalInsights/workspaces/law-security`
    expect(diag!.attributes.settings).toEqual([
      {
        name: 'export-activity-log',
        storageAccountId: null,
        workspaceId: workspace,
        eventHubAuthorizationRuleId: null,
        eventHubName: null,
        marketplacePartnerId: null,
        logs: [
          { category: 'Administrative', enabled: true },
          { category: 'Security', enabled: true },
          { category: 'ServiceHealth', enabled: false },
          { category: 'Alert', enabled: true },
          { category: 'Recommendation', enabled: false },
          { category: 'Policy', enabled: true },
          { category: 'Autoscale', enabled: false },
          { category: 'ResourceHealth', enabled: false },
        ],
      },
    ])
    expect(diag!.relations).toEqual([{ kind: 'sends-to', target: workspace.toLowerCase() }])
    expect(ofType<MonitorSubscriptionDiagnosticsAttributes>(c, T.subscriptionDiagnostics, S3)[0]!.attributes.settings).toEqual([])

    const [defender] = ofType<DefenderSettingsAttributes>(c, T.defenderSettings)
    expect(defender!.uid).toBe(`/subscriptions/${S1}/providers/microsoft.security/pricings`)
    expect(defender!.attributes.pricings).toMatchObject({
      VirtualMachines: { pricingTier: 'Standard', subPlan: 'P2' },
      SqlServers: { pricingTier: 'Standard', subPlan: null },
      Dns: { pricingTier: 'Free', subPlan: null },
    })
    expect(defender!.attributes.securityContacts).toEqual([
      {
        name: 'default',
        emails: ['secops@contoso.com', 'cso@contoso.com'],
        phone: '(214)275-4038',
        alertNotifications: { state: 'On', minimalSeverity: 'Medium' },
        notificationsByRole: { state: 'On', roles: ['Owner', 'ServiceAdmin'] },
      },
    ])
  })

  it('follows nextLink, retries a 429, and reads security contacts at api-version 2020-01-01-preview', () => {
    const calls = (path: string) => server.requests.filter((r) => r.path === path)
    // Sites: 429, page 1, page 2 (nextLink followed as given).
    expect(calls(sites(S1)).map((r) => r.query.get('$skiptoken'))).toEqual([null, null, '2'])
    expect(calls(pricings(S1))).toHaveLength(2)
    expect(calls(contacts(S1)).map((r) => [r.query.get('api-version'), r.query.get('$skiptoken')])).toEqual([
      ['2020-01-01-preview', null],
      ['2099-01-01', '2'],
    ])
    expect(calls(diagnostics(S1)).map((r) => r.query.get('api-version'))).toEqual(['2017-05-01-preview'])
    for (const r of server.requests) expect(r.headers.authorization).toBe('Bearer fixture-azure-access-token')
    expect(server.unmatched).toEqual([])
  })

  it('evaluates every check of the group to the exact expected verdicts', () => {
    expect(verdictLines(findings)).toEqual(expectedVerdicts())
  })

  it('explains the failures of the poorly configured subscription', () => {
    const message = (checkId: string, account: string) => findings.find((f) => f.checkId === checkId && f.resource.account === account)!.message
    expect(message('azure-monitor-alert-create-policy-assignment', S3)).toBe(
      'Subscription Posture Test 3 has no working activity log alert on policy assignment creation: alert alert-policy-write-succeeded ' +
        'also requires status = Succeeded, so it misses some of these events.',
    )
    expect(message('azure-monitor-alert-delete-policy-assignment', S3)).toBe(
      'Subscription Posture Test 3 has no working activity log alert on policy assignment deletion: alert alert-policy-delete-rg is scoped to ' +
        `/subscriptions/${S3}/resourceGroups/rg-prod, not to the whole subscription.`,
    )
    expect(message('azure-monitor-alert-create-update-sql-firewall-rule', S3)).toContain('alert alert-sql-firewall-write notifies no action group')
    expect(message('azure-monitor-alert-create-update-public-ip', S3)).toBe(
      'Subscription Posture Test 3 has no activity log alert on public IP address creation or update.',
    )
    expect(message('azure-monitor-alert-delete-public-ip', S1)).toBe(
      'Subscription Posture Test has activity log alert alert-public-ip-delete on public IP address deletion, notifying 2 action groups.',
    )
    expect(message('azure-defender-sql-plan-on', S3)).toBe(
      `Defender for SQL is not fully on in subscription ${S3}: SqlServerVirtualMachines is Free.`,
    )
    expect(message('azure-defender-servers-plan-on', S1)).toBe(`Defender for Servers is on in subscription ${S1}: VirtualMachines is Standard (P2).`)
    expect(message('azure-defender-owner-notifications', S3)).toBe(
      `Defender for Cloud alert emails of subscription ${S3} do not reach Owners: notifications by role On for AccountAdmin.`,
    )
  })

  it('a subscription answering 403 everywhere yields errors per service and ERROR findings, never PASS', () => {
    const errors = c.errors.filter((e) => e.account === OTHER_SUBSCRIPTION)
    expect(errors.map((e) => `${e.service}:${e.api}`).sort()).toEqual([
      'appservice:webApps.list',
      'defender:pricings.list',
      'defender:securityContacts.list',
      'monitor:activityLogAlerts.listBySubscriptionId',
      'monitor:diagnosticSettings.list',
    ])
    for (const e of errors) expect(e.reason).toMatch(/^AuthorizationFailed/)
    const there = findings.filter((f) => f.resource.account === OTHER_SUBSCRIPTION)
    expect(there.length).toBe(APP_CHECKS.length + DEFENDER_CHECKS.length + ALERT_CHECKS.length + 2)
    expect(new Set(there.map((f) => f.status))).toEqual(new Set(['error']))
    // The other subscriptions were scanned in full.
    expect(ofType(c, T.webApp)).toHaveLength(3)
    expect(ofType(c, T.activityLogAlert, S3)).toHaveLength(5)
  })
})
