import type { Maybe } from '../../core/unknown.js'

/**
 * Type ids of the management group: App Service apps, Azure Monitor (activity log alerts, subscription diagnostic
 * settings) and Microsoft Defender for Cloud. The two per-subscription settings resources have stable uids:
 * `/subscriptions/<s>/providers/microsoft.insights/diagnosticsettings` and `/subscriptions/<s>/providers/microsoft.security/pricings`.
 */
export const AZURE_MANAGEMENT_TYPES = {
  webApp: 'azure.appservice.web-app',
  activityLogAlert: 'azure.monitor.activity-log-alert',
  subscriptionDiagnostics: 'azure.monitor.subscription-diagnostics',
  defenderSettings: 'azure.defender.settings',
} as const

/**
 * An app's site configuration (sites/<name>/config/web). The API returns every field below; where one is omitted and
 * the service documents no default, it is null (not reported) and checks answer ERROR rather than guess.
 */
export interface AppServiceSiteConfig {
  /** Minimum TLS version of the app's endpoint: '1.0', '1.1', '1.2' or '1.3' (documented default 1.2). */
  minTlsVersion: string
  /** Minimum TLS version of the SCM (Kudu) endpoint; null when not reported. */
  scmMinTlsVersion: string | null
  /** AllAllowed (FTP and FTPS), FtpsOnly, or Disabled; null when not reported. */
  ftpsState: string | null
  remoteDebuggingEnabled: boolean | null
  http20Enabled: boolean | null
}

/**
 * azure.appservice.web-app — one App Service app (web app, function app or logic app standard); uid = ARM id of the
 * site. Relations: 'in-plan' → App Service plan (serverfarm), 'uses-identity' → each user-assigned identity,
 * 'in-subnet' → the subnet of regional VNet integration.
 */
export interface AppServiceWebAppAttributes {
  resourceGroup: string
  /** Site kind, e.g. 'app', 'app,linux', 'functionapp,linux', 'functionapp,workflowapp'. */
  kind: string
  /** True when the kind contains 'functionapp' (Functions and Logic Apps Standard). */
  isFunctionApp: boolean
  /** Running, Stopped, ...; null when not reported. */
  state: string | null
  /** Whether the site redirects HTTP to HTTPS. */
  httpsOnly: boolean
  /** Whether incoming client certificates (mutual TLS) are enabled. */
  clientCertEnabled: boolean
  /** Required, Optional or OptionalInteractiveUser (only Required rejects clients without a certificate); null when not reported. */
  clientCertMode: string | null
  /** None, SystemAssigned, UserAssigned, or 'SystemAssigned, UserAssigned'. */
  identityType: string
  /** ARM ids (lower-cased) of the user-assigned identities. */
  userAssignedIdentities: string[]
  /** Enabled, Disabled, or null when not stated. */
  publicNetworkAccess: string | null
  defaultHostName: string | null
  /** From webApps.getConfiguration (a per-app call). */
  config: Maybe<AppServiceSiteConfig>
}

/** A leaf of an activity log alert condition: `field` compared (case-insensitively) with `equals` or any of `containsAny`. */
export interface ActivityLogAlertLeaf {
  field: string
  equals: string | null
  containsAny: string[] | null
}

/** One item of `condition.allOf`: a leaf, or `anyOf` (a group of leaves of which one must match). */
export interface ActivityLogAlertConditionItem {
  /** The leaf; null for an anyOf group. */
  leaf: ActivityLogAlertLeaf | null
  /** The group's leaves; null for a leaf. */
  anyOf: ActivityLogAlertLeaf[] | null
}

/**
 * azure.monitor.activity-log-alert — uid = ARM id of the alert rule (location 'Global' → region 'global').
 * Relation 'notifies' → each action group.
 */
export interface MonitorActivityLogAlertAttributes {
  resourceGroup: string
  /** An alert rule that omits `enabled` is enabled (API default true). */
  enabled: boolean
  /** Resource id prefixes the rule watches, as given (compare case-insensitively). */
  scopes: string[]
  /** condition.allOf: every item must match for the rule to fire. */
  conditions: ActivityLogAlertConditionItem[]
  /** ARM ids (lower-cased) of the action groups notified. */
  actionGroups: string[]
  description: string | null
}

/** One log category of a subscription diagnostic setting. */
export interface DiagnosticLogCategory {
  category: string
  enabled: boolean
}

/** A subscription diagnostic setting (export of the activity log): destinations and log categories. */
export interface SubscriptionDiagnosticSetting {
  name: string
  /** ARM ids of the destinations as given; null when not set. */
  storageAccountId: string | null
  workspaceId: string | null
  eventHubAuthorizationRuleId: string | null
  eventHubName: string | null
  /** Partner solution destination (Marketplace); null when not set. */
  marketplacePartnerId: string | null
  logs: DiagnosticLogCategory[]
}

/**
 * azure.monitor.subscription-diagnostics — one per subscription; uid `/subscriptions/<s>/providers/microsoft.insights/diagnosticsettings`.
 * Relation 'sends-to' → each destination (storage account, Log Analytics workspace, Event Hubs authorization rule).
 */
export interface MonitorSubscriptionDiagnosticsAttributes {
  subscriptionId: string
  /** Every diagnostic setting of the subscription ([] = none). */
  settings: Maybe<SubscriptionDiagnosticSetting[]>
}

/** A Defender for Cloud plan of the subscription. */
export interface DefenderPricing {
  /** Free or Standard (Standard = the plan is on). */
  pricingTier: string
  /** Sub-plan when the plan has several (e.g. VirtualMachines P1/P2); null for the full plan. */
  subPlan: string | null
}

/** A Defender for Cloud security contact (API 2020-01-01-preview). */
export interface DefenderSecurityContact {
  name: string
  /** Additional email addresses notified ([] when none). */
  emails: string[]
  phone: string | null
  /** Email about new alerts: state On/Off and the minimal severity sent (High, Medium or Low); null when not configured. */
  alertNotifications: { state: string; minimalSeverity: string | null } | null
  /** Email to holders of subscription roles: state On/Off and the roles (Owner, ServiceAdmin, AccountAdmin, Contributor); null when not configured. */
  notificationsByRole: { state: string; roles: string[] } | null
}

/** azure.defender.settings — one per subscription; uid `/subscriptions/<s>/providers/microsoft.security/pricings`. */
export interface DefenderSettingsAttributes {
  subscriptionId: string
  /** Plans by name (VirtualMachines, AppServices, SqlServers, StorageAccounts, Containers, KeyVaults, Arm, ...). */
  pricings: Maybe<Record<string, DefenderPricing>>
  /** Security contacts of the subscription ([] = none configured). */
  securityContacts: Maybe<DefenderSecurityContact[]>
}
