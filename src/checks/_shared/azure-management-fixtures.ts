/** Test fixtures for the Azure management checks: App Service apps, activity log alerts, diagnostic settings, Defender. */
import type { CollectionError, Resource } from '../../core/resource.js'
import type { Maybe } from '../../core/unknown.js'
import { AZURE_CORE, type AzureSubscriptionAttributes } from '../../normalize/azure/types.js'
import {
  AZURE_MANAGEMENT_TYPES,
  type ActivityLogAlertConditionItem,
  type AppServiceSiteConfig,
  type AppServiceWebAppAttributes,
  type DefenderPricing,
  type DefenderSecurityContact,
  type DefenderSettingsAttributes,
  type MonitorActivityLogAlertAttributes,
  type MonitorSubscriptionDiagnosticsAttributes,
  type SubscriptionDiagnosticSetting,
} from '../../normalize/azure/types-management.js'
import { AZURE_TEST_SUBSCRIPTION, azureFixture } from './testing.js'

/** A hardened site configuration; override any field. */
export function siteConfig(c: Partial<AppServiceSiteConfig> = {}): AppServiceSiteConfig {
  return { minTlsVersion: '1.2', scmMinTlsVersion: '1.2', ftpsState: 'Disabled', remoteDebuggingEnabled: false, http20Enabled: true, ...c }
}

/** A hardened web app `web-app` (HTTPS only, client certificates required, system identity); override any attribute. */
export function webAppFixture(attrs: Partial<AppServiceWebAppAttributes> = {}, name = 'web-app'): Resource<AppServiceWebAppAttributes> {
  const attributes: AppServiceWebAppAttributes = {
    resourceGroup: 'rg-test',
    kind: 'app',
    isFunctionApp: false,
    state: 'Running',
    httpsOnly: true,
    clientCertEnabled: true,
    clientCertMode: 'Required',
    identityType: 'SystemAssigned',
    userAssignedIdentities: [],
    publicNetworkAccess: 'Enabled',
    defaultHostName: `${name}.azurewebsites.net`,
    config: siteConfig(),
    ...attrs,
  }
  return azureFixture(AZURE_MANAGEMENT_TYPES.webApp, attributes, { name, armType: 'Microsoft.Web/sites' })
}

/** The azure.subscription resource of a fixture subscription. */
export function subscriptionFixture(account = AZURE_TEST_SUBSCRIPTION, displayName = 'Posture Test'): Resource<AzureSubscriptionAttributes> {
  return azureFixture<AzureSubscriptionAttributes>(
    AZURE_CORE.subscription,
    { subscriptionId: account, displayName, state: 'Enabled', tenantId: '72f988bf-0000-0000-0000-000000000000' },
    { uid: `/subscriptions/${account}`, account, name: displayName, region: 'global' },
  )
}

/** A leaf condition item `field = equals`. */
export function leaf(field: string, equals: string): ActivityLogAlertConditionItem {
  return { leaf: { field, equals, containsAny: null }, anyOf: null }
}

/** An anyOf group of `field = value` leaves. */
export function anyOf(...leaves: [string, string][]): ActivityLogAlertConditionItem {
  return { leaf: null, anyOf: leaves.map(([field, equals]) => ({ field, equals, containsAny: null })) }
}

/** The ARM id of the fixture action group. */
export const ACTION_GROUP = `/subscriptions/${AZURE_TEST_SUBSCRIPTION}/resourcegroups/rg-test/providers/microsoft.insights/actiongroups/secops`

/** The collection error of a failed alert rule list in the fixture subscription. */
export const ALERTS_NOT_LISTED: CollectionError = {
  provider: 'azure',
  account: AZURE_TEST_SUBSCRIPTION,
  service: 'monitor',
  region: 'global',
  api: 'activityLogAlerts.listBySubscriptionId',
  reason: 'AuthorizationFailed (HTTP 403)',
  resourceTypes: [AZURE_MANAGEMENT_TYPES.activityLogAlert],
}

/** An enabled, subscription-wide activity log alert rule notifying ACTION_GROUP; override any attribute. */
export function alertFixture(
  name: string,
  conditions: ActivityLogAlertConditionItem[],
  attrs: Partial<MonitorActivityLogAlertAttributes> = {},
): Resource<MonitorActivityLogAlertAttributes> {
  const attributes: MonitorActivityLogAlertAttributes = {
    resourceGroup: 'rg-test',
    enabled: true,
    scopes: [`/subscriptions/${AZURE_TEST_SUBSCRIPTION}`],
    conditions,
    actionGroups: [ACTION_GROUP],
    description: null,
    ...attrs,
  }
  return azureFixture(AZURE_MANAGEMENT_TYPES.activityLogAlert, attributes, {
    name,
    armType: 'microsoft.insights/activityLogAlerts',
    region: 'global',
  })
}

/** An alert rule on one Administrative operation (the CIS shape). */
export function operationAlert(name: string, operationName: string, attrs: Partial<MonitorActivityLogAlertAttributes> = {}) {
  return alertFixture(name, [leaf('category', 'Administrative'), leaf('operationName', operationName)], attrs)
}

/** A diagnostic setting exporting the activity log to a Log Analytics workspace with `categories` enabled. */
export function diagnosticSetting(name: string, categories: string[], s: Partial<SubscriptionDiagnosticSetting> = {}): SubscriptionDiagnosticSetting {
  const all = ['Administrative', 'Security', 'ServiceHealth', 'Alert', 'Recommendation', 'Policy', 'Autoscale', 'ResourceHealth']
  return {
    name,
    storageAccountId: null,
    workspaceId: `/subscriptions/${AZURE_TEST_SUBSCRIPTION}/resourcegroups/rg-logs/providers/microsoft.operationalinsights/workspaces/law`,
    eventHubAuthorizationRuleId: null,
    eventHubName: null,
    marketplacePartnerId: null,
    logs: all.map((category) => ({ category, enabled: categories.includes(category) })),
    ...s,
  }
}

/** The subscription diagnostics resource holding `settings`. */
export function diagnosticsFixture(settings: Maybe<SubscriptionDiagnosticSetting[]>): Resource<MonitorSubscriptionDiagnosticsAttributes> {
  return azureFixture(
    AZURE_MANAGEMENT_TYPES.subscriptionDiagnostics,
    { subscriptionId: AZURE_TEST_SUBSCRIPTION, settings },
    {
      uid: `/subscriptions/${AZURE_TEST_SUBSCRIPTION}/providers/microsoft.insights/diagnosticsettings`,
      name: AZURE_TEST_SUBSCRIPTION,
      region: 'global',
    },
  )
}

/** Every Defender plan CIS names, with `tier` (Standard = on). */
export function plans(tier: 'Standard' | 'Free', overrides: Record<string, DefenderPricing> = {}): Record<string, DefenderPricing> {
  const names = [
    'VirtualMachines',
    'AppServices',
    'SqlServers',
    'SqlServerVirtualMachines',
    'OpenSourceRelationalDatabases',
    'CosmosDbs',
    'StorageAccounts',
    'Containers',
    'KeyVaults',
    'Arm',
  ]
  return { ...Object.fromEntries(names.map((n) => [n, { pricingTier: tier, subPlan: null }])), ...overrides }
}

/** The CIS-compliant security contact: an email, alerts from High severity, and Owners notified. */
export function securityContact(c: Partial<DefenderSecurityContact> = {}): DefenderSecurityContact {
  return {
    name: 'default',
    emails: ['secops@contoso.com'],
    phone: null,
    alertNotifications: { state: 'On', minimalSeverity: 'High' },
    notificationsByRole: { state: 'On', roles: ['Owner'] },
    ...c,
  }
}

/** The subscription's Defender settings; defaults: every plan on and the CIS security contact. */
export function defenderFixture(attrs: Partial<DefenderSettingsAttributes> = {}): Resource<DefenderSettingsAttributes> {
  return azureFixture(
    AZURE_MANAGEMENT_TYPES.defenderSettings,
    { subscriptionId: AZURE_TEST_SUBSCRIPTION, pricings: plans('Standard'), securityContacts: [securityContact()], ...attrs },
    { uid: `/subscriptions/${AZURE_TEST_SUBSCRIPTION}/providers/microsoft.security/pricings`, name: AZURE_TEST_SUBSCRIPTION, region: 'global' },
  )
}
